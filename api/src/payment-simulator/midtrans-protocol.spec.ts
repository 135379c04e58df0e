import { createHash } from 'node:crypto';
import {
  actionResponse,
  chargeResponse,
  httpStatusOf,
  merchantAction,
  midtransTime,
  notificationBody,
  parseChargeRequest,
  payerExpiry,
  payerRefusal,
  payerTime,
  type SimTransaction,
  statusResponse,
} from './midtrans-protocol.js';

const KEY = 'SB-Mid-server-test-key';
const DAY = 24 * 60 * 60;
const links = { payerPage: 'http://192.168.1.10:3000/simulator/bayar/tx-1', qrImage: 'http://192.168.1.10:3000/api/simulator/v2/qris/tx-1/qr-code' };

const bca = {
  payment_type: 'bank_transfer',
  bank_transfer: { bank: 'bca' },
  transaction_details: { order_id: 'order-1', gross_amount: 36000 },
  custom_expiry: { expiry_duration: 3, unit: 'minute' },
  custom_field1: 'Pasar Latihan – Toko Sriyati',
  item_details: [
    { id: 'p1', name: 'Gula Aren 1 kg', price: 25000, quantity: 1 },
    { id: 'ongkir', name: 'Ongkos kirim', price: 11000, quantity: 1 },
  ],
};

const tx = (changes: Partial<SimTransaction> = {}): SimTransaction => ({
  transactionId: 'tx-1',
  orderId: 'order-1',
  paymentType: 'bank_transfer',
  bank: 'bca',
  store: null,
  channel: 'bca_va',
  payNumber: '12708123456',
  grossAmount: 36000,
  status: 'pending',
  recipient: 'Pasar Latihan – Toko Sriyati',
  transactionTime: new Date('2026-11-28T03:00:00Z'),
  expiryTime: new Date('2026-11-28T03:03:00Z'),
  settlementTime: null,
  ...changes,
});

describe('parseChargeRequest', () => {
  it('reads a BCA VA charge with its custom expiry, recipient and items', () => {
    expect(parseChargeRequest(bca)).toEqual({
      ok: true,
      charge: {
        orderId: 'order-1',
        grossAmount: 36000,
        paymentType: 'bank_transfer',
        bank: 'bca',
        store: null,
        channel: 'bca_va',
        expirySeconds: 180,
        recipient: 'Pasar Latihan – Toko Sriyati',
        items: [
          { id: 'p1', name: 'Gula Aren 1 kg', price: 25000, quantity: 1 },
          { id: 'ongkir', name: 'Ongkos kirim', price: 11000, quantity: 1 },
        ],
        payerClock: null,
      },
    });
  });

  it.each([
    ['bank_transfer bni', { payment_type: 'bank_transfer', bank_transfer: { bank: 'bni' } }, 'bni_va', DAY],
    ['bank_transfer bri', { payment_type: 'bank_transfer', bank_transfer: { bank: 'bri' } }, 'bri_va', DAY],
    ['echannel (Mandiri bill)', { payment_type: 'echannel', echannel: { bill_info1: 'Pembayaran:', bill_info2: 'INV' } }, 'mandiri_bill', DAY],
    ['qris', { payment_type: 'qris' }, 'qris', 15 * 60],
    ['gopay', { payment_type: 'gopay' }, 'gopay', 15 * 60],
    ['cstore alfamart', { payment_type: 'cstore', cstore: { store: 'alfamart' } }, 'cstore_alfamart', DAY],
    ['cstore indomaret', { payment_type: 'cstore', cstore: { store: 'indomaret' } }, 'cstore_indomaret', DAY],
  ])('routes %s to its channel, with Midtrans’ default expiry when none is asked', (_case, fields, channel, seconds) => {
    const parsed = parseChargeRequest({ transaction_details: { order_id: 'o-2', gross_amount: '15000' }, ...fields });
    expect(parsed.ok && parsed.charge).toMatchObject({ channel, expirySeconds: seconds, grossAmount: 15000, recipient: 'Merchant Midtrans' });
  });

  it.each([
    ['seconds', { expiry_duration: 90, unit: 'second' }, 90],
    ['minutes, the unit when none is given', { expiry_duration: 3 }, 180],
    ['hours', { expiry_duration: 2, unit: 'hour' }, 7200],
    ['days', { expiry_duration: 1, unit: 'day' }, DAY],
  ])('converts a custom expiry in %s', (_case, customExpiry, seconds) => {
    const parsed = parseChargeRequest({ ...bca, custom_expiry: customExpiry });
    expect(parsed.ok && parsed.charge.expirySeconds).toBe(seconds);
  });

  it.each([
    ['no body', null, 'JSON object'],
    ['no order id', { ...bca, transaction_details: { gross_amount: 36000 } }, 'order_id'],
    ['a slash in the order id', { ...bca, transaction_details: { order_id: 'INV/1', gross_amount: 36000 } }, 'order_id'],
    ['cents', { ...bca, transaction_details: { order_id: 'o', gross_amount: 36000.5 } }, 'gross_amount'],
    ['a zero amount', { ...bca, transaction_details: { order_id: 'o', gross_amount: 0 } }, 'gross_amount'],
    ['a bank the simulator has no VA for', { ...bca, bank_transfer: { bank: 'permata' } }, 'bank_transfer.bank'],
    ['a card payment', { ...bca, payment_type: 'credit_card' }, 'payment_type'],
    ['a store it does not know', { ...bca, payment_type: 'cstore', cstore: { store: 'warung' } }, 'cstore.store'],
    ['an expiry unit it does not know', { ...bca, custom_expiry: { expiry_duration: 1, unit: 'week' } }, 'custom_expiry.unit'],
    ['a zero expiry', { ...bca, custom_expiry: { expiry_duration: 0, unit: 'minute' } }, 'expiry_duration'],
    ['an expiry over 30 days', { ...bca, custom_expiry: { expiry_duration: 31, unit: 'day' } }, '30 days'],
    ['items that do not add up', { ...bca, item_details: [{ name: 'x', price: 1000, quantity: 1 }] }, 'sum of item_details'],
  ])('refuses %s with a 400 that says what is wrong', (_case, body, fragment) => {
    const parsed = parseChargeRequest(body);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.response.status_code).toBe('400');
    expect(parsed.response.validation_messages!.join(' ')).toContain(fragment);
  });
});

describe('responses', () => {
  it('prints times in GMT+7, the way Midtrans does', () => {
    expect(midtransTime(new Date('2026-11-28T17:30:05Z'))).toBe('2026-11-29 00:30:05');
  });

  it('answers a VA charge with 201 pending and the VA number', () => {
    expect(chargeResponse(tx(), links)).toMatchObject({
      status_code: '201',
      transaction_status: 'pending',
      gross_amount: '36000.00',
      va_numbers: [{ bank: 'bca', va_number: '12708123456' }],
      transaction_time: '2026-11-28 10:00:00',
      expiry_time: '2026-11-28 10:03:00',
    });
  });

  it.each([
    ['echannel', { paymentType: 'echannel', channel: 'mandiri_bill', bank: null }, { bill_key: '12708123456', biller_code: '70012' }],
    ['cstore', { paymentType: 'cstore', channel: 'cstore_alfamart', store: 'alfamart', bank: null }, { payment_code: '12708123456', store: 'alfamart' }],
    ['qris', { paymentType: 'qris', channel: 'qris', bank: null }, { qr_string: links.payerPage, actions: expect.arrayContaining([{ name: 'generate-qr-code', method: 'GET', url: links.qrImage }]) }],
    ['gopay', { paymentType: 'gopay', channel: 'gopay', bank: null }, { actions: expect.arrayContaining([{ name: 'deeplink-redirect', method: 'GET', url: links.payerPage }]) }],
  ] as const)('answers a %s charge with that channel’s fields', (_case, changes, fields) => {
    expect(chargeResponse(tx(changes as Partial<SimTransaction>), links)).toMatchObject(fields);
  });

  it.each([
    ['pending', '201'],
    ['settlement', '200'],
    ['expire', '407'],
    ['cancel', '200'],
  ] as const)('gives a %s transaction’s status as %s', (status, code) => {
    expect(statusResponse(tx({ status }), links)).toMatchObject({ status_code: code, transaction_status: status });
  });

  it.each([
    ['cancel', '200', 'cancel'],
    ['expire', '407', 'expire'],
  ] as const)('%s succeeds only on a pending transaction', (action, code, status) => {
    expect(merchantAction(tx(), action)).toEqual({ ok: true, to: status });
    expect(actionResponse(tx({ status }), action)).toMatchObject({ status_code: code, transaction_status: status });
    for (const done of ['settlement', 'expire', 'cancel'] as const) expect(merchantAction(tx({ status: done }), action)).toEqual({ ok: false });
  });

  it.each([
    ['201', 200],
    ['200', 200],
    ['407', 200],
    ['404', 404],
    ['406', 406],
    ['412', 412],
    ['401', 401],
  ])('sends Midtrans code %s with HTTP %i', (code, http) => {
    expect(httpStatusOf(code)).toBe(http);
  });
});

describe('notificationBody', () => {
  it.each([
    ['settlement', '200'],
    ['expire', '202'],
    ['cancel', '202'],
  ] as const)('signs a %s notification with status code %s so the webhook can verify it', (status, code) => {
    const body = notificationBody(tx({ status, settlementTime: status === 'settlement' ? new Date('2026-11-28T03:01:00Z') : null }), KEY);
    expect(body).toMatchObject({ status_code: code, transaction_status: status, order_id: 'order-1', gross_amount: '36000.00' });
    // Checked against the formula written out here, not against any code of the simulator or the marketplace.
    const sha512 = (text: string) => createHash('sha512').update(text, 'utf8').digest('hex');
    expect(body.signature_key).toBe(sha512(`order-1${code}36000.00${KEY}`));
    expect(body.signature_key).not.toBe(sha512(`order-1${code}36000.00SB-Mid-server-other-key`));
  });

  it('carries the settlement time of a paid VA', () => {
    expect(notificationBody(tx({ status: 'settlement', settlementTime: new Date('2026-11-28T03:01:00Z') }), KEY)).toMatchObject({
      settlement_time: '2026-11-28 10:01:00',
      va_numbers: [{ bank: 'bca', va_number: '12708123456' }],
    });
  });
});

describe('payerRefusal', () => {
  const now = new Date('2026-11-28T03:01:00Z');
  it.each([
    ['an unknown number', null, 36000, 'VA_NOT_FOUND'],
    ['a paid bill', tx({ status: 'settlement' }), 36000, 'ALREADY_PAID'],
    ['a bill the merchant cancelled', tx({ status: 'cancel' }), 36000, 'VA_CLOSED'],
    ['an expired bill', tx({ status: 'expire' }), 36000, 'VA_EXPIRED'],
    ['a bill past its expiry that the job has not closed yet', tx({ expiryTime: new Date('2026-11-28T03:00:59Z') }), 36000, 'VA_EXPIRED'],
    ['one rupiah short', tx(), 35999, 'AMOUNT_MISMATCH'],
    ['one rupiah too many', tx(), 36001, 'AMOUNT_MISMATCH'],
    ['the exact amount in time', tx(), 36000, null],
  ] as const)('%s → %s', (_case, transaction, amount, refusal) => {
    expect(payerRefusal(transaction, amount, now)).toBe(refusal);
  });
});

describe('the payer\'s clock (metadata.class_clock)', () => {
  const classClock = { order_time: '2026-12-12 10:00:00 +0700', expiry_time: '2026-12-13 10:00:00 +0700', speed: 600 };

  it('is read from the charge, and ignored when absent or malformed', () => {
    const parsed = parseChargeRequest({ ...bca, metadata: { class_clock: classClock } });
    expect(parsed.ok && parsed.charge.payerClock).toEqual({
      orderTime: new Date('2026-12-12T03:00:00Z'),
      expiryTime: new Date('2026-12-13T03:00:00Z'),
      speed: 600,
    });
    for (const metadata of [undefined, 'x', { class_clock: { ...classClock, order_time: '2026-12-12T10:00:00' } }, { class_clock: { ...classClock, speed: -1 } }]) {
      const other = parseChargeRequest({ ...bca, metadata });
      expect(other.ok && other.charge.payerClock).toBeNull();
    }
  });

  it('shows the merchant\'s deadline and times the payment on its clock, never past the deadline', () => {
    const clock = { orderTime: new Date('2026-12-12T03:00:00Z'), expiryTime: new Date('2026-12-13T03:00:00Z'), speed: 60 };
    const tx = { transactionTime: new Date('2026-12-04T03:00:00Z'), expiryTime: new Date('2026-12-04T03:24:00Z') };
    expect(payerExpiry(tx, clock)).toEqual(clock.expiryTime);
    expect(payerExpiry(tx, null)).toEqual(tx.expiryTime);
    expect(payerTime(tx, clock, new Date('2026-12-04T03:01:00Z'))).toEqual(new Date('2026-12-12T04:00:00Z'));
    expect(payerTime(tx, clock, new Date('2026-12-05T03:00:00Z'))).toEqual(clock.expiryTime);
    expect(payerTime(tx, { ...clock, speed: 0 }, new Date('2026-12-04T03:10:00Z'))).toEqual(clock.orderTime);
    expect(payerTime(tx, null, new Date('2026-12-04T03:01:00Z'))).toEqual(new Date('2026-12-04T03:01:00Z'));
  });
});
