import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, freshIp } from '../../test/api-client.js';
import { eventually, type EventMessage, facilitatorClass, listen, type Member, member, orderBody, placeOrder, postProduct } from '../../test/orders-fixtures.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { OrdersRepository } from './orders.repository.js';

const DAY_MINUTES = 24 * 60;
const DAY_MS = 24 * 60 * 60 * 1000;

interface World {
  facilitator: string;
  classId: string;
  seller: Member;
  buyer: Member;
  product: { id: string };
}

/**
 * Fulfilment on real PostgreSQL and the real class clock: drop point and resi, the label, the refusal to ship an
 * unpaid order, the ship-by deadline, tracking on "+1 hari" jumps to DELIVERED (or back to the seller after a failed
 * delivery), "Pesanan Diterima", the auto-complete, Cek Resi and reviews. Each scenario has its own class, because a
 * clock jump moves every order of a class.
 */
describe('fulfilment', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  const sockets: Socket[] = [];

  const world = async (name: string): Promise<World> => {
    const cls = await facilitatorClass(api, name);
    const [seller, buyer] = await Promise.all([member(api, cls.joinCode, `Penjual ${name}`), member(api, cls.joinCode, `Pembeli ${name}`, 'buyer')]);
    const product = await postProduct(api, seller.token);
    return { facilitator: cls.facilitator, classId: cls.classId, seller, buyer, product };
  };
  const place = async (w: World, changes: Record<string, unknown> = {}, quantity = 1) => {
    const res = await placeOrder(booted.baseUrl, w.buyer.token, orderBody(w.product.id, w.seller.shop!.id, changes, quantity));
    if (res.status !== 201) throw new Error(`place failed: ${res.status} ${res.text}`);
    return res.body.orders[0] as { id: string; total: number; invoiceNumber: string };
  };
  const paidOrder = async (w: World, quantity = 1) => {
    const order = await place(w, {}, quantity);
    const paid = await api.post(`/api/classes/${w.classId}/orders/${order.id}/pay-now`, undefined, { token: w.facilitator });
    if (paid.status !== 200) throw new Error(`pay-now failed: ${paid.status} ${paid.text}`);
    return order;
  };
  const getOrder = async (token: string, orderId: string) => (await api.get(`/api/orders/${orderId}`, { token })).body;
  const jump = async (w: World, minutes: number) => {
    const res = await api.post(`/api/classes/${w.classId}/clock`, { action: 'jump', minutes }, { token: w.facilitator });
    if (res.status !== 200) throw new Error(`jump failed: ${res.status} ${res.text}`);
  };
  const stateBecomes = (token: string, orderId: string, state: string, timeoutMs = 20_000) =>
    eventually(`order ${orderId} → ${state}`, async () => {
      const order = await getOrder(token, orderId);
      return order.state === state ? order : undefined;
    }, timeoutMs);
  const firstDropPoint = async (w: World, orderId: string) => (await api.get(`/api/orders/${orderId}/drop-points`, { token: w.seller.token })).body[0].id as string;
  const shipNow = async (w: World, orderId: string) => {
    const res = await api.post(`/api/orders/${orderId}/ship`, { dropPointId: await firstDropPoint(w, orderId) }, { token: w.seller.token });
    if (res.status !== 200) throw new Error(`ship failed: ${res.status} ${res.text}`);
    return res.body;
  };
  const stockOf = async (w: World) =>
    ((await api.get('/api/shops/mine/products', { token: w.seller.token })).body as { id: string; stock: number }[]).find((p) => p.id === w.product.id)!.stock;
  const activities = async (type: string, orderId: string) =>
    (await db.query(`SELECT actor_id, payload FROM activity WHERE type = $1 AND payload->>'orderId' = $2 ORDER BY id`, [type, orderId])) as {
      actor_id: string | null;
      payload: Record<string, any>;
    }[];
  const listenAs = async (token: string): Promise<EventMessage[]> => {
    const { socket, events } = await listen(booted.baseUrl, token);
    sockets.push(socket);
    return events;
  };

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    db = await new DataSource(dataSourceOptions(booted.database.url, 2)).initialize();
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await db.destroy();
    await booted.close();
  });

  describe('the happy path: drop point, label, hand-over, tracking, Pesanan Diterima, review', () => {
    let w: World;
    let orderId: string;
    let resi: string;
    let buyerEvents: EventMessage[];

    beforeAll(async () => {
      w = await world('Sriyati');
      orderId = (await paidOrder(w, 2)).id;
      buyerEvents = await listenAs(w.buyer.token);
    });

    it('lists the courier’s drop points near the shop to the seller only', async () => {
      const res = await api.get(`/api/orders/${orderId}/drop-points`, { token: w.seller.token });
      expect(res.status).toBe(200);
      expect(res.body.map((p: any) => p.id)).toEqual(['jne-pringsewu-ahmad-yani', 'jne-pringsewu-ambarawa']);
      expect(res.body[0]).toMatchObject({ courier: 'JNE', kind: 'counter', name: 'JNE Agen Pringsewu Ahmad Yani' });
      expect((await api.get(`/api/orders/${orderId}/drop-points`, { token: w.buyer.token })).body.code).toBe('NOT_ALLOWED');
      const outsider = await world('Luar');
      expect((await api.get(`/api/orders/${orderId}/drop-points`, { token: outsider.seller.token })).status).toBe(404);
    });

    it('has no label before the shipment is arranged', async () => {
      const res = await api.get(`/api/orders/${orderId}/label`, { token: w.seller.token });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SHIPMENT_NOT_ARRANGED');
    });

    it('arranges the shipment: a JNE resi, once, however often the seller taps', async () => {
      const unknown = await api.post(`/api/orders/${orderId}/shipment`, { dropPointId: 'jnt-pringsewu-pasar' }, { token: w.seller.token });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('UNKNOWN_DROP_POINT');
      const [a, b] = await Promise.all([
        api.post(`/api/orders/${orderId}/shipment`, { dropPointId: 'jne-pringsewu-ahmad-yani' }, { token: w.seller.token }),
        api.post(`/api/orders/${orderId}/shipment`, { dropPointId: 'jne-pringsewu-ahmad-yani' }, { token: w.seller.token }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body.state).toBe('PAID');
      resi = a.body.shipment.resi;
      expect(resi).toMatch(/^01\d{14}$/);
      expect(b.body.shipment.resi).toBe(resi);
      const moved = await api.post(`/api/orders/${orderId}/shipment`, { dropPointId: 'jne-pringsewu-ambarawa' }, { token: w.seller.token });
      expect(moved.body.shipment).toMatchObject({ resi, dropPoint: { id: 'jne-pringsewu-ambarawa' }, shippedAt: null, tracking: [] });
      expect((await db.query(`SELECT count(*)::int AS n FROM shipment WHERE order_id = $1`, [orderId]))[0].n).toBe(1);
    });

    it('prints a label with the resi, the courier, the sender and the recipient with a masked phone', async () => {
      const res = await api.get(`/api/orders/${orderId}/label`, { token: w.seller.token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        resi,
        courier: { code: 'jne-reg', courier: 'JNE', service: 'REG', name: 'JNE Reguler' },
        sender: { name: 'Toko Penjual Sriyati', regencyLabel: 'Kab. Pringsewu', phone: null },
        recipient: { name: 'Bu Rahma', phone: '0812****7890', street: 'Jl. Raya Ambarawa No. 12, RT 02 RW 01', regencyLabel: 'Kota Bandar Lampung', provinceName: 'Lampung' },
        weightKg: 2,
        weightGrams: 2000,
        itemCount: 2,
        cod: false,
        codAmount: null,
        dropPoint: { id: 'jne-pringsewu-ambarawa' },
      });
      expect(res.text).not.toContain('081234567890');
      expect((await api.get(`/api/orders/${orderId}/label`, { token: w.buyer.token })).body.code).toBe('NOT_ALLOWED');
      expect((await api.get(`/api/orders/${orderId}/label`, { token: w.facilitator })).status).toBe(200);
    });

    it('hands over at the drop point: SHIPPED once for a double tap, the first step recorded, the ship-by deadline cancelled', async () => {
      const [a, b] = await Promise.all([
        api.post(`/api/orders/${orderId}/ship`, {}, { token: w.seller.token }),
        api.post(`/api/orders/${orderId}/ship`, {}, { token: w.seller.token }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      const order = await getOrder(w.seller.token, orderId);
      expect(order).toMatchObject({ state: 'SHIPPED', shipment: { resi, tracking: [{ step: 'dropped_off', city: 'Pringsewu', receiver: null }] } });
      expect(order.history.filter((h: any) => h.to === 'SHIPPED')).toEqual([expect.objectContaining({ from: 'PAID', actor: 'seller' })]);
      // The seller's "Dikirim" tab shows the resi on the order card.
      const listed = (await api.get('/api/shops/mine/orders?tab=dikirim', { token: w.seller.token })).body.items;
      expect(listed).toEqual([expect.objectContaining({ id: orderId, resi })]);
      expect(await activities('order.shipped', orderId)).toEqual([
        {
          actor_id: w.seller.participantId,
          payload: expect.objectContaining({ resi, courierCode: 'jne-reg', dropPointId: 'jne-pringsewu-ambarawa', onTime: true, state: 'SHIPPED', shopId: w.seller.shop!.id }),
        },
      ]);
      const [deadline] = await db.query(`SELECT status FROM scheduled_task WHERE dedupe_key = $1`, [`order.ship_deadline:${orderId}`]);
      expect(deadline.status).toBe('cancelled');
      const heard = await eventually('order.shipped on the buyer’s phone', () => buyerEvents.find((e) => e.type === 'order.shipped'));
      expect(heard.payload).toMatchObject({ orderId, resi });
    });

    it('moves along its tracking script on the class clock to DELIVERED, live, within the ETD', async () => {
      await jump(w, 3 * DAY_MINUTES + 1);
      const order = await stateBecomes(w.buyer.token, orderId, 'DELIVERED');
      const steps = order.shipment.tracking;
      expect(steps.map((s: any) => s.step)).toEqual(['dropped_off', 'origin_hub', 'in_transit', 'destination_hub', 'out_for_delivery', 'delivered']);
      expect(steps.map((s: any) => s.city)).toEqual(['Pringsewu', 'Pringsewu', 'Pringsewu', 'Kota Bandar Lampung', 'Kota Bandar Lampung', 'Kota Bandar Lampung']);
      expect(steps.at(-1).receiver).toBe('YBS');
      const took = new Date(steps.at(-1).at).getTime() - new Date(order.shipment.shippedAt).getTime();
      expect(took).toBeGreaterThanOrEqual(2 * DAY_MS);
      expect(took).toBeLessThanOrEqual(3 * DAY_MS);
      expect(order.deliveredAt).toBe(steps.at(-1).at);
      expect(new Date(order.autoCompleteAt).getTime() - new Date(order.deliveredAt).getTime()).toBe(3 * DAY_MS);
      expect(order.history.at(-1)).toMatchObject({ from: 'SHIPPED', to: 'DELIVERED', actor: 'courier' });
      // The parcel has one task, and the jump made its whole journey due at once: it ran once and recorded every step
      // (issue 15, load held: one transaction per step, each waiting for the order's lock, kept parcels SHIPPED for
      // minutes with 30 classes jumping; then one wake-up per step still queued: `npm run bench -- --jump`).
      const stepTasks = await db.query(`SELECT status, attempts, dedupe_key FROM scheduled_task WHERE kind = 'shipping.tracking_step' AND payload->>'orderId' = $1`, [orderId]);
      expect(stepTasks).toEqual([{ status: 'done', attempts: 1, dedupe_key: `shipping.tracking_step:${orderId}` }]);
      await eventually('every step on the buyer’s phone', () => (buyerEvents.filter((e) => e.type === 'order.tracking').length === 6 ? true : undefined));
      const delivered = await eventually('order.delivered', () => buyerEvents.find((e) => e.type === 'order.delivered'));
      expect(delivered.payload).toMatchObject({ orderId, receiver: 'YBS', cod: false, state: 'DELIVERED' });
    });

    it('shows anyone the parcel by its resi on Cek Resi: cities and the courier, never a name, address or phone', async () => {
      const res = await api.get(`/api/tracking/${resi.slice(0, 4)} ${resi.slice(4)}`, { ip: freshIp() });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ resi, courier: { name: 'JNE Reguler' }, status: 'delivered', originCity: 'Pringsewu', destinationCity: 'Kota Bandar Lampung' });
      expect(res.body.steps).toHaveLength(6);
      for (const secret of ['Rahma', '0812', 'Jl. Raya', 'Sriyati', 'Ambarawa', w.buyer.participantId, orderId]) expect(res.text).not.toContain(secret);
      expect((await api.get('/api/tracking/JP0000000000', { ip: freshIp() })).body.code).toBe('RESI_NOT_FOUND');
      expect((await api.get('/api/tracking/x', { ip: freshIp() })).body.code).toBe('INVALID_RESI');
    });

    it('rate-limits Cek Resi per address', async () => {
      const ip = freshIp();
      const codes: number[] = [];
      // 60 a fixed 10-minute window. A window may end inside the burst (a pair run's burst crossed 16:30:00), so ask
      // until refused, for at most two windows' worth: the first 60 are answered, and a refusal comes.
      while (codes.length < 122 && !codes.includes(429)) codes.push((await api.get(`/api/tracking/JP${String(codes.length).padStart(10, '0')}`, { ip })).status);
      expect(codes.slice(0, 60).filter((code) => code !== 404)).toEqual([]);
      expect(codes).toContain(429);
      expect(codes.filter((code) => code !== 404 && code !== 429)).toEqual([]);
    });

    it('refuses a review before the order is completed', async () => {
      const res = await api.post(`/api/orders/${orderId}/reviews`, { productId: w.product.id, rating: 5, text: 'Mantap sekali' }, { token: w.buyer.token });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('REVIEW_NOT_YET');
    });

    it('completes on "Pesanan Diterima" by the buyer only, once', async () => {
      expect((await api.post(`/api/orders/${orderId}/received`, undefined, { token: w.seller.token })).body.code).toBe('NOT_ALLOWED');
      const [a, b] = await Promise.all([
        api.post(`/api/orders/${orderId}/received`, undefined, { token: w.buyer.token }),
        api.post(`/api/orders/${orderId}/received`, undefined, { token: w.buyer.token }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body).toMatchObject({ state: 'COMPLETED' });
      expect(a.body.history.at(-1)).toMatchObject({ from: 'DELIVERED', to: 'COMPLETED', actor: 'buyer' });
      const completed = await activities('order.completed', orderId);
      expect(completed).toEqual([{ actor_id: w.buyer.participantId, payload: expect.objectContaining({ by: 'buyer', state: 'COMPLETED', orderId }) }]);
      const [task] = await db.query(`SELECT status FROM scheduled_task WHERE dedupe_key = $1`, [`order.auto_complete:${orderId}`]);
      expect(task.status).toBe('cancelled');
    });

    it('takes one review per product of the completed order, from its buyer, and shows it on the product page', async () => {
      const path = `/api/orders/${orderId}/reviews`;
      expect((await api.post(path, { productId: w.product.id, rating: 6, text: 'Mantap' }, { token: w.buyer.token })).status).toBe(400);
      expect((await api.post(path, { productId: w.product.id, rating: 5, text: '  ' }, { token: w.buyer.token })).body.code).toBe('REVIEW_TEXT_TOO_SHORT');
      expect((await api.post(path, { productId: w.product.id, rating: 5, text: 'Mantap' }, { token: w.seller.token })).body.code).toBe('NOT_ALLOWED');
      const other = await postProduct(api, w.seller.token, { title: 'Anyaman Bambu Pringsewu' });
      expect((await api.post(path, { productId: other.id, rating: 5, text: 'Mantap' }, { token: w.buyer.token })).body.code).toBe('PRODUCT_NOT_IN_ORDER');
      const created = await api.post(path, { productId: w.product.id, rating: 4, text: 'Gula arennya wangi,\n dibungkus rapi.' }, { token: w.buyer.token });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ productId: w.product.id, orderId, rating: 4, text: 'Gula arennya wangi, dibungkus rapi.', buyerName: 'Pembeli Sriyati' });
      expect((await api.post(path, { productId: w.product.id, rating: 5, text: 'Sekali lagi' }, { token: w.buyer.token })).body.code).toBe('ALREADY_REVIEWED');
      expect(await activities('review.created', orderId)).toEqual([{ actor_id: w.buyer.participantId, payload: expect.objectContaining({ productId: w.product.id, orderId, rating: 4 }) }]);

      const page = await api.get(`/api/classes/${w.classId}/products/${w.product.id}/reviews`, { token: w.seller.token });
      expect(page.body).toMatchObject({ average: 4, count: 1, items: [{ rating: 4, buyerName: 'Pembeli Sriyati' }] });
      const outsider = await world('Tetangga');
      expect((await api.get(`/api/classes/${w.classId}/products/${w.product.id}/reviews`, { token: outsider.buyer.token })).status).toBe(404);
      expect((await api.get(path, { token: w.seller.token })).body).toHaveLength(1);
    });
  });

  describe('an unpaid order', () => {
    it('is never shipped: NOT_PAID teaches why, and the refusal is recorded for the fraud drill', async () => {
      const w = await world('Marni');
      const order = await place(w);
      const dropPointId = await firstDropPoint(w, order.id);
      const shipped = await api.post(`/api/orders/${order.id}/ship`, { dropPointId }, { token: w.seller.token });
      expect(shipped.status).toBe(409);
      expect(shipped.body).toMatchObject({ code: 'NOT_PAID', message: expect.stringContaining('not paid') });
      const arranged = await api.post(`/api/orders/${order.id}/shipment`, { dropPointId }, { token: w.seller.token });
      expect(arranged.body.code).toBe('NOT_PAID');
      const refusals = await activities('order.ship_refused', order.id);
      expect(refusals).toEqual([
        { actor_id: w.seller.participantId, payload: expect.objectContaining({ code: 'NOT_PAID', state: 'AWAITING_PAYMENT', orderId: order.id }) },
        { actor_id: w.seller.participantId, payload: expect.objectContaining({ code: 'NOT_PAID' }) },
      ]);
      const after = await getOrder(w.seller.token, order.id);
      expect(after).toMatchObject({ state: 'AWAITING_PAYMENT', shipment: null });
    });
  });

  describe('a state change and its history, one statement (OrdersRepository.moveState)', () => {
    it('writes both; entering a state twice fails the statement and changes neither', async () => {
      const w = await world('Tarsih');
      const order = await paidOrder(w);
      const read = async () =>
        (await db.query(
          `SELECT o.state, o.state_changed_at, (SELECT count(*)::int FROM order_history h WHERE h.order_id = o.id) AS entries FROM orders o WHERE o.id = $1`,
          [order.id],
        )) as { state: string; state_changed_at: Date; entries: number }[];
      const [paid] = await read();
      expect(paid).toMatchObject({ state: 'PAID', entries: 2 });
      const later = new Date(paid!.state_changed_at.getTime() + 60_000);
      const repository = new OrdersRepository();
      // Outside any transaction: only a single statement leaves the row as it was when the history entry fails.
      await expect(
        repository.moveState(db.manager, order.id, { state: 'PAID', at: later }, { from: 'PAID', actor: 'payment', actorId: null, reason: null, note: null }),
      ).rejects.toMatchObject({ driverError: { code: '23505' } });
      expect((await read())[0]).toEqual(paid);
      await db.transaction((manager) =>
        repository.moveState(manager, order.id, { state: 'CANCELLED', at: later, cancelReason: 'ship_deadline_missed', cancelNote: null }, { from: 'PAID', actor: 'system', actorId: null, reason: 'ship_deadline_missed', note: null }),
      );
      expect((await read())[0]).toEqual({ state: 'CANCELLED', state_changed_at: later, entries: 3 });
      const [entry] = await db.query(`SELECT from_state, to_state, actor, reason, sim_time FROM order_history WHERE order_id = $1 AND to_state = 'CANCELLED'`, [order.id]);
      expect(entry).toEqual({ from_state: 'PAID', to_state: 'CANCELLED', actor: 'system', reason: 'ship_deadline_missed', sim_time: later });
    });
  });

  describe('the ship-by deadline', () => {
    it('cancels a paid order nobody shipped, with a refund owed, and then refuses to ship it', async () => {
      const w = await world('Wati');
      const order = await paidOrder(w);
      const stock = await stockOf(w);
      await jump(w, 2 * DAY_MINUTES + 1);
      const cancelled = await stateBecomes(w.seller.token, order.id, 'CANCELLED');
      expect(cancelled).toMatchObject({ cancelReason: 'ship_deadline_missed' });
      expect(cancelled.history.at(-1)).toMatchObject({ from: 'PAID', to: 'CANCELLED', actor: 'system' });
      const [event] = await activities('order.cancelled', order.id);
      expect(event!.payload).toMatchObject({ from: 'PAID', reason: 'ship_deadline_missed', refundDue: true });
      expect(await stockOf(w)).toBe(stock + 1);
      const late = await api.post(`/api/orders/${order.id}/ship`, { dropPointId: await firstDropPoint(w, order.id) }, { token: w.seller.token });
      expect(late.body.code).toBe('INVALID_TRANSITION');
    });
  });

  describe('the parcel’s one tracking task', () => {
    const trackingTasks = (orderId: string): Promise<{ status: string; payload: { step: string; parcel?: boolean }; dedupe_key: string }[]> =>
      db.query(`SELECT status, payload, dedupe_key FROM scheduled_task WHERE kind = 'shipping.tracking_step' AND payload->>'orderId' = $1 ORDER BY created_at`, [
        orderId,
      ]);

    it('carries the parcel step by step: a shorter jump records the steps due by then and waits for the next one', async () => {
      const w = await world('Rini');
      const order = await paidOrder(w);
      await shipNow(w, order.id);
      expect(await trackingTasks(order.id)).toEqual([
        { status: 'pending', payload: { orderId: order.id, step: 'origin_hub', parcel: true }, dedupe_key: `shipping.tracking_step:${order.id}` },
      ]);
      await jump(w, DAY_MINUTES);
      const partway = await eventually('the steps of the first day recorded', async () => {
        const seen = await getOrder(w.buyer.token, order.id);
        return seen.shipment.tracking.length > 1 ? seen : undefined;
      }, 20_000);
      expect(partway.state).toBe('SHIPPED');
      const recorded: string[] = partway.shipment.tracking.map((s: { step: string }) => s.step);
      const journey = ['dropped_off', 'origin_hub', 'in_transit', 'destination_hub', 'out_for_delivery', 'delivered'];
      expect(recorded).toEqual(journey.slice(0, recorded.length));
      expect(recorded.length).toBeLessThan(journey.length);
      // The same task, pending again at the first step still to come.
      const [task] = await eventually('the task pending at the next step', async () => {
        const tasks = await trackingTasks(order.id);
        return tasks[0]?.status === 'pending' && tasks[0].payload.step !== 'origin_hub' ? tasks : undefined;
      }, 20_000);
      expect(task!.payload).toEqual({ orderId: order.id, step: journey[recorded.length], parcel: true });
      await jump(w, 3 * DAY_MINUTES);
      const delivered = await stateBecomes(w.buyer.token, order.id, 'DELIVERED');
      expect(delivered.shipment.tracking.map((s: { step: string }) => s.step)).toEqual(journey);
      expect((await trackingTasks(order.id)).map((t) => t.status)).toEqual(['done']);
    });

    it('still delivers a parcel handed over before it, with a task for each step', async () => {
      const w = await world('Tuti');
      const order = await paidOrder(w);
      await shipNow(w, order.id);
      // As a parcel shipped by the release before: no parcel task, one pending task per step still to come.
      await db.query(`UPDATE scheduled_task SET status = 'cancelled', done_at = now() WHERE dedupe_key = $1`, [`shipping.tracking_step:${order.id}`]);
      const steps = ['origin_hub', 'in_transit', 'destination_hub', 'out_for_delivery', 'delivered'];
      await db.query(
        `INSERT INTO scheduled_task (class_id, kind, payload, due_sim, dedupe_key)
         SELECT $1, 'shipping.tracking_step', jsonb_build_object('orderId', $2::text, 'step', step),
                (SELECT shipped_at FROM shipment WHERE order_id = $2::uuid) + make_interval(hours => 12 * n::int),
                'shipping.tracking_step:' || $2 || ':' || step
           FROM unnest($3::text[]) WITH ORDINALITY AS s(step, n)`,
        [w.classId, order.id, steps],
      );
      await jump(w, 3 * DAY_MINUTES + 1);
      const delivered = await stateBecomes(w.buyer.token, order.id, 'DELIVERED');
      expect(delivered.shipment.tracking.map((s: { step: string }) => s.step)).toEqual(['dropped_off', ...steps]);
      const tasks = await trackingTasks(order.id);
      expect(tasks.filter((t) => t.status === 'done').map((t) => t.payload.step).sort()).toEqual([...steps].sort());
    });
  });

  describe('auto-complete', () => {
    it('completes a delivered order by itself N simulated days after delivery', async () => {
      const w = await world('Siti');
      const order = await paidOrder(w);
      await shipNow(w, order.id);
      await jump(w, 3 * DAY_MINUTES + 1);
      const delivered = await stateBecomes(w.buyer.token, order.id, 'DELIVERED');
      expect(delivered.state).toBe('DELIVERED');
      const before = await activities('order.completed', order.id);
      expect(before).toEqual([]);
      await jump(w, 3 * DAY_MINUTES);
      const completed = await stateBecomes(w.buyer.token, order.id, 'COMPLETED');
      expect(completed.history.at(-1)).toMatchObject({ from: 'DELIVERED', to: 'COMPLETED', actor: 'system' });
      const [event] = await activities('order.completed', order.id);
      expect(event).toEqual({ actor_id: null, payload: expect.objectContaining({ by: 'system', state: 'COMPLETED' }) });
      expect(new Date(completed.completedAt).getTime()).toBeGreaterThanOrEqual(new Date(delivered.autoCompleteAt).getTime());
    });
  });

  describe('the failed-delivery scenario', () => {
    it('is for the class’s facilitators only', async () => {
      const w = await world('Ani');
      const other = await world('Budi');
      const order = await paidOrder(w);
      const path = `/api/classes/${w.classId}/orders/${order.id}/failed-delivery`;
      expect((await api.post(path, undefined, { token: w.seller.token })).status).toBe(403);
      expect((await api.post(path, undefined, { token: other.facilitator })).status).toBe(404);
      expect((await api.post(`/api/classes/${other.classId}/orders/${order.id}/failed-delivery`, undefined, { token: other.facilitator })).status).toBe(404);
    });

    it('turns a shipped parcel back: address not found, returned to the seller, RETURNED with the stock back and a refund owed', async () => {
      const w = await world('Yuni');
      const order = await paidOrder(w, 3);
      const stock = await stockOf(w);
      const shipped = await shipNow(w, order.id);
      const events = await listenAs(w.seller.token);
      const failed = await api.post(`/api/classes/${w.classId}/orders/${order.id}/failed-delivery`, undefined, { token: w.facilitator });
      expect(failed.status).toBe(200);
      expect(failed.body).toEqual({ orderId: order.id, state: 'SHIPPED', rescheduled: true });
      expect((await api.post(`/api/classes/${w.classId}/orders/${order.id}/failed-delivery`, undefined, { token: w.facilitator })).body.rescheduled).toBe(false);
      await jump(w, 6 * DAY_MINUTES);
      const returned = await stateBecomes(w.seller.token, order.id, 'RETURNED');
      expect(returned.shipment.tracking.map((s: any) => s.step)).toEqual([
        'dropped_off',
        'origin_hub',
        'in_transit',
        'destination_hub',
        'out_for_delivery',
        'delivery_failed',
        'returning',
        'returned',
      ]);
      expect(returned.history.at(-1)).toMatchObject({ from: 'SHIPPED', to: 'RETURNED', actor: 'system' });
      expect(await stockOf(w)).toBe(stock + 3);
      const [event] = await activities('order.returned', order.id);
      expect(event!.payload).toMatchObject({ orderId: order.id, from: 'SHIPPED', state: 'RETURNED', refundDue: true, shopId: w.seller.shop!.id });
      expect(await activities('order.delivered', order.id)).toEqual([]);
      await eventually('order.returned on the seller’s phone', () => events.find((e) => e.type === 'order.returned'));
      const publicView = await api.get(`/api/tracking/${shipped.shipment.resi}`, { ip: freshIp() });
      expect(publicView.body.status).toBe('returned');
      expect((await api.post(`/api/classes/${w.classId}/orders/${order.id}/failed-delivery`, undefined, { token: w.facilitator })).body.code).toBe(
        'DELIVERY_ALREADY_ENDED',
      );
    });

    it('marks a paid order before shipping, so its tracking ends in a return once shipped', async () => {
      const w = await world('Dewi');
      const order = await paidOrder(w);
      const failed = await api.post(`/api/classes/${w.classId}/orders/${order.id}/failed-delivery`, undefined, { token: w.facilitator });
      expect(failed.body).toEqual({ orderId: order.id, state: 'PAID', rescheduled: false });
      await shipNow(w, order.id);
      await jump(w, 6 * DAY_MINUTES);
      const returned = await stateBecomes(w.seller.token, order.id, 'RETURNED');
      expect(returned.shipment.tracking.map((s: any) => s.step)).toContain('delivery_failed');
    });
  });

  describe('the order page', () => {
    it('reads the order, its history and its tracking in one snapshot, whatever commits while it reads', async () => {
      const w = await world('Lestari');
      const order = await paidOrder(w);
      await shipNow(w, order.id);
      // A writer holds the tracking table, so the page's tracking read waits; once the page's other reads are done,
      // the writer adds a tracking step and a history row for the order in one commit. One snapshot shows both or
      // neither; reads side by side showed the step without its history row.
      const writer = db.createQueryRunner();
      await writer.connect();
      try {
        await writer.startTransaction();
        await writer.query('LOCK TABLE tracking_event IN ACCESS EXCLUSIVE MODE');
        const page = getOrder(w.buyer.token, order.id);
        await eventually('the page waiting for the tracking table, nothing else of it running', async () => {
          const rows: { query: string; wait_event_type: string | null }[] = await db.query(
            `SELECT query, wait_event_type FROM pg_stat_activity
              WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() AND query LIKE '%WHERE order_id = ANY(%'`,
          );
          // The page's reads go in one message (readInOneSnapshot): its text holds them all, the tracking read last.
          const waiting = rows.filter((row) => row.query.includes('FROM tracking_event') && row.wait_event_type === 'Lock');
          return waiting.length === 1 && rows.length === 1 ? true : undefined;
        }, 30_000);
        await writer.query(`INSERT INTO tracking_event (order_id, step, city, at) VALUES ($1, 'origin_hub', 'Pringsewu', now())`, [order.id]);
        await writer.query(
          `INSERT INTO order_history (order_id, from_state, to_state, actor, reason, sim_time) VALUES ($1, 'SHIPPED', 'DELIVERED', 'courier', 'snapshot test', now())`,
          [order.id],
        );
        await writer.commitTransaction();
        const seen = await page;
        const step = seen.shipment.tracking.some((s: { step: string }) => s.step === 'origin_hub');
        const history = seen.history.some((h: { to: string }) => h.to === 'DELIVERED');
        expect({ step, history }).toEqual({ step: false, history: false });
      } finally {
        if (writer.isTransactionActive) await writer.rollbackTransaction();
        await writer.release();
      }
    });
  });
});
