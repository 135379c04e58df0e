import { api, callApi } from '../../../shared/api/http';

/** GET /api/chat/conversations/{id}: the parties and the read marks. */
export function getConversation(conversationId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/chat/conversations/{conversationId}', { params: { path: { conversationId } }, signal }));
}
