// The checkout's API shapes, named once from the generated schema.
import type { components } from '../../../shared/api/schema';

type Schemas = components['schemas'];

export type CartView = Schemas['CartView'];
export type CartShopGroup = Schemas['CartShopGroupView'];
export type CartItem = Schemas['CartItemView'];
export type CartLineProblem = Schemas['CartLineProblem'];
export type CheckoutLine = Schemas['CheckoutLineInput'];
export type CheckoutQuote = Schemas['CheckoutQuoteView'];
export type QuoteShop = Schemas['QuoteShopView'];
export type ShippingOption = Schemas['ShippingOptionView'];
export type NoShippingOptionReason = Schemas['NoShippingOptionReason'];
export type PaymentMethod = Schemas['PaymentMethodView'];
export type PaymentMethodCode = Schemas['PaymentMethodCode'];
export type PaymentKind = Schemas['PaymentKind'];
export type AddressInput = Schemas['AddressInput'];
export type PlaceOrderRequest = Schemas['PlaceOrderRequest'];
export type CheckoutResult = Schemas['CheckoutResultView'];
export type MediaUrls = Schemas['MediaUrls'];
