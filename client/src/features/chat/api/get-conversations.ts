import { api, callApi } from '../../../shared/api/http';

/** GET /api/chat/conversations: the caller's inbox (as buyer and as seller), newest first, with unread counts. */
export function getConversations(signal?: AbortSignal) {
  return callApi(api.GET('/api/chat/conversations', { signal }));
}

/** GET /api/classes/{classId}/conversations: a class's conversations for its facilitator, or one trainee's. */
export function getClassConversations(classId: string, participantId: string | undefined, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/conversations', { params: { path: { classId }, query: participantId ? { participantId } : {} }, signal }));
}
