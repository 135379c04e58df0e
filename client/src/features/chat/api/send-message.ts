import { api, callApi } from '../../../shared/api/http';
import type { SendMessageBody } from './chat-types';

/** POST …/messages: stored before the answer; sending the same clientId again returns the same message. */
export function sendMessage(conversationId: string, body: SendMessageBody) {
  return callApi(api.POST('/api/chat/conversations/{conversationId}/messages', { params: { path: { conversationId } }, body }));
}
