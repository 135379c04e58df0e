import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { getRecentOrders } from '../api/get-recent-orders';
import { ChatOrderCard } from './chat-order-card';

/** Beside the chat, for the seller: this buyer's latest orders with the shop, with the system's status. */
export function RecentOrders({ conversationId, viewer, refreshKey }: { conversationId: string; viewer: 'seller' | 'facilitator'; refreshKey: string }) {
  const { t } = useTranslation();
  const orders = useApi(`recent-orders:${conversationId}:${refreshKey}`, (signal) => getRecentOrders(conversationId, signal));
  if (!orders.data || orders.data.length === 0) return null;
  return (
    <details className="chat-orders card" data-testid="buyer-orders">
      <summary className="chat-orders__title">{t('chat.orders.title', { count: orders.data.length })}</summary>
      <ul className="chat-orders__list">
        {orders.data.map((order) => (
          <li key={order.id}>
            <ChatOrderCard order={order} viewer={viewer} />
          </li>
        ))}
      </ul>
    </details>
  );
}
