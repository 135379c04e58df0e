// The orders' API shapes, named once from the generated schema.
import type { components } from '../../../shared/api/schema';

type Schemas = components['schemas'];

export type OrderState = Schemas['OrderState'];
export type SellerTab = Schemas['SellerTab'];
export type OrderSummary = Schemas['OrderSummaryView'];
export type OrderList = Schemas['OrderListView'];
export type OrderDetail = Schemas['OrderDetailView'];
export type OrderHistoryEntry = Schemas['OrderHistoryView'];
export type OrderPayment = Schemas['OrderPaymentView'];
export type PaymentInstructions = Schemas['PaymentInstructionsView'];
export type OrderCounts = Schemas['OrderCountsView'];
export type CancelReason = Schemas['CancelReason'];
export type MediaUrls = Schemas['MediaUrls'];

/** The seller's tabs, in the order Shopee and Tokopedia show them. */
export const SELLER_TABS = ['belum_bayar', 'perlu_dikirim', 'dikirim', 'selesai', 'dibatalkan'] as const satisfies readonly SellerTab[];

export function isSellerTab(value: unknown): value is SellerTab {
  return typeof value === 'string' && (SELLER_TABS as readonly string[]).includes(value);
}
