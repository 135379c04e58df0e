// Which recorded events become whose notifications (issue 7): the seller hears of orders, payments, deliveries,
// completions, funds and withdrawals; the buyer of deliveries; each side of a chat hears the other.

export const NOTIFICATION_KINDS = [
  'new_order',
  'order_paid',
  'ship_by_soon',
  'order_delivered',
  'order_completed',
  'funds_released',
  'withdrawal_succeeded',
  'withdrawal_failed',
  'chat_message',
  'late_payment_refunded',
  'class_message',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Who gets one: the seller of a shop (looked up by shop id), or a participant named in the payload. */
export type Recipient = { kind: 'seller'; shopId: string } | { kind: 'participant'; participantId: string };

export interface PlannedNotification {
  recipient: Recipient;
  kind: NotificationKind;
  params: Record<string, string | number | boolean | null>;
}

/** The ship-by reminder comes this long before the deadline (sim time). */
export const SHIP_BY_REMINDER_MS = 6 * 60 * 60 * 1000;

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The notifications one recorded event makes (none for most). Pure: the listener looks the sellers up. */
export function plan(event: { type: string; payload: Record<string, unknown> }): PlannedNotification[] {
  const p = event.payload;
  const shopId = str(p.shopId);
  const order = { orderId: str(p.orderId), invoiceNumber: str(p.invoiceNumber) };
  const toSeller = (kind: NotificationKind, params: PlannedNotification['params']): PlannedNotification[] =>
    shopId ? [{ recipient: { kind: 'seller', shopId }, kind, params }] : [];
  switch (event.type) {
    case 'order.placed':
      return toSeller('new_order', { ...order, total: num(p.total) });
    case 'order.paid':
      return toSeller('order_paid', { ...order, total: num(p.total) });
    case 'order.delivered': {
      const buyerId = str(p.buyerId);
      return [
        ...toSeller('order_delivered', { ...order, role: 'seller' }),
        ...(buyerId ? [{ recipient: { kind: 'participant', participantId: buyerId } as Recipient, kind: 'order_delivered' as const, params: { ...order, role: 'buyer' } }] : []),
      ];
    }
    case 'order.late_payment_refunded': {
      // The payment came after the order closed: the money goes back to the buyer; both sides are told.
      const buyerId = str(p.buyerId);
      const params = { ...order, total: num(p.total) };
      return [
        ...toSeller('late_payment_refunded', { ...params, role: 'seller' }),
        ...(buyerId ? [{ recipient: { kind: 'participant', participantId: buyerId } as Recipient, kind: 'late_payment_refunded' as const, params: { ...params, role: 'buyer' } }] : []),
      ];
    }
    case 'order.completed':
      return toSeller('order_completed', { ...order, by: str(p.by) });
    case 'wallet.funds_released':
      return toSeller('funds_released', { orderId: order.orderId, amount: num(p.amount), fee: num(p.fee) });
    case 'wallet.withdrawal_succeeded':
      return toSeller('withdrawal_succeeded', { withdrawalId: str(p.withdrawalId), amount: num(p.amount) });
    case 'wallet.withdrawal_failed':
      return toSeller('withdrawal_failed', { withdrawalId: str(p.withdrawalId), amount: num(p.amount) });
    case 'chat.message_sent': {
      const recipientId = p.senderRole === 'buyer' ? str(p.sellerId) : str(p.buyerId);
      if (!recipientId || recipientId === p.senderId) return [];
      return [
        {
          recipient: { kind: 'participant', participantId: recipientId },
          kind: 'chat_message',
          params: {
            conversationId: str(p.conversationId),
            senderName: str(p.senderName),
            senderRole: str(p.senderRole),
            messageKind: str(p.kind),
            preview: chatPreview(p.message),
            automatic: p.automatic === true,
          },
        },
      ];
    }
    case 'practice.class_message': {
      // "Kirim pesan ke kelas" (Latihan Mandiri): the facilitator's words to each trainee named.
      const recipients = Array.isArray(p.recipientIds) ? p.recipientIds.filter((id): id is string => typeof id === 'string') : [];
      const params = { text: str(p.text), from: str(p.from) };
      return recipients.map((participantId) => ({ recipient: { kind: 'participant', participantId } as Recipient, kind: 'class_message' as const, params }));
    }
    default:
      return [];
  }
}

/** The first words of a text message, for the toast; cards and pictures are worded by the client. */
function chatPreview(message: unknown): string | null {
  const text = message && typeof message === 'object' ? (message as { text?: unknown }).text : null;
  if (typeof text !== 'string') return null;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** When to remind the seller to ship: 6 sim hours before the deadline, or now when that has passed. */
export function shipByReminderAt(shipByAt: Date, simNow: Date): Date {
  const at = shipByAt.getTime() - SHIP_BY_REMINDER_MS;
  return new Date(Math.max(at, simNow.getTime()));
}
