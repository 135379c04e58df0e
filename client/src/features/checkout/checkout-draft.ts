// Pure: what the checkout page derives from the quote and the buyer's choices (a courier per shop, a payment
// method): the totals of the summary, whether COD may be chosen, and what still stops "Buat Pesanan".
import type { CheckoutQuote, PaymentMethodCode, ShippingOption } from './api/checkout-types';

/** shopId → the chosen courier service's code. */
export type CourierChoices = Record<string, string>;

export interface CheckoutSummary {
  subtotal: number;
  /** null until every shop has a courier. */
  shipping: number | null;
  adminFee: number;
  /** null until every shop has a courier. */
  total: number | null;
}

export function chosenOption(quote: CheckoutQuote, shopId: string, choices: CourierChoices): ShippingOption | undefined {
  const code = choices[shopId];
  return quote.shops.find((shop) => shop.shop.id === shopId)?.shipping.options.find((option) => option.code === code);
}

/** Drops the choices the (new) quote no longer offers, e.g. an instant courier after the address moved away. */
export function keepOfferedChoices(quote: CheckoutQuote, choices: CourierChoices): CourierChoices {
  return Object.fromEntries(Object.entries(choices).filter(([shopId]) => chosenOption(quote, shopId, choices) !== undefined));
}

export function checkoutSummary(quote: CheckoutQuote, choices: CourierChoices): CheckoutSummary {
  const subtotal = quote.shops.reduce((sum, shop) => sum + shop.subtotal, 0);
  const adminFee = quote.shops.reduce((sum, shop) => sum + shop.adminFee, 0);
  const prices = quote.shops.map((shop) => chosenOption(quote, shop.shop.id, choices)?.price);
  const shipping = prices.every((price) => price !== undefined) ? prices.reduce<number>((sum, price) => sum + price!, 0) : null;
  return { subtotal, shipping, adminFee, total: shipping === null ? null : subtotal + shipping + adminFee };
}

/** COD only when every shop's chosen courier carries cash on delivery. */
export function codAllowed(quote: CheckoutQuote, choices: CourierChoices): boolean {
  return quote.shops.length > 0 && quote.shops.every((shop) => chosenOption(quote, shop.shop.id, choices)?.cod === true);
}

export type CheckoutProblem =
  | { kind: 'noCourierFits'; shopId: string; shopName: string }
  | { kind: 'courier'; shopId: string; shopName: string }
  | { kind: 'payment' };

/** What stops the order, first to last: a shop no courier can serve, a shop without a chosen courier, no payment method. */
export function checkoutProblems(quote: CheckoutQuote, choices: CourierChoices, method: PaymentMethodCode | undefined): CheckoutProblem[] {
  const problems: CheckoutProblem[] = [];
  for (const shop of quote.shops) {
    if (shop.shipping.options.length === 0) problems.push({ kind: 'noCourierFits', shopId: shop.shop.id, shopName: shop.shop.name });
    else if (!chosenOption(quote, shop.shop.id, choices)) problems.push({ kind: 'courier', shopId: shop.shop.id, shopName: shop.shop.name });
  }
  if (!method || (method === 'cod' && !codAllowed(quote, choices))) problems.push({ kind: 'payment' });
  return problems;
}
