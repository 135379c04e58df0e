import { api, callApi } from '../../../shared/api/http';

/** POST …/participants/{participantId}/pin: a single-use 6-digit PIN (30 minutes) to sign in on another phone. */
export function issuePin(classId: string, participantId: string) {
  return callApi(
    api.POST('/api/classes/{classId}/participants/{participantId}/pin', { params: { path: { classId, participantId } } }),
  );
}
