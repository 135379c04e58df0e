import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type ChangeClockRequest = components['schemas']['ChangeClockRequest'];

/** POST /api/classes/{classId}/clock: speed 1×/60×/600×, pause, resume, or jump forward. */
export function changeClock(classId: string, change: ChangeClockRequest) {
  return callApi(api.POST('/api/classes/{classId}/clock', { params: { path: { classId } }, body: change }));
}
