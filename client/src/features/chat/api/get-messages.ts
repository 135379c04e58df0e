import { api, callApi } from '../../../shared/api/http';

/** GET …/messages: the latest page, an older one (`before`), or what came after an id (the resync after a reconnect). */
export function getMessages(conversationId: string, range: { after?: string; before?: string; limit?: number } = {}, signal?: AbortSignal) {
  return callApi(api.GET('/api/chat/conversations/{conversationId}/messages', { params: { path: { conversationId }, query: range }, signal }));
}
