// Which live events change what the wallet pages show: order money and the wallet's own events of this shop.
import type { ClassEvent } from '../../shared/realtime/class-event';

export const WALLET_EVENT_TYPES = [
  'order.paid',
  'order.cancelled',
  'order.shipped',
  'order.delivered',
  'order.returned',
  'order.completed',
  'wallet.funds_released',
  'wallet.refunded',
  'wallet.bank_account_registered',
  'wallet.withdrawal_requested',
  'wallet.withdrawal_succeeded',
  'wallet.withdrawal_failed',
  'promotion.started',
] as const;

/** True when the event is about this shop's money. */
export function touchesShop(event: ClassEvent, shopId: string | null): boolean {
  return shopId !== null && event.payload.shopId === shopId;
}
