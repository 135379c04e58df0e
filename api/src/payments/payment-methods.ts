// Pure: the payment methods of DESIGN "Payment" and how each maps onto the Midtrans Core API subset the simulator speaks
// (payment_type bank_transfer with bank bca/bni/bri, echannel for Mandiri bill payment, qris, gopay, cstore).
// COD never reaches the gateway: the courier collects the cash, and it is offered only when the chosen courier allows it.

export const PAYMENT_METHOD_CODES = [
  'bca_va',
  'bni_va',
  'bri_va',
  'mandiri_bill',
  'qris',
  'gopay',
  'cstore_alfamart',
  'cstore_indomaret',
  'cod',
] as const;
export type PaymentMethodCode = (typeof PAYMENT_METHOD_CODES)[number];

export type PaymentKind = 'virtual_account' | 'bill_payment' | 'qris' | 'ewallet' | 'cstore' | 'cod';
export type VaBank = 'bca' | 'bni' | 'bri';
export type Store = 'alfamart' | 'indomaret';

/** What the instructions page shows the buyer to pay with. */
export type PaymentInstruction = 'va_number' | 'bill_key' | 'qr_code' | 'deeplink_and_qr' | 'payment_code' | 'cash_on_delivery';

export type MidtransRoute =
  | { paymentType: 'bank_transfer'; bank: VaBank }
  | { paymentType: 'echannel' }
  | { paymentType: 'qris' }
  | { paymentType: 'gopay' }
  | { paymentType: 'cstore'; store: Store };

export interface PaymentMethod {
  code: PaymentMethodCode;
  kind: PaymentKind;
  instruction: PaymentInstruction;
  /** null for COD: it never goes through the gateway. */
  midtrans: MidtransRoute | null;
}

export const PAYMENT_METHODS = {
  bca_va: { code: 'bca_va', kind: 'virtual_account', instruction: 'va_number', midtrans: { paymentType: 'bank_transfer', bank: 'bca' } },
  bni_va: { code: 'bni_va', kind: 'virtual_account', instruction: 'va_number', midtrans: { paymentType: 'bank_transfer', bank: 'bni' } },
  bri_va: { code: 'bri_va', kind: 'virtual_account', instruction: 'va_number', midtrans: { paymentType: 'bank_transfer', bank: 'bri' } },
  mandiri_bill: { code: 'mandiri_bill', kind: 'bill_payment', instruction: 'bill_key', midtrans: { paymentType: 'echannel' } },
  qris: { code: 'qris', kind: 'qris', instruction: 'qr_code', midtrans: { paymentType: 'qris' } },
  gopay: { code: 'gopay', kind: 'ewallet', instruction: 'deeplink_and_qr', midtrans: { paymentType: 'gopay' } },
  cstore_alfamart: { code: 'cstore_alfamart', kind: 'cstore', instruction: 'payment_code', midtrans: { paymentType: 'cstore', store: 'alfamart' } },
  cstore_indomaret: { code: 'cstore_indomaret', kind: 'cstore', instruction: 'payment_code', midtrans: { paymentType: 'cstore', store: 'indomaret' } },
  cod: { code: 'cod', kind: 'cod', instruction: 'cash_on_delivery', midtrans: null },
} as const satisfies { [C in PaymentMethodCode]: PaymentMethod & { code: C } };

/** The client holds the words ("BCA Virtual Account", "Bayar di Tempat (COD)") and the "cara bayar" steps. */
export function paymentMethodLabelKey<C extends PaymentMethodCode>(code: C): `payment.method.${C}` {
  return `payment.method.${code}`;
}

export function howToPayKey<C extends PaymentMethodCode>(code: C): `payment.howToPay.${C}` {
  return `payment.howToPay.${code}`;
}

export function isPaymentMethodCode(value: unknown): value is PaymentMethodCode {
  return typeof value === 'string' && (PAYMENT_METHOD_CODES as readonly string[]).includes(value);
}

/** The methods a buyer may choose for one order: all, less COD when the chosen courier service does not carry it. */
export function availablePaymentMethods(courier: { cod: boolean }): PaymentMethodCode[] {
  return PAYMENT_METHOD_CODES.filter((code) => code !== 'cod' || courier.cod);
}

/** The payment-method part of a Midtrans `POST /v2/charge` body. */
export type MidtransChargeFields =
  | { payment_type: 'bank_transfer'; bank_transfer: { bank: VaBank } }
  | { payment_type: 'echannel'; echannel: { bill_info1: string; bill_info2: string } }
  | { payment_type: 'qris'; qris: { acquirer: 'gopay' } }
  | { payment_type: 'gopay' }
  | { payment_type: 'cstore'; cstore: { store: Store; message: string } };

/** `description` is what the bank app or the cashier shows, e.g. the invoice number. */
export function midtransChargeFields(code: PaymentMethodCode, description: string): MidtransChargeFields {
  const route = PAYMENT_METHODS[code].midtrans;
  if (route === null) throw new RangeError('COD is paid to the courier and never charged through the gateway');
  switch (route.paymentType) {
    case 'bank_transfer':
      return { payment_type: 'bank_transfer', bank_transfer: { bank: route.bank } };
    case 'echannel':
      return { payment_type: 'echannel', echannel: { bill_info1: 'Pembayaran:', bill_info2: description } };
    case 'qris':
      return { payment_type: 'qris', qris: { acquirer: 'gopay' } };
    case 'gopay':
      return { payment_type: 'gopay' };
    case 'cstore':
      return { payment_type: 'cstore', cstore: { store: route.store, message: description } };
  }
}

/** The fields of a Midtrans charge response, status response or notification that tell the method apart. */
export interface MidtransMethodFields {
  payment_type?: unknown;
  va_numbers?: unknown;
  store?: unknown;
}

/** Which of our methods a Midtrans message speaks of; null for one we do not offer (permata, credit_card, …). */
export function methodFromMidtrans(message: MidtransMethodFields): PaymentMethodCode | null {
  const bank = Array.isArray(message.va_numbers) ? (message.va_numbers[0] as { bank?: unknown } | undefined)?.bank : undefined;
  const found = PAYMENT_METHOD_CODES.find((code) => {
    const route = PAYMENT_METHODS[code].midtrans;
    if (route === null || route.paymentType !== message.payment_type) return false;
    if (route.paymentType === 'bank_transfer') return route.bank === bank;
    if (route.paymentType === 'cstore') return route.store === message.store;
    return true;
  });
  return found ?? null;
}
