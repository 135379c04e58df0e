import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type ResetClassView = components['schemas']['ResetClassView'];
export type CloneClassRequest = components['schemas']['CloneClassRequest'];

/** POST /api/classes/{classId}/reset: back to the start for a rerun; the join code typed is the confirmation. */
export function resetClass(classId: string, confirmJoinCode: string) {
  return callApi(api.POST('/api/classes/{classId}/reset', { params: { path: { classId } }, body: { confirmJoinCode } }));
}

/** POST /api/classes/{classId}/clone: a new class from this one as a template, with its seed products. */
export function cloneClass(classId: string, request: CloneClassRequest = {}) {
  return callApi(api.POST('/api/classes/{classId}/clone', { params: { path: { classId } }, body: request }));
}
