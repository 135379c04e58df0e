import { createHash } from 'node:crypto';
import { formatGrossAmount, parseGrossAmount, signatureKey, verifySignature } from './notification-signature.js';

const SERVER_KEY = 'SB-Mid-server-LATIHAN123';
/** Computed once with `printf '%s' 'INV-20261128-PL-000120025000.00SB-Mid-server-LATIHAN123' | sha512sum`. */
const KNOWN_SIGNATURE =
  'a30c08d9ada99e9f3b68e9f9b30e0500e1a9296e9dce8995bbfa29b46f6abfe22ba35caca94e48ac711a35d112b8febd6f129a4d72a57e3ba370763ebf9e9d69';

/** The same rule written again with node:crypto, independently of the code under test. */
const sha512 = (text: string) => createHash('sha512').update(text).digest('hex');

const settlement = {
  order_id: 'INV-20261128-PL-0001',
  status_code: '200',
  gross_amount: '25000.00',
  transaction_status: 'settlement',
  signature_key: KNOWN_SIGNATURE,
};

describe('Midtrans notification signature', () => {
  it('matches the vector computed once by hand', () => {
    expect(signatureKey('INV-20261128-PL-0001', '200', '25000.00', SERVER_KEY)).toBe(KNOWN_SIGNATURE);
  });

  it.each<[string, string, string, string]>([
    ['INV-20261128-PL-0001', '200', '25000.00', SERVER_KEY],
    ['INV-20261128-PL-0001', '407', '25000.00', SERVER_KEY],
    ['order-csb-1667986760', '201', '10000.00', 'another-key'],
    ['ORDER-101', '202', '1.00', 'SB-Mid-server-x'],
  ])('signs %s / %s / %s like a plain SHA-512 of the concatenation', (orderId, statusCode, grossAmount, serverKey) => {
    expect(signatureKey(orderId, statusCode, grossAmount, serverKey)).toBe(sha512(orderId + statusCode + grossAmount + serverKey));
  });

  it.each<[string, Record<string, unknown>, string, boolean]>([
    ['a genuine settlement', settlement, SERVER_KEY, true],
    ['the same signature in capitals', { ...settlement, signature_key: KNOWN_SIGNATURE.toUpperCase() }, SERVER_KEY, true],
    ['another server key', settlement, 'SB-Mid-server-FORGED', false],
    ['an empty server key', settlement, '', false],
    ['a changed amount (the classic forgery)', { ...settlement, gross_amount: '250000.00' }, SERVER_KEY, false],
    ['a changed status code', { ...settlement, status_code: '201' }, SERVER_KEY, false],
    ['another order', { ...settlement, order_id: 'INV-20261128-PL-0002' }, SERVER_KEY, false],
    ['one flipped hex digit', { ...settlement, signature_key: `${KNOWN_SIGNATURE.slice(0, -1)}8` }, SERVER_KEY, false],
    ['a short signature', { ...settlement, signature_key: KNOWN_SIGNATURE.slice(0, 64) }, SERVER_KEY, false],
    ['a non-hex signature', { ...settlement, signature_key: 'z'.repeat(128) }, SERVER_KEY, false],
    ['no signature', { ...settlement, signature_key: undefined }, SERVER_KEY, false],
    ['a number for the amount', { ...settlement, gross_amount: 25000 }, SERVER_KEY, false],
  ])('%s → %s', (_case, notification, serverKey, valid) => {
    expect(verifySignature(notification, serverKey)).toBe(valid);
  });
});

describe('gross_amount', () => {
  it.each<[number, string]>([
    [25000, '25000.00'],
    [0, '0.00'],
    [1, '1.00'],
    [1_250_000, '1250000.00'],
  ])('Rp %i → "%s"', (rupiah, text) => {
    expect(formatGrossAmount(rupiah)).toBe(text);
    expect(parseGrossAmount(text)).toBe(rupiah);
  });

  it.each([25000.5, -1, Number.NaN])('refuses to format %p', (rupiah) => {
    expect(() => formatGrossAmount(rupiah)).toThrow(RangeError);
  });

  it.each<[unknown, number | null]>([
    ['25000', 25000],
    ['25000.50', null],
    ['25000.0', null],
    ['-25000.00', null],
    ['025000.00', null],
    ['2.5e4', null],
    ['', null],
    [25000, null],
  ])('reads %p as %p', (text, rupiah) => {
    expect(parseGrossAmount(text)).toBe(rupiah);
  });
});
