import { randomUUID } from 'node:crypto';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { eventually, facilitatorClass, type Member, member, postProduct } from '../../test/orders-fixtures.js';
import { MissionsService } from '../missions/missions.service.js';
import { ScenarioRunner } from './scenario-runner.service.js';

/**
 * Every scenario end to end on a real app and a fast class clock, each step through the normal use cases (checkout,
 * the simulator's bank app, chat, shipping, the wallet), leaving a ledger that checks out; the fraud drill's order is
 * found by the mission that grades it.
 */
describe('scenarios', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let klass: { facilitator: string; classId: string; joinCode: string };
  let sriyati: Member;
  let marni: Member;
  let wati: Member;
  let ani: Member;

  const post = async (path: string, body: unknown, key: string = randomUUID()) => {
    const res = await fetch(`${booted.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${klass.facilitator}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const start = (scenarioId: string, body: Record<string, unknown>, key?: string) => post(`/api/classes/${klass.classId}/scenarios/${scenarioId}/runs`, body, key);
  const clock = (body: Record<string, unknown>) => api.post(`/api/classes/${klass.classId}/clock`, body, { token: klass.facilitator });
  const runs = async () => (await api.get(`/api/classes/${klass.classId}/scenario-runs`, { token: klass.facilitator })).body as any[];
  const runOf = async (id: string) => (await runs()).find((run) => run.id === id);
  const orderState = async (orderId: string) => (await api.get(`/api/orders/${orderId}`, { token: klass.facilitator })).body.state as string;
  const ledger = async () => (await api.get(`/api/classes/${klass.classId}/ledger-check`, { token: klass.facilitator })).body;
  const settle = async () => {
    await booted.app.get(ScenarioRunner).settled();
    await booted.app.get(MissionsService).settled();
  };
  const missionOf = async (who: Member, id: string) =>
    ((await api.get('/api/missions/mine', { token: who.token })).body.missions as any[]).find((m) => m.id === id);

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    klass = await facilitatorClass(api, 'Rina');
    sriyati = await member(api, klass.joinCode, 'Sriyati');
    marni = await member(api, klass.joinCode, 'Marni');
    wati = await member(api, klass.joinCode, 'Wati');
    ani = await member(api, klass.joinCode, 'Ani');
    await postProduct(api, sriyati.token);
    await postProduct(api, marni.token, { title: 'Ikan Nila Segar 1 kg', category: 'ikan-air-tawar', price: 35_000, weightGrams: 1000, shelfLifeDays: 1 });
    await postProduct(api, wati.token, { title: 'Keripik Singkong Balado 250 g', category: 'olahan-singkong', price: 15_000, weightGrams: 250, shelfLifeDays: 30 });
    await postProduct(api, ani.token, { title: 'Tampah Bambu Anyaman', category: 'kerajinan-bambu', price: 45_000, weightGrams: 600 });
  }, 120_000);

  afterAll(() => booted.close());

  it('lists the six scenarios as data, each with its title and lesson keys', async () => {
    const res = await api.get(`/api/classes/${klass.classId}/scenarios`, { token: klass.facilitator });
    expect(res.body.map((s: any) => s.id)).toEqual(['unpaid_order', 'fake_transfer_proof', 'far_perishable', 'failed_delivery', 'buyer_cancellation', 'closed_bank_account']);
    for (const scenario of res.body) expect(scenario).toMatchObject({ titleKey: `scenarios.${scenario.id}.title` });
    expect(res.body[1].steps.map((s: any) => s.do)).toEqual(['placeOrder', 'sendChat', 'wait', 'sendChat']);
    expect((await api.get(`/api/classes/${klass.classId}/scenarios`, { token: sriyati.token })).status).toBe(403);
  });

  it('unpaid order: placed through the checkout, the buyer writes, and it expires on the class clock', async () => {
    const res = await start('unpaid_order', { participantId: sriyati.participantId });
    expect(res.status).toBe(201);
    const [run] = res.body;
    expect(run).toMatchObject({ status: 'finished', traineeName: 'Sriyati', orders: [{ role: 'unpaid', state: 'AWAITING_PAYMENT' }] });
    const orderId = run.orders[0].orderId;
    // The seller sees it as any order, and the buyer's message in her chat.
    const conversations = (await api.get('/api/chat/conversations', { token: sriyati.token })).body;
    expect(JSON.stringify(conversations)).toContain('Bu Rahma');
    expect((await clock({ action: 'jump', minutes: 25 * 60 })).status).toBe(200);
    expect(await eventually('the unpaid order expiring', async () => ((await orderState(orderId)) === 'CANCELLED' ? true : undefined), 20_000)).toBe(true);
    expect((await api.get(`/api/orders/${orderId}`, { token: klass.facilitator })).body.cancelReason).toBe('payment_expired');
  }, 90_000);

  it('fake transfer proof: the fraud drill fails for the trainee who tries to ship, passes for one who waits', async () => {
    const res = await start('fake_transfer_proof', { all: true });
    expect(res.status).toBe(201);
    expect(res.body.map((r: any) => r.traineeName)).toEqual(['Sriyati', 'Marni', 'Wati', 'Ani']);
    for (const run of res.body) expect(run).toMatchObject({ status: 'waiting', nextStep: 3, orders: [{ role: 'fraud_drill', state: 'AWAITING_PAYMENT' }] });
    const sriRun = res.body.find((r: any) => r.participantId === sriyati.participantId);
    const watiRun = res.body.find((r: any) => r.participantId === wati.participantId);

    // The "bukti transfer" picture is in Sriyati's chat; her order is still unpaid. She tries to ship anyway.
    const conversations = (await api.get('/api/chat/conversations', { token: sriyati.token })).body;
    expect(JSON.stringify(conversations)).toMatch(/image|transfer/i);
    const fraudOrder = sriRun.orders[0].orderId;
    const ship = await api.post(`/api/orders/${fraudOrder}/ship`, { dropPointId: 'jne-pringsewu-ahmad-yani' }, { token: sriyati.token });
    expect(ship.status).toBe(409);
    expect(ship.body.code).toBe('NOT_PAID');
    await settle();
    expect(await missionOf(sriyati, 'fraud_drill')).toMatchObject({ state: 'failed', missing: { key: 'missions.missing.fraudDrillShipped' } });
    expect(await missionOf(wati, 'fraud_drill')).toMatchObject({ state: 'todo', missing: { key: 'missions.missing.fraudDrillWaiting' } });

    // The buyer's pressing message comes 30 sim minutes later; a day later the unpaid orders expire.
    await clock({ action: 'jump', minutes: 60 });
    await eventually('the runs going on after their wait', async () => ((await runOf(watiRun.id)).status === 'finished' ? true : undefined), 20_000);
    await clock({ action: 'jump', minutes: 24 * 60 });
    await eventually('the drill orders expiring', async () => ((await orderState(watiRun.orders[0].orderId)) === 'CANCELLED' ? true : undefined), 20_000);
    await eventually('Wati passing the drill', async () => ((await missionOf(wati, 'fraud_drill')).state === 'done' ? true : undefined), 20_000);
    expect((await missionOf(sriyati, 'fraud_drill')).state).toBe('failed');
    const grid = (await api.get(`/api/classes/${klass.classId}/console/grid`, { token: klass.facilitator })).body;
    expect(grid.missions.find((m: any) => m.id === 'fraud_drill')).toMatchObject({ failedCount: 1 });
    expect(grid.missions.find((m: any) => m.id === 'fraud_drill').doneCount).toBeGreaterThanOrEqual(1);
  }, 90_000);

  it('far-away buyer for a perishable product: the checkout says why no courier can take it', async () => {
    const res = await start('far_perishable', { participantId: marni.participantId });
    const [run] = res.body;
    expect(run.status).toBe('finished');
    expect(run.outcome[0]).toMatchObject({ do: 'quote', options: 0, destinationRegencyCode: '91.71', noOptionReason: expect.any(String), noOptionMessage: expect.any(String) });
    // A trainee without a perishable product cannot be the target: the run says so with a code.
    const none = (await start('far_perishable', { participantId: ani.participantId })).body;
    expect(none[0]).toMatchObject({ status: 'failed', errorCode: 'NO_PERISHABLE_PRODUCT' });
    // For all: only the trainees with a perishable product (Marni's nila, Wati's keripik), in joining order.
    const all = await start('far_perishable', { all: true });
    expect(all.status).toBe(201);
    expect(all.body.map((r: any) => r.traineeName)).toEqual(['Marni', 'Wati']);
  });

  it('failed delivery: paid through the simulator, shipped by the trainee, returned on a fast clock', async () => {
    const [run] = (await start('failed_delivery', { participantId: wati.participantId })).body;
    expect(run).toMatchObject({ status: 'finished', orders: [{ role: 'failed_delivery', state: 'PAID' }] });
    const orderId = run.orders[0].orderId;
    const points = (await api.get(`/api/orders/${orderId}/drop-points`, { token: wati.token })).body;
    const shipped = await api.post(`/api/orders/${orderId}/ship`, { dropPointId: points[0].id }, { token: wati.token });
    expect(shipped.status).toBe(200);
    expect(shipped.body.state).toBe('SHIPPED');
    // A fast clock: 600× plus a day's jump at a time, until the courier has given up and brought it back.
    await clock({ action: 'speed', speed: 600 });
    const returned = await eventually(
      'the parcel coming back',
      async () => {
        const state = await orderState(orderId);
        if (state === 'RETURNED') return state;
        await clock({ action: 'jump', minutes: 24 * 60 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        return undefined;
      },
      45_000,
    );
    expect(returned).toBe('RETURNED');
    await clock({ action: 'speed', speed: 1 });
  }, 90_000);

  it('buyer cancellation: the buyer writes after half an hour and cancels before paying', async () => {
    const [run] = (await start('buyer_cancellation', { participantId: sriyati.participantId })).body;
    expect(run.status).toBe('waiting');
    await clock({ action: 'jump', minutes: 60 });
    const done = await eventually('the run ending', async () => {
      const current = await runOf(run.id);
      return current.status === 'finished' || current.status === 'failed' ? current : undefined;
    }, 20_000);
    expect(done).toMatchObject({ status: 'finished', orders: [{ role: 'buyer_cancel', state: 'CANCELLED' }] });
    expect((await api.get(`/api/orders/${done.orders[0].orderId}`, { token: klass.facilitator })).body.cancelReason).toBe('buyer_cancelled');
  }, 90_000);

  it('closed bank account: a sale completes, the bank closes the account, the payout fails and the money returns', async () => {
    const without = (await start('closed_bank_account', { participantId: ani.participantId })).body;
    expect(without[0]).toMatchObject({ status: 'failed', errorCode: 'NO_BANK_ACCOUNT' });
    // For all, only trainees with an open bank account: none yet.
    expect((await start('closed_bank_account', { all: true })).body.code).toBe('NO_TARGETS');

    // A paid demo order, shipped on time by Ani, delivered and completed on a fast clock: her saldo fills.
    const demo = await post(`/api/classes/${klass.classId}/demo-orders`, { participantId: ani.participantId, payNow: true });
    const orderId = demo.body.results[0].orderId as string;
    expect(demo.body.results[0].state).toBe('PAID');
    const points = (await api.get(`/api/orders/${orderId}/drop-points`, { token: ani.token })).body;
    expect((await api.post(`/api/orders/${orderId}/ship`, { dropPointId: points[0].id }, { token: ani.token })).body.state).toBe('SHIPPED');
    await eventually(
      'the order completing by itself after delivery',
      async () => {
        if ((await orderState(orderId)) === 'COMPLETED') return true;
        await clock({ action: 'jump', minutes: 24 * 60 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        return undefined;
      },
      45_000,
    );
    const saldo = async () => (await api.get('/api/wallet', { token: ani.token })).body.balance.available as number;
    const available = await eventually('the saldo credited', async () => ((await saldo()) > 0 ? saldo() : undefined));
    await settle();
    expect(await missionOf(ani, 'shipped_on_time')).toMatchObject({ state: 'done' });
    expect(await missionOf(ani, 'order_completed')).toMatchObject({ state: 'done' });
    expect(await missionOf(ani, 'withdrawal')).toMatchObject({ state: 'todo', missing: { key: 'missions.missing.bankAccountFirst' } });

    const check = await api.post('/api/wallet/bank-account/check', { bankCode: 'bca', accountNumber: '1234567890', holderName: 'Ani' }, { token: ani.token });
    expect(check.status).toBe(200);
    const registered = await api.put(
      '/api/wallet/bank-account',
      { bankCode: 'bca', accountNumber: '1234567890', holderName: 'Ani', confirmedHolderName: check.body.bankHolderName, confirmOwn: true },
      { token: ani.token },
    );
    expect(registered.status).toBe(200);
    const started = (await start('closed_bank_account', { all: true })).body;
    expect(started.map((r: any) => r.participantId)).toEqual([ani.participantId]);
    expect(started[0]).toMatchObject({ status: 'finished', outcome: [{ do: 'closeBankAccount', shopId: ani.shop!.id, closedAt: expect.any(String) }] });
    // Closed by the bank: no longer a target.
    expect((await start('closed_bank_account', { all: true })).body.code).toBe('NO_TARGETS');

    // Ani withdraws: the bank refuses the closed account at payout time, and the money (fee too) comes back.
    const withdrawal = await fetch(`${booted.baseUrl}/api/wallet/withdrawals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ani.token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ amount: 20_000 }),
    });
    expect(withdrawal.status).toBe(201);
    await settle();
    expect(await missionOf(ani, 'withdrawal')).toMatchObject({ state: 'todo', missing: { key: 'missions.missing.withdrawalProcessing' } });
    await clock({ action: 'jump', minutes: 25 * 60 });
    const failed = await eventually('the payout failing', async () => {
      const list = (await api.get('/api/wallet/withdrawals', { token: ani.token })).body as any[];
      return list[0]?.status === 'failed' ? list[0] : undefined;
    }, 20_000);
    expect(failed.failureCode).toBe('ACCOUNT_CLOSED');
    expect(await saldo()).toBe(available);
    await settle();
    expect(await missionOf(ani, 'withdrawal')).toMatchObject({ state: 'todo', missing: { key: 'missions.missing.withdrawalFailed' } });
    expect(await missionOf(ani, 'bank_account')).toMatchObject({ state: 'done' });
  }, 90_000);

  it('starts nothing new for the same Idempotency-Key, and needs a target', async () => {
    const key = randomUUID();
    const first = (await start('unpaid_order', { participantId: marni.participantId }, key)).body;
    const again = (await start('unpaid_order', { participantId: marni.participantId }, key)).body;
    expect(again.map((r: any) => r.id)).toEqual(first.map((r: any) => r.id));
    expect(again[0].orders.map((o: any) => o.orderId)).toEqual(first[0].orders.map((o: any) => o.orderId));
    expect((await start('unpaid_order', {})).body.code).toBe('TARGET_REQUIRED');
    expect((await start('no_such_scenario', { all: true })).body.code).toBe('SCENARIO_NOT_FOUND');
  });

  it('leaves a consistent ledger after every scenario', async () => {
    await settle();
    const check = await ledger();
    expect(check).toMatchObject({ ok: true, totalSum: 0, unbalancedEntries: [], negativeBalances: [], orderMismatches: [] });
  });

  it('names the shop of every scenario line in the report timeline', async () => {
    const report = (await api.get(`/api/classes/${klass.classId}/report`, { token: klass.facilitator })).body;
    const started = report.timeline.filter((item: any) => item.type === 'scenario.started');
    expect(started.length).toBeGreaterThan(0);
    const shops = new Set((await api.get(`/api/classes/${klass.classId}/participants`, { token: klass.facilitator })).body.map((p: any) => p.shopName));
    for (const item of started) {
      expect(item.text.params.shop).toMatch(/\S/);
      expect(shops.has(item.text.params.shop)).toBe(true);
    }
  });
});
