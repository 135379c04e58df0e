// Codes the orders capability owns for refused transitions; the client translates by code, never by message.
// ORDER_NOT_FOUND is defined by payments, the lowest layer that answers it (payments sits below orders).
import { type DomainError, domainErrorsOf } from '../common/errors/domain-error.js';
import { catalogErrors } from '../catalog/catalog.errors.js';
import { paymentErrors } from '../payments/payment.errors.js';

export const ORDER_TRANSITION_ERROR_CODES = [
  'INVALID_TRANSITION',
  'NOT_ALLOWED',
  'PAYMENT_NOT_CONFIRMED',
  'NOT_PAID',
  'CANCEL_REASON_REQUIRED',
  'DEADLINE_NOT_REACHED',
] as const;
export type OrderTransitionErrorCode = (typeof ORDER_TRANSITION_ERROR_CODES)[number];

export const ORDER_ERROR_CODES = [
  ...ORDER_TRANSITION_ERROR_CODES,
  'CART_EMPTY',
  'CART_FULL',
  'PRODUCT_NOT_AVAILABLE',
  'OWN_PRODUCT',
  'BELOW_MIN_ORDER',
  'OUT_OF_STOCK',
  'COURIER_REQUIRED',
  'SHOP_NOT_IN_CHECKOUT',
  'COURIER_NOT_AVAILABLE',
  'COD_NOT_AVAILABLE',
  'INVALID_ORDER_SETTINGS',
] as const;

const messages: Record<OrderTransitionErrorCode, string> = {
  INVALID_TRANSITION: 'The order cannot move to that status from where it is',
  NOT_ALLOWED: 'You may not change this order\'s status',
  // The fraud lesson: a "bukti transfer" in chat never pays an order.
  PAYMENT_NOT_CONFIRMED: 'Only the payment system marks an order paid; a transfer receipt in chat changes nothing',
  NOT_PAID: 'The order is not paid yet; do not ship before the payment system confirms the payment',
  CANCEL_REASON_REQUIRED: 'Choose a cancellation reason',
  DEADLINE_NOT_REACHED: 'The deadline has not passed yet',
};

const statuses: Record<OrderTransitionErrorCode, number> = {
  INVALID_TRANSITION: 409,
  NOT_ALLOWED: 403,
  PAYMENT_NOT_CONFIRMED: 403,
  NOT_PAID: 409,
  CANCEL_REASON_REQUIRED: 400,
  DEADLINE_NOT_REACHED: 409,
};

export function orderTransitionMessage(code: OrderTransitionErrorCode): string {
  return messages[code];
}

const error = domainErrorsOf(ORDER_ERROR_CODES);

export function orderTransitionError(code: OrderTransitionErrorCode): DomainError {
  return error(statuses[code], code, messages[code]);
}

/** Codes of the cart, the checkout and the order pages (400 for what the request got wrong, 409 for what changed). */
export const orderErrors = {
  notFound: paymentErrors.orderNotFound,
  cartEmpty: () => error(400, 'CART_EMPTY', 'The cart is empty'),
  cartFull: (max: number) => error(400, 'CART_FULL', `The cart holds at most ${max} products`),
  productNotAvailable: (productId: string) => error(409, 'PRODUCT_NOT_AVAILABLE', 'This product is no longer for sale', { productId }),
  ownProduct: (productId: string) => error(400, 'OWN_PRODUCT', 'You cannot buy from your own shop', { productId }),
  belowMinOrder: (productId: string, minOrder: number) =>
    error(400, 'BELOW_MIN_ORDER', `This product is sold in quantities of at least ${minOrder}`, { productId, minOrder }),
  outOfStock: (productId: string, available: number) =>
    error(409, 'OUT_OF_STOCK', available > 0 ? `Only ${available} left in stock` : 'Out of stock', { productId, available }),
  courierRequired: (shopId: string) => error(400, 'COURIER_REQUIRED', 'Choose a courier for every shop', { shopId }),
  shopNotInCheckout: (shopId: string) => error(400, 'SHOP_NOT_IN_CHECKOUT', 'This shop is not in the checkout', { shopId }),
  courierNotAvailable: (shopId: string, courierCode: string) =>
    error(409, 'COURIER_NOT_AVAILABLE', 'This courier cannot take this parcel to the destination; choose another', { shopId, courierCode }),
  codNotAvailable: (shopId: string, courierCode: string) =>
    error(409, 'COD_NOT_AVAILABLE', 'This courier does not offer cash on delivery (COD)', { shopId, courierCode }),
  noShop: catalogErrors.noShop,
  invalidSettings: (problems: string[]) => error(400, 'INVALID_ORDER_SETTINGS', problems.join('; ')),
};
