import { chargeRequestBody, classClockMetadata, customExpiry, instructionsFrom, midtransOrderTime, parseMidtransTime, payerNumber } from './gateway-charge.js';

const HOUR = 60 * 60 * 1000;

describe('chargeRequestBody', () => {
  const subject = {
    gatewayOrderId: '6f1c2a3e-0000-4000-8000-000000000001',
    method: 'bca_va' as const,
    amount: 37000,
    invoiceNumber: 'INV/20261128/PL/0001',
    recipient: 'Pasar Latihan – Toko Sriyati',
    items: [
      { id: 'p1', name: 'Gula Aren Asli Pringsewu 1 kg, dimasak tanpa campuran apa pun', price: 25000, quantity: 1 },
      { id: 'shipping', name: 'Ongkos kirim JNE Reguler', price: 11000, quantity: 1 },
      { id: 'admin-fee', name: 'Biaya layanan', price: 1000, quantity: 1 },
    ],
    customer: { firstName: 'Bu Rahma', phone: '081234567890' },
  };

  it('asks for a BCA VA of the order total, the recipient in custom_field1 and items that add up', () => {
    const body = chargeRequestBody(subject);
    expect(body).toMatchObject({
      payment_type: 'bank_transfer',
      bank_transfer: { bank: 'bca' },
      transaction_details: { order_id: subject.gatewayOrderId, gross_amount: 37000 },
      custom_field1: 'Pasar Latihan – Toko Sriyati',
      custom_field2: 'INV/20261128/PL/0001',
      customer_details: { first_name: 'Bu Rahma', phone: '081234567890' },
    });
    expect((body.item_details as { name: string }[])[0]!.name).toHaveLength(50);
  });

  it.each([
    ['mandiri_bill', { payment_type: 'echannel', echannel: { bill_info1: 'Pembayaran:', bill_info2: 'INV/20261128/PL/0001' } }],
    ['qris', { payment_type: 'qris' }],
    ['gopay', { payment_type: 'gopay' }],
    ['cstore_indomaret', { payment_type: 'cstore', cstore: { store: 'indomaret', message: 'INV/20261128/PL/0001' } }],
  ] as const)('routes %s the Midtrans way', (method, fields) => {
    expect(chargeRequestBody({ ...subject, method })).toMatchObject(fields);
  });

  it('refuses items that do not add up to the amount (Midtrans would)', () => {
    expect(() => chargeRequestBody({ ...subject, amount: 36000 })).toThrow(RangeError);
  });
});

describe('customExpiry', () => {
  const realNow = new Date('2026-11-28T03:00:00Z');
  const simNow = new Date('2026-11-28T03:00:00Z');
  it.each([
    ['24 h at 1×', 24 * HOUR, 1, 1440],
    ['24 h at 60×', 24 * HOUR, 60, 24],
    ['24 h at 600×: 2.4 real minutes, rounded up', 24 * HOUR, 600, 3],
    ['1 h at 600×: 6 real seconds, at least a minute', HOUR, 600, 1],
    ['a deadline already past', -HOUR, 1, 1],
  ])('%s → %i minutes', (_case, remaining, speed, minutes) => {
    expect(customExpiry(new Date(simNow.getTime() + remaining), { simNow, speed }, realNow)).toEqual({
      order_time: '2026-11-28 10:00:00 +0700',
      expiry_duration: minutes,
      unit: 'minute',
    });
  });
});

describe('classClockMetadata', () => {
  it('tells the gateway the class clock: the order time and deadline in sim time, the speed (0 when paused)', () => {
    const simNow = new Date('2026-12-12T03:00:00Z');
    const due = new Date(simNow.getTime() + 24 * HOUR);
    expect(classClockMetadata(due, { simNow, speed: 600, paused: false })).toEqual({
      class_clock: { order_time: '2026-12-12 10:00:00 +0700', expiry_time: '2026-12-13 10:00:00 +0700', speed: 600 },
    });
    expect(classClockMetadata(due, { simNow, speed: 60, paused: true }).class_clock.speed).toBe(0);
  });
});

describe('Midtrans times', () => {
  it('writes and reads GMT+7', () => {
    expect(midtransOrderTime(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29 00:00:00 +0700');
    expect(parseMidtransTime('2026-11-29 00:00:00')).toEqual(new Date('2026-11-28T17:00:00Z'));
  });

  it.each([undefined, '', '2026-11-29T00:00:00Z', '2026-13-40 99:00:00'])('reads %p as no time', (value) => {
    expect(parseMidtransTime(value)).toBeNull();
  });
});

describe('instructionsFrom', () => {
  it.each([
    [
      'a BCA VA',
      { transaction_id: 't1', va_numbers: [{ bank: 'bca', va_number: '12708123456' }], expiry_time: '2026-11-28 10:03:00' },
      { transactionId: 't1', vaNumber: '12708123456', bank: 'bca', expiresAt: new Date('2026-11-28T03:03:00Z') },
    ],
    ['a Mandiri bill', { transaction_id: 't2', bill_key: '891234567890', biller_code: '70012' }, { billKey: '891234567890', billerCode: '70012', vaNumber: null }],
    ['a minimarket code', { transaction_id: 't3', payment_code: '1990123456789012', store: 'alfamart' }, { paymentCode: '1990123456789012', store: 'alfamart' }],
    [
      'a QRIS charge',
      { transaction_id: 't4', qr_string: 'http://x/simulator/bayar/t4', actions: [{ name: 'generate-qr-code', url: 'http://x/qr.png' }, { name: 'deeplink-redirect', url: 'http://x/simulator/bayar/t4' }] },
      { qrString: 'http://x/simulator/bayar/t4', payerUrl: 'http://x/simulator/bayar/t4' },
    ],
  ])('reads %s', (_case, response, expected) => {
    expect(instructionsFrom(response)).toMatchObject(expected);
  });

  it.each([
    ['bca_va', '12708123456'],
    ['mandiri_bill', '891234567890'],
    ['cstore_alfamart', '1990123456789012'],
    ['qris', 't1'],
    ['cod', null],
  ] as const)('gives the number a payer of %s types', (method, number) => {
    expect(payerNumber(method, { transactionId: 't1', vaNumber: '12708123456', billKey: '891234567890', paymentCode: '1990123456789012' })).toBe(number);
  });
});
