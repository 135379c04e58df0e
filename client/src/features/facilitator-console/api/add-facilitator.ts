import { api, callApi } from '../../../shared/api/http';

/** POST /api/classes/{classId}/facilitators: the class's owner adds a co-facilitator by her account's email. */
export function addFacilitator(classId: string, email: string) {
  return callApi(api.POST('/api/classes/{classId}/facilitators', { params: { path: { classId } }, body: { email } }));
}
