import { PAYMENT_METHOD_CODES } from './payment-methods.js';
import { HOW_TO_PAY_STEP_COUNTS, howToPaySteps } from './payment-instructions.js';

describe('howToPaySteps', () => {
  it('numbers the step keys of a method from 1', () => {
    expect(howToPaySteps('bca_va')).toEqual(['payment.howToPay.bca_va.1', 'payment.howToPay.bca_va.2', 'payment.howToPay.bca_va.3', 'payment.howToPay.bca_va.4']);
  });

  it.each(PAYMENT_METHOD_CODES)('gives %s at least two steps', (code) => {
    expect(HOW_TO_PAY_STEP_COUNTS[code]).toBeGreaterThanOrEqual(2);
    expect(howToPaySteps(code).every((key) => key.startsWith(`payment.howToPay.${code}.`))).toBe(true);
  });
});
