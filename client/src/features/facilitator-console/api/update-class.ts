import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type UpdateClassRequest = components['schemas']['UpdateClassRequest'];
export type ClassStatus = NonNullable<UpdateClassRequest['status']>;

/** PATCH /api/classes/{classId}: rename, move, or change its status (open, closed, archived). */
export function updateClass(classId: string, changes: UpdateClassRequest) {
  return callApi(api.PATCH('/api/classes/{classId}', { params: { path: { classId } }, body: changes }));
}
