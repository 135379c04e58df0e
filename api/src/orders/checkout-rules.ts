// Pure: what a checkout may contain (issue 5 "Cart and checkout"): one order per shop, a buyer never buys from
// their own shop, at least the product's minimum order, and for each shop a courier service that still serves this
// parcel and destination (COD only when that service carries it). The service asks; it decides nothing itself.
import type { PaymentMethodCode } from '../payments/payment-methods.js';
import type { ParcelItem, ShippingOption, ShippingQuote } from '../shipping/shipping-rate.js';

export interface CheckoutLine {
  productId: string;
  quantity: number;
}

/** The facts of a product a checkout checks. */
export interface LineProduct {
  id: string;
  shopId: string;
  sellerId: string;
  status: 'active' | 'inactive';
  stock: number;
  minOrder: number;
}

export const LINE_PROBLEMS = ['PRODUCT_NOT_AVAILABLE', 'OWN_PRODUCT', 'BELOW_MIN_ORDER', 'OUT_OF_STOCK'] as const;
export type LineProblem = (typeof LINE_PROBLEMS)[number];

/** At most this many different products in one checkout (and in a cart). */
export const MAX_CHECKOUT_LINES = 50;
export const MAX_LINE_QUANTITY = 1000;

/** The same product twice becomes one line with both quantities, where it first appeared. */
export function mergeLines(lines: readonly CheckoutLine[]): CheckoutLine[] {
  const merged = new Map<string, number>();
  for (const line of lines) merged.set(line.productId, (merged.get(line.productId) ?? 0) + line.quantity);
  return [...merged].map(([productId, quantity]) => ({ productId, quantity }));
}

/**
 * The first thing wrong with buying `quantity` of this product, in this order: gone or hidden (or another class's:
 * the caller passes undefined); the buyer's own shop; fewer than the minimum order; more than the stock.
 * The stock check here only gives an early answer: the atomic reservation has the last word.
 */
export function lineProblem(product: LineProduct | undefined, quantity: number, buyerId: string): LineProblem | null {
  if (!product || product.status !== 'active') return 'PRODUCT_NOT_AVAILABLE';
  if (product.sellerId === buyerId) return 'OWN_PRODUCT';
  if (quantity < product.minOrder) return 'BELOW_MIN_ORDER';
  if (quantity > product.stock) return 'OUT_OF_STOCK';
  return null;
}

/** Lines grouped per shop, shops in the order their first product appeared: each group becomes one order. */
export function groupByShop<P extends { shopId: string }>(lines: readonly { product: P; quantity: number }[]): { shopId: string; lines: { product: P; quantity: number }[] }[] {
  const groups = new Map<string, { product: P; quantity: number }[]>();
  for (const line of lines) {
    const group = groups.get(line.product.shopId) ?? [];
    group.push(line);
    groups.set(line.product.shopId, group);
  }
  return [...groups].map(([shopId, grouped]) => ({ shopId, lines: grouped }));
}

export interface ParcelProduct {
  weightGrams: number;
  lengthCm: number | null;
  widthCm: number | null;
  heightCm: number | null;
  shelfLifeDays: number | null;
}

/** One shop's parcel: every line's weight and size, and the shortest shelf life in it (null when nothing spoils). */
export function parcelOf(lines: readonly { product: ParcelProduct; quantity: number }[]): { items: ParcelItem[]; perishableShelfLifeDays: number | null } {
  const shelfLives = lines.map((line) => line.product.shelfLifeDays).filter((days): days is number => days !== null);
  return {
    items: lines.map(({ product, quantity }) => ({
      weightGrams: product.weightGrams,
      quantity,
      lengthCm: product.lengthCm,
      widthCm: product.widthCm,
      heightCm: product.heightCm,
    })),
    perishableShelfLifeDays: shelfLives.length > 0 ? Math.min(...shelfLives) : null,
  };
}

export const SHOP_CHOICE_PROBLEMS = ['COURIER_REQUIRED', 'SHOP_NOT_IN_CHECKOUT'] as const;
export type ShopChoiceProblem = (typeof SHOP_CHOICE_PROBLEMS)[number];

/** Every shop of the checkout needs exactly one courier choice, and no choice may name a shop that is not in it. */
export function shopChoiceProblem(shopIds: readonly string[], choices: readonly { shopId: string }[]): { code: ShopChoiceProblem; shopId: string } | null {
  const chosen = new Map<string, number>();
  for (const choice of choices) chosen.set(choice.shopId, (chosen.get(choice.shopId) ?? 0) + 1);
  for (const shopId of shopIds) if (chosen.get(shopId) !== 1) return { code: 'COURIER_REQUIRED', shopId };
  for (const { shopId } of choices) if (!shopIds.includes(shopId)) return { code: 'SHOP_NOT_IN_CHECKOUT', shopId };
  return null;
}

export const COURIER_PROBLEMS = ['COURIER_NOT_AVAILABLE', 'COD_NOT_AVAILABLE'] as const;
export type CourierProblem = (typeof COURIER_PROBLEMS)[number];

/**
 * The chosen service, if today's quote still offers it for this parcel and destination (a buyer's screen may be
 * older than a restock or an address change); COD only with a service that carries it.
 */
export function chooseCourier(quote: ShippingQuote, courierCode: string, paymentMethod: PaymentMethodCode): { ok: true; option: ShippingOption } | { ok: false; code: CourierProblem } {
  const option = quote.options.find((candidate) => candidate.code === courierCode);
  if (!option) return { ok: false, code: 'COURIER_NOT_AVAILABLE' };
  if (paymentMethod === 'cod' && !option.cod) return { ok: false, code: 'COD_NOT_AVAILABLE' };
  return { ok: true, option };
}

export interface OrderTotals {
  subtotal: number;
  shippingCost: number;
  adminFee: number;
  total: number;
}

/** Whole rupiah: subtotal of the lines, plus shipping, plus the admin fee. */
export function orderTotals(lines: readonly { price: number; quantity: number }[], shippingCost: number, adminFee: number): OrderTotals {
  const subtotal = lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  for (const amount of [subtotal, shippingCost, adminFee]) {
    if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Money is whole rupiah ≥ 0, got ${amount}`);
  }
  return { subtotal, shippingCost, adminFee, total: subtotal + shippingCost + adminFee };
}
