// Pure: the "cara bayar" (how to pay) steps of each method, as i18n keys the client holds the words for
// (e.g. payment.howToPay.bca_va.1 = "Buka m-BCA atau ATM BCA", .2 = "Pilih m-Transfer > BCA Virtual Account", …).
import type { PaymentMethodCode } from './payment-methods.js';

/** How many steps each method's instructions have; the client's locale files hold exactly these keys. */
export const HOW_TO_PAY_STEP_COUNTS: Record<PaymentMethodCode, number> = {
  bca_va: 4,
  bni_va: 4,
  bri_va: 4,
  mandiri_bill: 5,
  qris: 3,
  gopay: 3,
  cstore_alfamart: 3,
  cstore_indomaret: 3,
  cod: 2,
};

/** ["payment.howToPay.bca_va.1", …, "payment.howToPay.bca_va.4"] */
export function howToPaySteps(code: PaymentMethodCode): string[] {
  return Array.from({ length: HOW_TO_PAY_STEP_COUNTS[code] }, (_, i) => `payment.howToPay.${code}.${i + 1}`);
}
