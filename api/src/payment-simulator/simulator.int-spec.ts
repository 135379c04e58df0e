import { createHash, randomUUID } from 'node:crypto';
import midtransClient from 'midtrans-client';
import type { Logger } from '@nestjs/common';
import { vi } from 'vitest';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { type ApiClient, apiClient } from '../../test/api-client.js';
import { eventually, type Relay, SERVER_KEY, startRelay } from '../../test/orders-fixtures.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { SimulatorNotifier } from './simulator-notifier.js';

/**
 * The simulator as the outside world sees it: the official Midtrans client drives its gateway side, a payer pays
 * on its bank-app side, and its notifications reach the webhook over HTTP, retried when the webhook is down.
 */
describe('payment simulator', () => {
  let relay: Relay;
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let core: any;

  const coreApi = (serverKey: string) => {
    const client = new midtransClient.CoreApi({ isProduction: false, serverKey, clientKey: 'SB-Mid-client-pasar-latihan' });
    // midtrans-client builds every URL as apiConfig.getCoreApiBaseUrl() + '/v2/...': point it at the simulator.
    client.apiConfig.getCoreApiBaseUrl = () => `${booted.baseUrl}/api/simulator`;
    return client;
  };
  const bcaCharge = (orderId: string, grossAmount = 36_000, extra: Record<string, unknown> = {}) => ({
    payment_type: 'bank_transfer',
    bank_transfer: { bank: 'bca' },
    transaction_details: { order_id: orderId, gross_amount: grossAmount },
    custom_field1: 'Pasar Latihan – Toko Sriyati',
    item_details: [{ id: 'gula', name: 'Gula Aren 1 kg', price: grossAmount, quantity: 1 }],
    ...extra,
  });
  const rejection = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error as { httpStatusCode: number | string; ApiResponse: Record<string, unknown> };
    }
    throw new Error('expected the call to be refused');
  };

  beforeAll(async () => {
    relay = await startRelay();
    // The simulator notifies through the relay, so the test can take the webhook "down".
    booted = await bootApp({ env: { PAYMENT_NOTIFICATION_URL: `${relay.url}/api/payments/notifications` } });
    relay.target = booted.baseUrl;
    api = apiClient(booted.baseUrl);
    db = await new DataSource(dataSourceOptions(booted.database.url, 2)).initialize();
    core = coreApi(SERVER_KEY);
  });

  afterAll(async () => {
    await db.destroy();
    await booted.close();
    await relay.close();
  });

  describe('driven by the official midtrans-client package', () => {
    it('charges a BCA VA, reads its status, cancels it', async () => {
      const orderId = `PL-${randomUUID().slice(0, 8)}`;
      const charged = await core.charge(bcaCharge(orderId));
      expect(charged).toMatchObject({
        status_code: '201',
        transaction_status: 'pending',
        order_id: orderId,
        gross_amount: '36000.00',
        payment_type: 'bank_transfer',
        va_numbers: [{ bank: 'bca', va_number: expect.stringMatching(/^12708\d{6}$/) }],
      });
      expect(charged.expiry_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

      expect(await core.transaction.status(orderId)).toMatchObject({ status_code: '201', transaction_status: 'pending', transaction_id: charged.transaction_id });
      expect(await core.transaction.status(charged.transaction_id)).toMatchObject({ order_id: orderId });
      expect(await core.transaction.cancel(orderId)).toMatchObject({ status_code: '200', transaction_status: 'cancel' });
      expect(await core.transaction.status(orderId)).toMatchObject({ transaction_status: 'cancel' });
      const again = await rejection(core.transaction.cancel(orderId));
      expect(again.ApiResponse).toMatchObject({ status_code: '412' });
    });

    it('expires a pending charge; its status then answers 407, which the client accepts', async () => {
      const orderId = `PL-${randomUUID().slice(0, 8)}`;
      await core.charge(bcaCharge(orderId));
      expect(await core.transaction.expire(orderId)).toMatchObject({ status_code: '407', transaction_status: 'expire' });
      expect(await core.transaction.status(orderId)).toMatchObject({ status_code: '407', transaction_status: 'expire' });
      expect((await rejection(core.transaction.expire(orderId))).ApiResponse).toMatchObject({ status_code: '412' });
    });

    it('refuses what Midtrans refuses: a wrong key (401), an unknown order (404), a used order id (406), a bad body (400)', async () => {
      const orderId = `PL-${randomUUID().slice(0, 8)}`;
      expect((await rejection(coreApi('SB-Mid-server-wrong-key').charge(bcaCharge(orderId)))).httpStatusCode).toBe(401);
      expect((await rejection(core.transaction.status('PL-nobody'))).httpStatusCode).toBe(404);
      await core.charge(bcaCharge(orderId));
      expect((await rejection(core.charge(bcaCharge(orderId)))).ApiResponse).toMatchObject({ status_code: '406' });
      const bad = await rejection(core.charge(bcaCharge(`PL-${randomUUID().slice(0, 8)}`, 36_000, { item_details: [{ name: 'x', price: 1, quantity: 1 }] })));
      expect(bad.ApiResponse).toMatchObject({ status_code: '400', validation_messages: [expect.stringContaining('item_details')] });
    });

    it('charges every channel the marketplace offers, each with its own number', async () => {
      const cases = [
        [{ payment_type: 'bank_transfer', bank_transfer: { bank: 'bni' } }, (r: any) => r.va_numbers[0].va_number, /^98800694\d{8}$/],
        [{ payment_type: 'bank_transfer', bank_transfer: { bank: 'bri' } }, (r: any) => r.va_numbers[0].va_number, /^26215\d{13}$/],
        [{ payment_type: 'echannel', echannel: { bill_info1: 'Pembayaran:', bill_info2: 'INV' } }, (r: any) => `${r.biller_code}/${r.bill_key}`, /^70012\/89\d{10}$/],
        [{ payment_type: 'cstore', cstore: { store: 'alfamart', message: 'INV' } }, (r: any) => r.payment_code, /^1990\d{12}$/],
        [{ payment_type: 'cstore', cstore: { store: 'indomaret', message: 'INV' } }, (r: any) => r.payment_code, /^2990\d{10}$/],
        [{ payment_type: 'gopay' }, (r: any) => r.actions.find((a: any) => a.name === 'deeplink-redirect').url, /\/simulator\/bayar\/[0-9a-f-]{36}$/],
      ] as const;
      for (const [fields, pick, shape] of cases) {
        const charged = await core.charge({ ...bcaCharge(`PL-${randomUUID().slice(0, 8)}`), bank_transfer: undefined, ...fields });
        expect(pick(charged)).toMatch(shape);
      }
    });
  });

  describe('the payer’s bank app', () => {
    it('pays a QRIS charge from its QR page; the QR image is a PNG', async () => {
      const charged = await core.charge({ ...bcaCharge(`PL-${randomUUID().slice(0, 8)}`, 15_000), payment_type: 'qris', bank_transfer: undefined });
      const qr = charged.actions.find((action: any) => action.name === 'generate-qr-code').url as string;
      const image = await fetch(`${booted.baseUrl}${new URL(qr).pathname}`);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await image.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
      const bill = await api.get(`/api/simulator/payer/qr/${charged.transaction_id}`);
      expect(bill.body).toMatchObject({ channel: 'qris', amount: 15_000, recipient: 'Pasar Latihan – Toko Sriyati', status: 'pending' });
      const paid = await api.post('/api/simulator/payer/pay', { channel: 'qris', number: charged.transaction_id, amount: 15_000 });
      expect(paid.body).toMatchObject({ status: 'settlement', amount: 15_000 });
      expect(await core.transaction.status(charged.order_id)).toMatchObject({ status_code: '200', transaction_status: 'settlement' });
    });

    it('says VA_NOT_FOUND for a number nobody issued', async () => {
      const res = await api.get('/api/simulator/payer/lookup?channel=bca_va&number=12708000000');
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('VA_NOT_FOUND');
      expect((await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: '12708000000', amount: 1000 })).body.code).toBe('VA_NOT_FOUND');
    });

    it('closes a VA at its own expiry time, refuses to take money after it, and tells the merchant', async () => {
      const orderId = `PL-${randomUUID().slice(0, 8)}`;
      const charged = await core.charge(bcaCharge(orderId, 36_000, { custom_expiry: { expiry_duration: 1, unit: 'second' } }));
      const number = charged.va_numbers[0].va_number;
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const refused = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number, amount: 36_000 });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('VA_EXPIRED');
      expect(await core.transaction.status(orderId)).toMatchObject({ status_code: '407', transaction_status: 'expire' });
      const logged = await eventually('the expire notification at the webhook', async () => {
        const rows: { transaction_status: string; verdict: string }[] = await db.query(
          `SELECT transaction_status, verdict FROM payment_notification WHERE gateway_order_id = $1`,
          [orderId],
        );
        return rows.length > 0 ? rows : undefined;
      });
      // The marketplace has no such order; it still takes the (verified) notification, so the gateway stops.
      expect(logged).toEqual([{ transaction_status: 'expire', verdict: 'unknown_order' }]);
    });

    it('expires a VA past its expiry when the merchant only asks its status, and tells the merchant once', async () => {
      const orderId = `PL-${randomUUID().slice(0, 8)}`;
      await core.charge(bcaCharge(orderId, 37_000, { custom_expiry: { expiry_duration: 1, unit: 'second' } }));
      // Not yet due: the status read changes nothing.
      expect(await core.transaction.status(orderId)).toMatchObject({ status_code: '201', transaction_status: 'pending' });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await core.transaction.status(orderId)).toMatchObject({ status_code: '407', transaction_status: 'expire' });
      expect(await core.transaction.status(orderId)).toMatchObject({ status_code: '407', transaction_status: 'expire' });
      const logged = await eventually('the expire notification at the webhook', async () => {
        const rows: { transaction_status: string }[] = await db.query(`SELECT transaction_status FROM payment_notification WHERE gateway_order_id = $1`, [orderId]);
        return rows.length > 0 ? rows : undefined;
      });
      expect(logged).toEqual([{ transaction_status: 'expire' }]);
      const notices: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM sim_notification JOIN sim_transaction USING (transaction_id) WHERE order_id = $1`,
        [orderId],
      );
      expect(notices[0]!.n).toBe(1);
    });
  });

  describe('notifications', () => {
    /** The simulator's notification row for this order. */
    const notificationOf = async (orderId: string) =>
      (
        await db.query(
          `SELECT n.payload, n.attempts, n.last_status, n.delivered_at, n.retry_queued_at FROM sim_notification n JOIN sim_transaction t USING (transaction_id) WHERE t.order_id = $1`,
          [orderId],
        )
      )[0];

    it('signs each notification so the marketplace can verify it', async () => {
      const orderId = `PL-${randomUUID().slice(0, 8)}`;
      const charged = await core.charge(bcaCharge(orderId));
      await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: charged.va_numbers[0].va_number, amount: 36_000 });
      const row = await notificationOf(orderId);
      expect(row.payload).toMatchObject({ order_id: orderId, transaction_status: 'settlement', status_code: '200', gross_amount: '36000.00', settlement_time: expect.any(String) });
      // The published formula, written out here: the simulator shares no code with the marketplace's verifier.
      const { order_id: o, status_code: c, gross_amount: g } = row.payload as Record<string, string>;
      expect(row.payload.signature_key).toBe(createHash('sha512').update(`${o}${c}${g}${SERVER_KEY}`).digest('hex'));
      expect(row.delivered_at).not.toBeNull();
      // The status the gateway answers afterwards is the one it notified, to the second.
      const status = await core.transaction.status(orderId);
      expect({ transaction_status: status.transaction_status, settlement_time: status.settlement_time }).toEqual({
        transaction_status: 'settlement',
        settlement_time: row.payload.settlement_time,
      });
    });

    it('retries a notification the webhook could not take, with backoff, until it is delivered', async () => {
      const orderId = `PL-${randomUUID().slice(0, 8)}`;
      const charged = await core.charge(bcaCharge(orderId));
      relay.failNext = 1;
      const refusedBefore = relay.refused;
      const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: charged.va_numbers[0].va_number, amount: 36_000 });
      expect(paid.body).toMatchObject({ status: 'settlement', merchantNotified: false });
      expect(relay.refused).toBe(refusedBefore + 1);
      const delivered = await eventually(
        'the queued retry to deliver the notification',
        async () => {
          const row = await notificationOf(orderId);
          return row?.delivered_at ? row : undefined;
        },
        8000,
      );
      expect(delivered).toMatchObject({ attempts: 2, last_status: 200 });
      const [{ verdict }] = await db.query(`SELECT verdict FROM payment_notification WHERE gateway_order_id = $1`, [orderId]);
      expect(verdict).toBe('unknown_order');
    });

    it('delivers a payment whose first delivery failed while the app was stopping, once the simulator runs again', async () => {
      const notifier = booted.app.get(SimulatorNotifier);
      const orderId = `PL-${randomUUID().slice(0, 8)}`;
      const charged = await core.charge(bcaCharge(orderId));
      const row = () => notificationOf(orderId);
      // The app is stopping: the simulator's queue has stopped and the webhook no longer answers.
      const logger = (notifier as unknown as { logger: Logger }).logger;
      const errors = vi.spyOn(logger, 'error');
      const warnings = vi.spyOn(logger, 'warn');
      await notifier.beforeApplicationShutdown();
      try {
        relay.failNext = 1;
        const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: charged.va_numbers[0].va_number, amount: 36_000 });
        expect(paid.body).toMatchObject({ status: 'settlement', merchantNotified: false });
        expect(await row()).toMatchObject({ attempts: 1, delivered_at: null, retry_queued_at: null });
        // Expected at every stop with payments in flight: a warning that names who delivers it, no error.
        expect(errors).not.toHaveBeenCalled();
        expect(warnings).toHaveBeenCalledWith(expect.objectContaining({ msg: expect.stringContaining('the sweep will deliver it') }));
      } finally {
        errors.mockRestore();
        warnings.mockRestore();
        // It runs again (a restart, one node): its first sweep finds the notification with no retry queued and
        // delivers it at once, young as it is (the usual sweep waits until a notification is 30 s old).
        await notifier.onModuleInit();
        await notifier.onApplicationBootstrap();
      }
      await eventually('the first sweep after the start to deliver it', async () => ((await row())?.delivered_at ? true : undefined), 5000);
      expect(await row()).toMatchObject({ attempts: 2, delivered_at: expect.any(Date) });
      const [{ verdict }] = await db.query(`SELECT verdict FROM payment_notification WHERE gateway_order_id = $1`, [orderId]);
      expect(verdict).toBe('unknown_order');
    });

    it('leaves a failed notification to its queued retry, not to the sweep', async () => {
      const notifier = booted.app.get(SimulatorNotifier);
      const orderId = `PL-${randomUUID().slice(0, 8)}`;
      const charged = await core.charge(bcaCharge(orderId));
      relay.failNext = 1;
      const forwardedBefore = relay.forwarded;
      await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: charged.va_numbers[0].va_number, amount: 36_000 });
      const marked = await notificationOf(orderId);
      expect(marked).toMatchObject({ attempts: 1, retry_queued_at: expect.any(Date) });
      // The retry job waits 2 s; a sweep meanwhile does not deliver it a second time.
      await notifier.sweepUndelivered(0);
      expect(relay.forwarded).toBe(forwardedBefore);
    });
  });
});
