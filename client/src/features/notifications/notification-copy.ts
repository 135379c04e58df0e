// Pure: what a notification says (i18n key and values) and which screen it opens, by kind. The API stores only
// the kind and its facts; the words live in the locale files and the screens in paths.ts.
import { appPaths, linkTo } from '../../shared/config/paths';
import type { AppNotification } from './api/notification-types';

export interface NotificationCopy {
  titleKey: `notifications.kinds.${string}`;
  bodyKey: `notifications.kinds.${string}` | null;
  values: Record<string, string | number>;
  link: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const amount = (value: unknown): number => (typeof value === 'number' && Number.isSafeInteger(value) ? value : 0);

/** Kinds that ring the new-order sound. */
export const SOUND_KINDS: readonly AppNotification['kind'][] = ['new_order', 'order_paid'];

export function notificationCopy(notification: Pick<AppNotification, 'kind' | 'params'>): NotificationCopy {
  const p = notification.params;
  const orderId = text(p.orderId);
  const invoice = text(p.invoiceNumber);
  const sellerOrder = orderId ? linkTo.shopOrder(orderId) : appPaths.shopOrders;
  // The product and the buyer (notifications since the API names them); an older one has the invoice only.
  const product = text(p.productTitle);
  const buyer = text(p.buyerName);
  const more = amount(p.moreItems);
  const named = product !== '' && buyer !== '';
  const orderValues = { invoice, product: more > 0 ? `${product} +${more}` : product, buyer };
  const title = (kind: 'new_order' | 'order_paid' | 'ship_by_soon' | 'order_delivered' | 'order_completed') =>
    named ? (`notifications.kinds.${kind}.titleNamed` as const) : (`notifications.kinds.${kind}.title` as const);
  switch (notification.kind) {
    case 'new_order':
      return { titleKey: title('new_order'), bodyKey: 'notifications.kinds.new_order.body', values: orderValues, link: sellerOrder };
    case 'order_paid':
      return { titleKey: title('order_paid'), bodyKey: 'notifications.kinds.order_paid.body', values: orderValues, link: sellerOrder };
    case 'ship_by_soon':
      return { titleKey: title('ship_by_soon'), bodyKey: 'notifications.kinds.ship_by_soon.body', values: { ...orderValues, shipByAt: text(p.shipByAt) }, link: sellerOrder };
    case 'order_delivered':
      return p.role === 'buyer'
        ? { titleKey: 'notifications.kinds.order_delivered.buyerTitle', bodyKey: 'notifications.kinds.order_delivered.buyerBody', values: { invoice }, link: orderId ? linkTo.order(orderId) : appPaths.myOrders }
        : { titleKey: title('order_delivered'), bodyKey: null, values: orderValues, link: sellerOrder };
    case 'order_completed':
      return { titleKey: title('order_completed'), bodyKey: 'notifications.kinds.order_completed.body', values: orderValues, link: sellerOrder };
    case 'funds_released':
      return { titleKey: 'notifications.kinds.funds_released.title', bodyKey: null, values: { amount: amount(p.amount) }, link: appPaths.wallet };
    case 'withdrawal_succeeded':
      return { titleKey: 'notifications.kinds.withdrawal_succeeded.title', bodyKey: null, values: { amount: amount(p.amount) }, link: appPaths.wallet };
    case 'withdrawal_failed':
      return { titleKey: 'notifications.kinds.withdrawal_failed.title', bodyKey: 'notifications.kinds.withdrawal_failed.body', values: { amount: amount(p.amount) }, link: appPaths.wallet };
    case 'late_payment_refunded':
      return p.role === 'buyer'
        ? { titleKey: 'notifications.kinds.late_payment_refunded.buyerTitle', bodyKey: 'notifications.kinds.late_payment_refunded.buyerBody', values: { invoice, amount: amount(p.total) }, link: orderId ? linkTo.order(orderId) : appPaths.myOrders }
        : { titleKey: 'notifications.kinds.late_payment_refunded.title', bodyKey: 'notifications.kinds.late_payment_refunded.body', values: { invoice, amount: amount(p.total) }, link: sellerOrder };
    case 'class_message':
      // "Kirim pesan ke kelas" from the facilitator's follow-up (Latihan Mandiri): the words are hers.
      return { titleKey: 'notifications.kinds.class_message.title', bodyKey: 'notifications.kinds.class_message.body', values: { from: text(p.from), text: text(p.text) }, link: appPaths.shop };
    case 'chat_message': {
      const conversationId = text(p.conversationId);
      const preview = text(p.preview);
      const kind = text(p.messageKind);
      return {
        titleKey: 'notifications.kinds.chat_message.title',
        bodyKey: preview ? 'notifications.kinds.chat_message.text' : kind === 'image' ? 'notifications.kinds.chat_message.image' : 'notifications.kinds.chat_message.card',
        values: { name: text(p.senderName), preview },
        link: conversationId ? linkTo.chat(conversationId) : appPaths.chats,
      };
    }
  }
}

/**
 * Whether a live notification needs a toast on this page. Not when the phone already shows what it links to, live:
 * that page itself, or the list it belongs to (a new order on "Pesanan" appears in the list at once, and a toast
 * at the top would cover the tabs for six seconds, catching taps meant for them; a chat message shows in the inbox).
 */
export function toastNeeded(pathname: string, link: string): boolean {
  const here = pathname.replace(/\/+$/, '') || '/';
  const target = link.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/';
  if (here === target) return false;
  const lists = [appPaths.shopOrders, appPaths.myOrders, appPaths.chats];
  return !lists.some((list) => here === list && target.startsWith(`${list}/`));
}
