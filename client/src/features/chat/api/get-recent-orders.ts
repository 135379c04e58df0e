import { api, callApi } from '../../../shared/api/http';

/** GET …/orders: the buyer's latest orders with this shop, with the system's status. */
export function getRecentOrders(conversationId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/chat/conversations/{conversationId}/orders', { params: { path: { conversationId } }, signal }));
}
