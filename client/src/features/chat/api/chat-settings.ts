import { api, callApi } from '../../../shared/api/http';

/** GET /api/chat/settings: the seller's quick replies (seeded on first use) and away reply. */
export function getChatSettings(signal?: AbortSignal) {
  return callApi(api.GET('/api/chat/settings', { signal }));
}

export function updateChatSettings(body: { awayEnabled: boolean; awayMessage: string }) {
  return callApi(api.PUT('/api/chat/settings', { body }));
}

export function addQuickReply(text: string) {
  return callApi(api.POST('/api/chat/quick-replies', { body: { text } }));
}

export function updateQuickReply(quickReplyId: string, text: string) {
  return callApi(api.PATCH('/api/chat/quick-replies/{quickReplyId}', { params: { path: { quickReplyId } }, body: { text } }));
}

export function deleteQuickReply(quickReplyId: string) {
  return callApi(api.DELETE('/api/chat/quick-replies/{quickReplyId}', { params: { path: { quickReplyId } } }));
}
