import { api, callApi } from '../../../shared/api/http';

/** POST /api/chat/conversations: "Chat Penjual" from a product, a shop or an order (its card is attached once). */
export function openConversation(target: { shopId?: string; productId?: string; orderId?: string }) {
  return callApi(api.POST('/api/chat/conversations', { body: target }));
}
