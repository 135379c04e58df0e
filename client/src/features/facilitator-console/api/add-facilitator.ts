import { api, callApi } from '../../../shared/api/http';

/** POST /api/classes/{classId}/facilitators: the class's owner adds a co-facilitator by her account's email. */
export function addFacilitator(classId: string, email: string) {
  return callApi(api.POST('/api/classes/{classId}/facilitators', { params: { path: { classId } }, body: { email } }));
}

/** DELETE /api/classes/{classId}/facilitators/{facilitatorId}: the owner removes a co-facilitator; her access ends at once. */
export function removeFacilitator(classId: string, facilitatorId: string) {
  return callApi(api.DELETE('/api/classes/{classId}/facilitators/{facilitatorId}', { params: { path: { classId, facilitatorId } } }));
}
