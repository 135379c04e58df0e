// What the seller must act on, live: unpaid orders (wait), paid orders to ship, and buyers' chats not yet answered.
// Shared by the home's to-do list and the bottom navigation's badges.
import { api, callApi } from '../../../shared/api/http';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { getOrderCounts } from '../api/get-order-counts';

const LIVE_TYPES = ['order.placed', 'order.paid', 'order.cancelled', 'order.shipped', 'order.completed', 'chat.message_sent', 'chat.read'] as const;

export interface SellerCounts {
  unpaid: number;
  toShip: number;
  /** Conversations of the shop whose last message is the buyer's. */
  unanswered: number;
  /** Unread messages over all the person's conversations. */
  unread: number;
}

function loadConversations(signal: AbortSignal) {
  return callApi(api.GET('/api/chat/conversations', { signal }));
}

export function useSellerCounts(session: ParticipantSession): SellerCounts {
  const isTrainee = session.role === 'trainee' && Boolean(session.shopId);
  const orders = useApi(isTrainee ? `order-counts:${session.shopId}` : null, getOrderCounts);
  const chats = useApi(`conversations:${session.id}`, loadConversations);
  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: LIVE_TYPES,
    onEvent: (event) => {
      if (event.type.startsWith('chat.')) chats.reload();
      else if (event.payload.shopId === session.shopId) orders.reload();
    },
    onResync: () => {
      orders.reload();
      chats.reload();
    },
  });
  const items = chats.data?.items ?? [];
  return {
    unpaid: orders.data?.tabs.belum_bayar ?? 0,
    toShip: orders.data?.tabs.perlu_dikirim ?? 0,
    unanswered: items.filter((c) => c.viewerRole === 'seller' && c.lastMessage?.senderRole === 'buyer').length,
    unread: chats.data?.totalUnread ?? 0,
  };
}
