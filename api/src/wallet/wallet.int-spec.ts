import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { eventually, facilitatorClass, listen, type Member, member, orderBody, placeOrder, postProduct } from '../../test/orders-fixtures.js';
import { type DomainEventInput, rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import type { OrderState } from '../orders/order-state.js';
import { promotionBought } from './ledger-postings.js';
import { LedgerService } from './ledger.service.js';
import { WalletService } from './wallet.service.js';

/**
 * The wallet on real PostgreSQL: order money posted from the real order events (paid through the simulator, cancelled
 * by the seller) and from the fulfilment events (delivered, returned, completed: recorded here through the app's own
 * UnitOfWork as the fulfilment code records them, so these tests do not depend on the tracking timings), the ledger
 * check, the bank account, withdrawals on the class clock, and paid promotions.
 */
describe('wallet', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let kelas: { facilitator: string; classId: string; joinCode: string };
  let sriyati: Member;
  let marni: Member;
  let rahma: Member;
  let gula: { id: string };
  let bambu: { id: string };

  const wallet = async (who: Member) => (await api.get('/api/wallet', { token: who.token })).body;
  const ledgerCheck = async () => (await api.get(`/api/classes/${kelas.classId}/ledger-check`, { token: kelas.facilitator })).body;
  const withdraw = (who: Member, amount: number, key: string = randomUUID()) =>
    fetch(`${booted.baseUrl}/api/wallet/withdrawals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${who.token}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ amount }),
    }).then(async (res) => ({ status: res.status, body: await res.json() }));
  const promote = (who: Member, productId: string, days: number, key: string = randomUUID()) =>
    fetch(`${booted.baseUrl}/api/promotions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${who.token}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ productId, days }),
    }).then(async (res) => ({ status: res.status, body: await res.json() }));
  /** Of Sriyati's, Marni's and an unknown shop, those with a bank account the bank has not closed (a scenario's targets). */
  const openBankShops = () => booted.app.get(WalletService).shopsWithOpenBankAccount([sriyati.shop!.id, marni.shop!.id, randomUUID()]);
  const jumpClock = (minutes: number) => api.post(`/api/classes/${kelas.classId}/clock`, { action: 'jump', minutes }, { token: kelas.facilitator });

  /** Places an order from Rahma and pays it in the simulator's bank app, as a buyer would. */
  async function paidOrder(productId: string, shopId: string, quantity = 1): Promise<any> {
    const placed = await placeOrder(booted.baseUrl, rahma.token, orderBody(productId, shopId, {}, quantity));
    expect(placed.status).toBe(201);
    const order = placed.body.orders[0];
    const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total });
    expect(paid.status).toBe(200);
    return eventually('the order to be PAID', async () => {
      const seen = (await api.get(`/api/orders/${order.id}`, { token: rahma.token })).body;
      return seen.state === 'PAID' ? seen : undefined;
    });
  }

  /** Moves an order and records its event in one transaction, the way the fulfilment use cases do. */
  async function move(orderId: string, to: OrderState, type: string, extra: Record<string, unknown> = {}): Promise<void> {
    const uow = booted.app.get(UnitOfWork);
    await uow.run(async (tx) => {
      const [order] = await tx.manager.query(`SELECT * FROM orders WHERE id = $1 FOR UPDATE`, [orderId]);
      await tx.manager.query(`UPDATE orders SET state = $2, state_changed_at = now() WHERE id = $1`, [orderId, to]);
      await tx.record({
        type,
        classId: order.class_id,
        payload: { orderId, invoiceNumber: order.invoice_number, shopId: order.shop_id, buyerId: order.buyer_id, state: to, ...extra },
        rooms: [rooms.shop(order.shop_id), rooms.facilitators(order.class_id)],
        simTime: new Date(),
      } as unknown as DomainEventInput);
    });
  }

  async function completed(productId: string, shopId: string, quantity = 1): Promise<any> {
    const order = await paidOrder(productId, shopId, quantity);
    await move(order.id, 'SHIPPED', 'order.shipped');
    await move(order.id, 'DELIVERED', 'order.delivered', { cod: false });
    await move(order.id, 'COMPLETED', 'order.completed', { by: 'buyer' });
    return order;
  }

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    db = await new DataSource(dataSourceOptions(booted.database.url, 2)).initialize();
    kelas = await facilitatorClass(api, 'Rina');
    [sriyati, marni, rahma] = await Promise.all([
      member(api, kelas.joinCode, 'Sriyati'),
      member(api, kelas.joinCode, 'Marni'),
      member(api, kelas.joinCode, 'Bu Rahma', 'buyer'),
    ]);
    [gula, bambu] = await Promise.all([
      postProduct(api, sriyati.token, { stock: 200 }),
      postProduct(api, marni.token, { title: 'Tampah Bambu Anyaman', category: 'kerajinan-bambu', price: 40_000, stock: 50 }),
    ]);
  });

  afterAll(async () => {
    await db?.destroy();
    await booted?.close();
  });

  describe('order money', () => {
    it('holds a paid order’s subtotal in escrow, waiting for it to be shipped', async () => {
      const order = await paidOrder(gula.id, sriyati.shop!.id, 2);
      const seen = await wallet(sriyati);
      expect(seen.balance).toEqual({ held: 50_000, available: 0 });
      expect(seen.held).toEqual([
        expect.objectContaining({ orderId: order.id, invoiceNumber: order.invoiceNumber, amount: 50_000, state: 'PAID', waitingKey: 'wallet.waiting.PAID', dueAt: order.shipByAt }),
      ]);
      expect(seen.history[0]).toMatchObject({ kind: 'payment_settled', account: 'escrow', amount: 50_000, orderId: order.id, invoiceNumber: order.invoiceNumber });
      expect(await ledgerCheck()).toMatchObject({ ok: true, totalSum: 0 });

      await move(order.id, 'SHIPPED', 'order.shipped');
      await move(order.id, 'DELIVERED', 'order.delivered', { cod: false });
      expect((await wallet(sriyati)).held[0]).toMatchObject({ state: 'DELIVERED', waitingKey: 'wallet.waiting.DELIVERED' });

      const { socket, events } = await listen(booted.baseUrl, sriyati.token);
      try {
        await move(order.id, 'COMPLETED', 'order.completed', { by: 'buyer' });
        const released = await eventually('wallet.funds_released', () => events.find((event) => event.type === 'wallet.funds_released'));
        expect(released.payload).toMatchObject({ shopId: sriyati.shop!.id, orderId: order.id, amount: 47_500, fee: 2_500 });
      } finally {
        socket.close();
      }
      const after = await wallet(sriyati);
      // Released less the 5 % admin fee (Rp 2.500 of Rp 50.000).
      expect(after.balance).toEqual({ held: 0, available: 47_500 });
      expect(after.held).toEqual([]);
      expect(after.history.slice(0, 2)).toEqual([
        expect.objectContaining({ kind: 'order_released', account: 'available', amount: 47_500, fee: 2_500, invoiceNumber: order.invoiceNumber }),
        expect.objectContaining({ kind: 'order_released', account: 'escrow', amount: -50_000 }),
      ]);
      expect(await ledgerCheck()).toMatchObject({ ok: true });
    });

    it('refunds the buyer in full when the seller refuses a paid order, and when a parcel comes back', async () => {
      const refused = await paidOrder(bambu.id, marni.shop!.id);
      const returned = await paidOrder(bambu.id, marni.shop!.id);
      expect((await wallet(marni)).balance.held).toBe(80_000);
      const res = await api.post(`/api/orders/${refused.id}/refuse`, { reason: 'Stok bambu habis' }, { token: marni.token });
      expect(res.status).toBe(200);
      await move(returned.id, 'SHIPPED', 'order.shipped');
      await move(returned.id, 'RETURNED', 'order.returned');
      const seen = await wallet(marni);
      expect(seen.balance).toEqual({ held: 0, available: 0 });
      const kinds: string[] = (await db.query(`SELECT kind FROM journal_entry WHERE order_id = ANY($1::uuid[]) ORDER BY id`, [[refused.id, returned.id]])).map(
        (row: { kind: string }) => row.kind,
      );
      expect(kinds.filter((kind) => kind === 'refund')).toHaveLength(2);
      // The buyer's whole total went back through the gateway's clearing account.
      const [clearing] = await db.query(
        `SELECT SUM(l.amount)::int AS total FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id
          WHERE e.kind = 'refund' AND e.order_id = $1 AND a.kind = 'payment_clearing'`,
        [refused.id],
      );
      expect(clearing.total).toBe(refused.total);
      expect(await ledgerCheck()).toMatchObject({ ok: true });
    });

    it('posts a COD order’s money when the courier collects it, and nothing for a COD parcel that came back', async () => {
      const placed = await placeOrder(booted.baseUrl, rahma.token, orderBody(bambu.id, marni.shop!.id, { paymentMethod: 'cod' }));
      expect(placed.status).toBe(201);
      const cod = placed.body.orders[0];
      expect((await api.get(`/api/orders/${cod.id}`, { token: rahma.token })).body.state).toBe('PAID');
      expect((await wallet(marni)).balance.held).toBe(0);
      await move(cod.id, 'SHIPPED', 'order.shipped');
      await move(cod.id, 'DELIVERED', 'order.delivered', { cod: true });
      expect((await wallet(marni)).balance.held).toBe(40_000);
      await move(cod.id, 'COMPLETED', 'order.completed', { by: 'system' });
      expect((await wallet(marni)).balance).toEqual({ held: 0, available: 38_000 });

      const back = (await placeOrder(booted.baseUrl, rahma.token, orderBody(bambu.id, marni.shop!.id, { paymentMethod: 'cod' }))).body.orders[0];
      await move(back.id, 'SHIPPED', 'order.shipped');
      await move(back.id, 'RETURNED', 'order.returned');
      expect(await db.query(`SELECT 1 FROM journal_entry WHERE order_id = $1`, [back.id])).toEqual([]);
      expect(await ledgerCheck()).toMatchObject({ ok: true });
    });

    it('posts each event once: a replayed order.completed releases nothing more', async () => {
      const order = await completed(gula.id, sriyati.shop!.id);
      const before = (await wallet(sriyati)).balance.available;
      await move(order.id, 'COMPLETED', 'order.completed', { by: 'buyer' });
      expect((await wallet(sriyati)).balance.available).toBe(before);
    });

    it('posts a (kind, source) once: posted again, it writes neither an entry nor lines', async () => {
      const ledger = booted.app.get(LedgerService);
      const uow = booted.app.get(UnitOfWork);
      const shopId = sriyati.shop!.id;
      const entry = { classId: kelas.classId, kind: 'promotion_bought' as const, sourceId: randomUUID(), shopId, simTime: new Date(), lines: promotionBought(shopId, 1_000) };
      const written = async () =>
        (
          await db.query(
            `SELECT count(DISTINCT e.id)::int AS entries, count(l.id)::int AS lines FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id WHERE e.source_id = $1`,
            [entry.sourceId],
          )
        )[0];
      try {
        expect(await uow.run((tx) => ledger.post(tx, entry))).toBe(true);
        expect(await written()).toEqual({ entries: 1, lines: 2 });
        expect(await uow.run((tx) => ledger.post(tx, { ...entry, lines: promotionBought(shopId, 2_000) }))).toBe(false);
        expect(await written()).toEqual({ entries: 1, lines: 2 });
      } finally {
        // A promotion bought with no promotion: gone again (its lines with it), so the class's books stay as they were.
        await db.query(`DELETE FROM journal_entry WHERE source_id = $1`, [entry.sourceId]);
      }
    });

    it('refuses, at commit, a journal entry whose lines do not sum to zero', async () => {
      const [account] = await db.query(`SELECT id, class_id FROM ledger_account WHERE kind = 'platform_fee' AND class_id = $1`, [kelas.classId]);
      await expect(
        db.transaction(async (manager) => {
          const [entry] = await manager.query(
            `INSERT INTO journal_entry (class_id, kind, source_id, sim_time) VALUES ($1, 'promotion_bought', 'forged', now()) RETURNING id`,
            [account.class_id],
          );
          await manager.query(`INSERT INTO journal_line (entry_id, account_id, amount) VALUES ($1, $2, 1000)`, [entry.id, account.id]);
        }),
      ).rejects.toThrow(/does not balance/);
    });

    it('shows the ledger check to facilitators only, and says what is wrong when the books disagree', async () => {
      expect((await api.get(`/api/classes/${kelas.classId}/ledger-check`, { token: sriyati.token })).status).toBe(403);
      const order = await paidOrder(gula.id, sriyati.shop!.id);
      // Tamper: the order says COMPLETED, but no money was released.
      await db.query(`UPDATE orders SET state = 'COMPLETED' WHERE id = $1`, [order.id]);
      const check = await ledgerCheck();
      expect(check.ok).toBe(false);
      expect(check.orderMismatches).toEqual([
        expect.objectContaining({ orderId: order.id, state: 'COMPLETED', expectedEntries: ['order_released', 'payment_settled'], entries: ['payment_settled'], expectedEscrow: 0, escrow: 25_000 }),
      ]);
      await db.query(`UPDATE orders SET state = 'PAID' WHERE id = $1`, [order.id]);
      await move(order.id, 'SHIPPED', 'order.shipped');
      await move(order.id, 'DELIVERED', 'order.delivered', { cod: false });
      await move(order.id, 'COMPLETED', 'order.completed', { by: 'buyer' });
      expect(await ledgerCheck()).toMatchObject({ ok: true, totalSum: 0, unbalancedEntries: [], negativeBalances: [] });
    });
  });

  describe('through the real fulfilment use cases', () => {
    it('ships, delivers on the clock and completes on "Pesanan Diterima"; a failed delivery comes back refunded', async () => {
      const order = await paidOrder(bambu.id, marni.shop!.id);
      const failing = await paidOrder(bambu.id, marni.shop!.id);
      const before = (await wallet(marni)).balance;
      for (const o of [order, failing]) {
        const points = (await api.get(`/api/orders/${o.id}/drop-points`, { token: marni.token })).body;
        const shipped = await api.post(`/api/orders/${o.id}/ship`, { dropPointId: points[0].id }, { token: marni.token });
        expect(shipped.status).toBe(200);
      }
      const failed = await api.post(`/api/classes/${kelas.classId}/orders/${failing.id}/failed-delivery`, undefined, { token: kelas.facilitator });
      expect(failed.status).toBeLessThan(300);
      for (let day = 0; day < 4; day++) await jumpClock(24 * 60);
      const stateOf = async (id: string) => (await api.get(`/api/orders/${id}`, { token: rahma.token })).body.state;
      await eventually('delivered', async () => ((await stateOf(order.id)) === 'DELIVERED' ? true : undefined), 20_000);
      expect((await api.post(`/api/orders/${order.id}/received`, undefined, { token: rahma.token })).status).toBe(200);
      // Released at the default 5 % admin fee: Rp 40.000 − Rp 2.000.
      expect((await wallet(marni)).balance.available).toBe(before.available + 38_000);
      for (let day = 0; day < 4 && (await stateOf(failing.id)) !== 'RETURNED'; day++) await jumpClock(24 * 60);
      await eventually('returned', async () => ((await stateOf(failing.id)) === 'RETURNED' ? true : undefined), 20_000);
      expect((await wallet(marni)).balance).toEqual({ held: before.held - 80_000, available: before.available + 38_000 });
      expect(await ledgerCheck()).toMatchObject({ ok: true });
    });
  });

  describe('bank account', () => {
    it('checks the name as the bank returns it, and saves only once the seller confirms it is hers', async () => {
      const banks = (await api.get('/api/wallet/banks', { token: sriyati.token })).body;
      expect(banks).toContainEqual({ code: 'bri', name: 'BRI', fullName: 'Bank Rakyat Indonesia', lengths: [15] });
      const short = await api.post('/api/wallet/bank-account/check', { bankCode: 'bri', accountNumber: '1234567890', holderName: 'Sriyati' }, { token: sriyati.token });
      expect(short.status).toBe(400);
      expect(short.body).toMatchObject({ code: 'ACCOUNT_NUMBER_LENGTH', details: { lengths: [15] } });
      expect((await api.post('/api/wallet/bank-account/check', { bankCode: 'bank-x', accountNumber: '1', holderName: 'Sriyati' }, { token: sriyati.token })).body.code).toBe('UNKNOWN_BANK');

      const checked = await api.post('/api/wallet/bank-account/check', { bankCode: 'bca', accountNumber: '123 456 7890', holderName: 'Sriyati, S.Pd.' }, { token: sriyati.token });
      expect(checked.body).toEqual({ bankCode: 'bca', bankName: 'BCA', accountNumber: '1234567890', bankHolderName: 'SRIYATI SPD' });
      expect((await api.get('/api/wallet/bank-account', { token: sriyati.token })).body.code).toBe('BANK_ACCOUNT_NOT_FOUND');

      expect(await openBankShops()).toEqual(new Set());
      const body = { bankCode: 'bca', accountNumber: '1234567890', holderName: 'Sriyati, S.Pd.', confirmedHolderName: 'SRIYATI SPD' };
      expect((await api.put('/api/wallet/bank-account', { ...body, confirmOwn: false }, { token: sriyati.token })).body.code).toBe('BANK_OWNERSHIP_NOT_CONFIRMED');
      expect((await api.put('/api/wallet/bank-account', { ...body, confirmedHolderName: 'SRIYATI', confirmOwn: true }, { token: sriyati.token })).body.code).toBe(
        'BANK_NAME_CHECK_CHANGED',
      );
      const saved = await api.put('/api/wallet/bank-account', { ...body, confirmOwn: true }, { token: sriyati.token });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ bankCode: 'bca', bankName: 'BCA', accountNumber: '1234567890', maskedNumber: '•••• 7890', holderName: 'SRIYATI SPD', rejected: false });
      expect(await openBankShops()).toEqual(new Set([sriyati.shop!.id]));
    });

    it('masks the number everywhere but to its owner', async () => {
      const summary = (await api.get(`/api/classes/${kelas.classId}/wallets`, { token: kelas.facilitator })).body;
      const row = summary.find((shop: any) => shop.shopId === sriyati.shop!.id);
      expect(row.bankAccount).toMatchObject({ accountNumber: null, maskedNumber: '•••• 7890' });
      expect(JSON.stringify(summary)).not.toContain('1234567890');
      // There is no way to ask for another shop's wallet: /api/wallet is always the caller's own.
      expect((await api.get('/api/wallet', { token: marni.token })).body.bankAccount).toBeNull();
      expect((await api.get('/api/wallet', { token: rahma.token })).status).toBe(403);
    });
  });

  describe('Tarik Dana', () => {
    it('refuses below the minimum, above the saldo, and without a bank account', async () => {
      expect((await withdraw(sriyati, 9_999)).body).toMatchObject({ code: 'WITHDRAWAL_BELOW_MINIMUM', details: { minimum: 10_000 } });
      const available = (await wallet(sriyati)).balance.available;
      expect((await withdraw(sriyati, available + 1)).body).toMatchObject({ code: 'INSUFFICIENT_BALANCE', details: { available } });
      expect((await withdraw(marni, 10_000)).body.code).toBe('BANK_ACCOUNT_NOT_FOUND');
      const noKey = await api.post('/api/wallet/withdrawals', { amount: 10_000 }, { token: sriyati.token });
      expect(noKey.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    });

    it('makes one withdrawal of a double tap', async () => {
      const key = randomUUID();
      const before = (await wallet(sriyati)).balance.available;
      const [first, second] = await Promise.all([withdraw(sriyati, 10_000, key), withdraw(sriyati, 10_000, key)]);
      expect([first.status, second.status].sort()).toEqual([201, 201]);
      expect(first.body.id).toBe(second.body.id);
      expect([first.body.replayed, second.body.replayed].sort()).toEqual([false, true]);
      expect(first.body).toMatchObject({ amount: 10_000, fee: 2_500, net: 7_500, status: 'processing', bankName: 'BCA', maskedNumber: '•••• 7890' });
      expect((await wallet(sriyati)).balance.available).toBe(before - 10_000);
      expect((await withdraw(sriyati, 20_000, key)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('never overdraws under 10 concurrent requests', async () => {
      const available = (await wallet(sriyati)).balance.available;
      const amount = 15_000;
      const results = await Promise.all(Array.from({ length: 10 }, () => withdraw(sriyati, amount)));
      const ok = results.filter((res) => res.status === 201);
      const refused = results.filter((res) => res.status !== 201);
      expect(ok).toHaveLength(Math.floor(available / amount));
      expect(refused.every((res) => res.body.code === 'INSUFFICIENT_BALANCE')).toBe(true);
      const after = (await wallet(sriyati)).balance.available;
      expect(after).toBe(available - ok.length * amount);
      expect(after).toBeGreaterThanOrEqual(0);
      expect(await ledgerCheck()).toMatchObject({ ok: true });
    });

    it('succeeds 1x24 jam later on the class clock', async () => {
      await completed(gula.id, sriyati.shop!.id, 2); // +47.500
      const { socket, events } = await listen(booted.baseUrl, sriyati.token);
      try {
        const requested = await withdraw(sriyati, 20_000);
        expect(requested.status).toBe(201);
        expect(new Date(requested.body.dueAt).getTime() - new Date(requested.body.requestedAt).getTime()).toBe(24 * 60 * 60 * 1000);
        await jumpClock(24 * 60 + 1);
        const done = await eventually(
          'wallet.withdrawal_succeeded',
          () => events.find((event) => event.type === 'wallet.withdrawal_succeeded' && event.payload.withdrawalId === requested.body.id),
          15_000,
        );
        expect(done.payload).toMatchObject({ shopId: sriyati.shop!.id, amount: 20_000, fee: 2_500 });
      } finally {
        socket.close();
      }
      // The earlier ones (double tap, the concurrent ones) were due by then too.
      const seen = await eventually('every withdrawal to succeed', async () => {
        const list = (await wallet(sriyati)).withdrawals;
        return list.every((w: any) => w.status === 'success') ? list : undefined;
      }, 15_000);
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(await ledgerCheck()).toMatchObject({ ok: true, withdrawalMismatches: [] });
    });

    it('fails when the bank closed the account: the money, fee included, comes back', async () => {
      await completed(gula.id, sriyati.shop!.id, 2);
      const before = (await wallet(sriyati)).balance.available;
      const requested = await withdraw(sriyati, 30_000);
      expect(requested.status).toBe(201);
      const closed = await api.post(`/api/classes/${kelas.classId}/shops/${sriyati.shop!.id}/bank-account/close`, undefined, { token: kelas.facilitator });
      expect(closed.status).toBe(200);
      expect((await api.post(`/api/classes/${kelas.classId}/shops/${sriyati.shop!.id}/bank-account/close`, undefined, { token: sriyati.token })).status).toBe(403);
      expect(await openBankShops()).toEqual(new Set());
      await jumpClock(24 * 60 + 1);
      const failed = await eventually('the withdrawal to fail', async () => {
        const w = (await wallet(sriyati)).withdrawals.find((item: any) => item.id === requested.body.id);
        return w.status === 'failed' ? w : undefined;
      }, 15_000);
      expect(failed).toMatchObject({ failureCode: 'ACCOUNT_CLOSED' });
      const after = await wallet(sriyati);
      expect(after.balance.available).toBe(before);
      expect(after.bankAccount).toMatchObject({ rejected: true });
      expect((await withdraw(sriyati, 10_000)).body.code).toBe('BANK_ACCOUNT_REJECTED');
      // Another account, and Tarik Dana works again.
      const other = { bankCode: 'bri', accountNumber: '123401000123567', holderName: 'Sriyati', confirmedHolderName: 'SRIYATI', confirmOwn: true };
      expect((await api.put('/api/wallet/bank-account', other, { token: sriyati.token })).body).toMatchObject({ rejected: false, maskedNumber: '•••• 3567' });
      expect(await openBankShops()).toEqual(new Set([sriyati.shop!.id]));
      expect((await withdraw(sriyati, 10_000)).status).toBe(201);
      expect(await ledgerCheck()).toMatchObject({ ok: true });
    });
  });

  describe('paid promotion (iklan)', () => {
    it('charges the fee once for a double tap, and puts the product first with promoted: true', async () => {
      const newer = await postProduct(api, sriyati.token, { title: 'Gula Semut Aren 500 g', price: 20_000 });
      const storefront = async () => (await api.get(`/api/classes/${kelas.classId}/products`, { token: rahma.token })).body.items;
      expect((await storefront())[0].id).toBe(newer.id);
      const before = (await wallet(sriyati)).balance.available;
      const key = randomUUID();
      const [first, second] = await Promise.all([promote(sriyati, gula.id, 2, key), promote(sriyati, gula.id, 2, key)]);
      expect(first.body.id).toBe(second.body.id);
      expect(first.body).toMatchObject({ productId: gula.id, days: 2, fee: 10_000, active: true, views: 0, orders: 0 });
      expect((await wallet(sriyati)).balance.available).toBe(before - 10_000);
      expect((await db.query(`SELECT count(*)::int AS n FROM journal_entry WHERE kind = 'promotion_bought' AND shop_id = $1`, [sriyati.shop!.id]))[0].n).toBe(1);

      const items = await storefront();
      expect(items[0]).toMatchObject({ id: gula.id, promoted: true });
      expect(items.filter((item: any) => item.id === gula.id)).toHaveLength(1);
      expect(items.slice(1).every((item: any) => item.promoted === false)).toBe(true);
      // Search too: promoted first, then the rest in their own order, each once, and the total unchanged.
      const before2 = (await api.get(`/api/classes/${kelas.classId}/products?q=semut`, { token: rahma.token })).body;
      expect(before2.items.map((item: any) => [item.id, item.promoted])).toEqual([[newer.id, false]]);
      const search = (await api.get(`/api/classes/${kelas.classId}/products?q=gula`, { token: rahma.token })).body;
      expect(search.items[0]).toMatchObject({ id: gula.id, promoted: true });
      expect(new Set(search.items.map((item: any) => item.id)).size).toBe(search.items.length);
      expect(search.total).toBe(search.items.length);
      // Paging: page 2 of size 1 is the first regular product.
      const page2 = (await api.get(`/api/classes/${kelas.classId}/products?q=gula&pageSize=1&page=2`, { token: rahma.token })).body;
      expect(page2.items.map((item: any) => item.id)).toEqual([search.items[1].id]);
      expect(page2.total).toBe(search.total);
      expect((await promote(sriyati, gula.id, 1)).body.code).toBe('PROMOTION_ALREADY_ACTIVE');
    });

    it('counts the views and orders it brought', async () => {
      await api.get(`/api/classes/${kelas.classId}/products/${gula.id}`, { token: rahma.token });
      await api.get(`/api/classes/${kelas.classId}/products/${gula.id}`, { token: marni.token });
      await api.get(`/api/classes/${kelas.classId}/products/${gula.id}`, { token: sriyati.token }); // her own: not counted
      await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id));
      const list = (await api.get('/api/promotions', { token: sriyati.token })).body;
      expect(list.items[0]).toMatchObject({ productId: gula.id, productTitle: 'Gula Aren Asli Pringsewu 1 kg', views: 2, orders: 1, active: true });
      expect(list.pricePerDay).toBe(5_000);
    });

    it('refuses a promotion the saldo cannot pay, and charges nothing', async () => {
      const account = { bankCode: 'bni', accountNumber: '0123456789', holderName: 'Marni', confirmedHolderName: 'MARNI', confirmOwn: true };
      expect((await api.put('/api/wallet/bank-account', account, { token: marni.token })).status).toBe(200);
      // Leave Rp 8.000 in her saldo.
      expect((await withdraw(marni, (await wallet(marni)).balance.available - 8_000)).status).toBe(201);
      const { available } = (await wallet(marni)).balance;
      expect(available).toBe(8_000);
      expect(available).toBeLessThan(7 * 5_000);
      const res = await promote(marni, bambu.id, 7);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'INSUFFICIENT_BALANCE', details: { available, fee: 35_000 } });
      expect((await wallet(marni)).balance.available).toBe(available);
      expect((await api.get('/api/promotions', { token: marni.token })).body.items).toEqual([]);
      expect((await promote(marni, gula.id, 1)).body.code).toBe('PRODUCT_NOT_FOUND');
    });

    it('never overdraws when promotions race a withdrawal', async () => {
      const { available } = (await wallet(marni)).balance;
      expect(available).toBe(8_000);
      const results = await Promise.all([withdraw(marni, 10_000), ...Array.from({ length: 4 }, () => promote(marni, bambu.id, 1))]);
      // One 1-day promotion fits (Rp 5.000 of Rp 8.000); one per product at a time; the withdrawal is below the minimum anyway.
      expect(results.filter((res) => res.status === 201)).toHaveLength(1);
      expect(results.slice(1).filter((res) => res.status !== 201).map((res) => res.body.code)).toEqual(Array(3).fill('PROMOTION_ALREADY_ACTIVE'));
      expect((await wallet(marni)).balance.available).toBe(3_000);
      expect((await wallet(marni)).balance.available).toBeGreaterThanOrEqual(0);
      expect(await ledgerCheck()).toMatchObject({ ok: true });
    });
  });

  describe('wallet settings', () => {
    it('lets the facilitator change the fees, and refuses a minimum not above the fee', async () => {
      expect((await api.get(`/api/classes/${kelas.classId}/wallet-settings`, { token: sriyati.token })).body).toEqual({
        sellerFeePercent: 5,
        withdrawalFee: 2_500,
        minWithdrawal: 10_000,
        promotionPricePerDay: 5_000,
      });
      expect((await api.patch(`/api/classes/${kelas.classId}/wallet-settings`, { sellerFeePercent: 0 }, { token: sriyati.token })).status).toBe(403);
      const bad = await api.patch(`/api/classes/${kelas.classId}/wallet-settings`, { withdrawalFee: 10_000 }, { token: kelas.facilitator });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('INVALID_WALLET_SETTINGS');
      const changed = await api.patch(`/api/classes/${kelas.classId}/wallet-settings`, { sellerFeePercent: 10 }, { token: kelas.facilitator });
      expect(changed.body).toMatchObject({ sellerFeePercent: 10, withdrawalFee: 2_500 });
      const before = (await wallet(marni)).balance.available;
      await completed(bambu.id, marni.shop!.id);
      expect((await wallet(marni)).balance.available).toBe(before + 36_000);
      expect(await ledgerCheck()).toMatchObject({ ok: true });
    });
  });
});
