import { simulatorGrossAmount, simulatorSignature } from './simulator-signature.js';

/**
 * The vector computed by hand, outside any code of this repository:
 * `printf '%s' 'INV-20261128-PL-000120025000.00SB-Mid-server-LATIHAN123' | sha512sum`.
 * The marketplace's verifier is held to the same vector (payments/notification-signature.spec.ts), so the two
 * implementations of the formula agree through it without sharing code.
 */
const KNOWN_SIGNATURE =
  'a30c08d9ada99e9f3b68e9f9b30e0500e1a9296e9dce8995bbfa29b46f6abfe22ba35caca94e48ac711a35d112b8febd6f129a4d72a57e3ba370763ebf9e9d69';

describe('the simulator signs notifications the Midtrans way', () => {
  it('matches the known vector', () => {
    expect(simulatorSignature('INV-20261128-PL-0001', '200', '25000.00', 'SB-Mid-server-LATIHAN123')).toBe(KNOWN_SIGNATURE);
  });

  it('changes with every signed field', () => {
    const base = ['INV-20261128-PL-0001', '200', '25000.00', 'SB-Mid-server-LATIHAN123'] as const;
    for (let i = 0; i < base.length; i++) {
      const changed = [...base] as [string, string, string, string];
      changed[i] = `${changed[i]}x`;
      expect(simulatorSignature(...changed)).not.toBe(KNOWN_SIGNATURE);
    }
  });

  it('writes whole rupiah with two decimals', () => {
    expect(simulatorGrossAmount(25_000)).toBe('25000.00');
    expect(() => simulatorGrossAmount(1.5)).toThrow(RangeError);
  });
});
