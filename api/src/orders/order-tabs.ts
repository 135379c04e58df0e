// Pure: the seller's "Pesanan" tabs and their badge counts. Belum Bayar / Perlu Dikirim / Dikirim / Selesai /
// Dibatalkan, each over the states a seller would look for there (a delivered parcel is still "Dikirim" until
// the buyer confirms; a returned one sits with the cancelled).
import { ORDER_STATES, type OrderState } from './order-state.js';

export const SELLER_TABS = ['belum_bayar', 'perlu_dikirim', 'dikirim', 'selesai', 'dibatalkan'] as const;
export type SellerTab = (typeof SELLER_TABS)[number];

export const SELLER_TAB_STATES: Record<SellerTab, readonly OrderState[]> = {
  belum_bayar: ['AWAITING_PAYMENT'],
  perlu_dikirim: ['PAID'],
  dikirim: ['SHIPPED', 'DELIVERED'],
  selesai: ['COMPLETED'],
  dibatalkan: ['CANCELLED', 'RETURNED'],
};

/** The states a list shows: one state, or a tab's states, or every state (null) when neither is asked. */
export function statesFor(query: { state?: OrderState; tab?: SellerTab }): readonly OrderState[] | null {
  if (query.state) return [query.state];
  if (query.tab) return SELLER_TAB_STATES[query.tab];
  return null;
}

/** Every state with its count (0 when absent). */
export function stateCounts(rows: readonly { state: OrderState; count: number }[]): Record<OrderState, number> {
  const counts = Object.fromEntries(ORDER_STATES.map((state) => [state, 0])) as Record<OrderState, number>;
  for (const row of rows) counts[row.state] += row.count;
  return counts;
}

export function tabCounts(counts: Record<OrderState, number>): Record<SellerTab, number> {
  return Object.fromEntries(SELLER_TABS.map((tab) => [tab, SELLER_TAB_STATES[tab].reduce((sum, state) => sum + counts[state], 0)])) as Record<SellerTab, number>;
}
