import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import {
  address,
  BANDAR_LAMPUNG,
  eventually,
  facilitatorClass,
  JAYAPURA,
  listen,
  type Member,
  member,
  orderBody,
  placeOrder,
  postProduct,
  type Relay,
  startRelay,
} from '../../test/orders-fixtures.js';
import { ProductsService } from '../catalog/products.service.js';
import { PaymentsService } from '../payments/payments.service.js';
import { OrderReadModel } from './order-read-model.js';

/**
 * The buyer's path end to end on real PostgreSQL, with the gateway reached through a relay the test can take down:
 * cart → quote → place → pay in the simulator → PAID live; COD; refusals; who may see an order.
 */
describe('checkout and orders', () => {
  let relay: Relay;
  let booted: BootedApp;
  let api: ApiClient;
  let classA: { facilitator: string; classId: string; joinCode: string };
  let classB: { facilitator: string; classId: string; joinCode: string };
  let sriyati: Member;
  let marni: Member;
  let rahma: Member;
  let tomo: Member;
  let outsider: Member;
  let gula: { id: string };
  let telur: { id: string };
  const sockets: Socket[] = [];

  const stockOf = async (token: string, productId: string) =>
    ((await api.get('/api/shops/mine/products', { token })).body as { id: string; stock: number }[]).find((p) => p.id === productId)!.stock;

  beforeAll(async () => {
    relay = await startRelay();
    booted = await bootApp({ env: { ...ADMIN_ENV, PAYMENT_GATEWAY_URL: relay.url } });
    relay.target = `${booted.baseUrl}/api/simulator`;
    api = apiClient(booted.baseUrl);
    [classA, classB] = await Promise.all([facilitatorClass(api, 'Rina'), facilitatorClass(api, 'Budi')]);
    [sriyati, marni, rahma, tomo, outsider] = await Promise.all([
      member(api, classA.joinCode, 'Sriyati'),
      member(api, classA.joinCode, 'Marni'),
      member(api, classA.joinCode, 'Bu Rahma', 'buyer'),
      member(api, classA.joinCode, 'Tomo'),
      member(api, classB.joinCode, 'Wati'),
    ]);
    [gula, telur] = await Promise.all([
      postProduct(api, sriyati.token),
      postProduct(api, marni.token, {
        title: 'Telur Bebek Asin Isi 10',
        category: 'telur-bebek',
        price: 30_000,
        stock: 20,
        weightGrams: 700,
        shelfLifeDays: 2,
      }),
    ]);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await booted.close();
    await relay.close();
  });

  it('lists the courier services for the client, to anyone', async () => {
    const res = await api.get('/api/shipping/services');
    expect(res.status).toBe(200);
    expect(res.body).toContainEqual(
      expect.objectContaining({ code: 'jne-reg', courier: 'JNE', name: 'JNE Reguler', etdLabel: 'estimasi tiba 2-3 hari', cod: true, zones: expect.arrayContaining(['inter-island']) }),
    );
    expect(res.body.find((service: any) => service.code === 'gosend-instant')).toMatchObject({ type: 'instant', zones: ['same-regency'] });
  });

  describe('cart and quote', () => {
    it('keeps a cart of two shops, grouped per shop', async () => {
      await api.put(`/api/cart/items/${gula.id}`, { quantity: 2 }, { token: rahma.token });
      const cart = await api.put(`/api/cart/items/${telur.id}`, { quantity: 1 }, { token: rahma.token });
      expect(cart.status).toBe(200);
      expect(cart.body.itemCount).toBe(3);
      expect(cart.body.shops.map((group: any) => [group.shop.name, group.subtotal])).toEqual([
        ['Toko Sriyati', 50_000],
        ['Toko Marni', 30_000],
      ]);
      expect(cart.body.shops[0].items[0]).toMatchObject({ productId: gula.id, quantity: 2, lineTotal: 50_000, problem: null });
      // The change answers the cart from its own statement: the same as reading it afterwards, oldest line first.
      expect(cart.body).toEqual((await api.get('/api/cart', { token: rahma.token })).body);
      const changed = await api.put(`/api/cart/items/${gula.id}`, { quantity: 4 }, { token: rahma.token });
      expect(changed.body.shops.map((group: any) => group.items.map((item: any) => [item.productId, item.quantity]))).toEqual([[[gula.id, 4]], [[telur.id, 1]]]);
      expect(changed.body).toEqual((await api.get('/api/cart', { token: rahma.token })).body);
      await api.put(`/api/cart/items/${gula.id}`, { quantity: 2 }, { token: rahma.token });
    });

    it('holds at most 50 products: a 51st is refused (CART_FULL) and nothing is written; a product already in it still changes', async () => {
      const tomoCart = async () => (await api.get('/api/cart', { token: tomo.token })).body as { shops: { items: { productId: string; quantity: number }[] }[] };
      const manager = booted.app.get(DataSource).manager;
      // 50 copies of Sriyati's gula aren (the same row under new ids), straight into Tomo's cart.
      const columns = ((await manager.query(
        `SELECT quote_ident(column_name) AS name FROM information_schema.columns
          WHERE table_name = 'product' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'idempotency_key')`,
      )) as { name: string }[]).map((column) => column.name).join(', ');
      const copies: { id: string }[] = await manager.query(
        `INSERT INTO product (${columns}) SELECT ${columns} FROM product, generate_series(1, 50) WHERE id = $1 RETURNING id`,
        [gula.id],
      );
      await manager.query(`INSERT INTO cart_item (participant_id, product_id, quantity) SELECT $1, unnest($2::uuid[]), 1`, [tomo.participantId, copies.map((copy) => copy.id)]);
      try {
        const refused = await api.put(`/api/cart/items/${gula.id}`, { quantity: 1 }, { token: tomo.token });
        expect(refused.status).toBe(400);
        expect(refused.body).toMatchObject({ code: 'CART_FULL' });
        const full = await tomoCart();
        expect(full.shops.flatMap((shop) => shop.items)).toHaveLength(50);
        expect(full.shops.flatMap((shop) => shop.items).some((item) => item.productId === gula.id)).toBe(false);

        const changed = await api.put(`/api/cart/items/${copies[0]!.id}`, { quantity: 3 }, { token: tomo.token });
        expect(changed.status).toBe(200);
        expect(changed.body.shops.flatMap((shop: { items: { productId: string; quantity: number }[] }) => shop.items).find((item: { productId: string }) => item.productId === copies[0]!.id)).toMatchObject({ quantity: 3 });
      } finally {
        await manager.query(`DELETE FROM cart_item WHERE participant_id = $1`, [tomo.participantId]);
        await manager.query(`DELETE FROM product WHERE id = ANY($1::uuid[])`, [copies.map((copy) => copy.id)]);
      }
    });

    it('answers a change with a line another request added after it read the cart, that line’s product read then', async () => {
      const products = booted.app.get(ProductsService);
      const manager = booted.app.get(DataSource).manager;
      const read = products.findInCart.bind(products);
      // Tomo's other phone adds Marni's telur just after this request read the cart with its products.
      const spy = vi.spyOn(products, 'findInCart').mockImplementationOnce(async (...args) => {
        const lines = await read(...args);
        await manager.query(`INSERT INTO cart_item (participant_id, product_id, quantity) VALUES ($1, $2, 2)`, [tomo.participantId, telur.id]);
        return lines;
      });
      try {
        const changed = await api.put(`/api/cart/items/${gula.id}`, { quantity: 1 }, { token: tomo.token });
        expect(changed.status).toBe(200);
        expect(spy).toHaveBeenCalledTimes(1);
        const items = (changed.body.shops as { items: { productId: string; quantity: number; title: string }[] }[]).flatMap((shop) => shop.items);
        expect(items.map((item) => [item.productId, item.quantity])).toEqual([
          [telur.id, 2],
          [gula.id, 1],
        ]);
        expect(items[0]!.title).toBe('Telur Bebek Asin Isi 10');
        expect(changed.body).toEqual((await api.get('/api/cart', { token: tomo.token })).body);
      } finally {
        spy.mockRestore();
        await manager.query(`DELETE FROM cart_item WHERE participant_id = $1`, [tomo.participantId]);
      }
    });

    it('refuses to put a trainee’s own product in her cart', async () => {
      const res = await api.put(`/api/cart/items/${gula.id}`, { quantity: 1 }, { token: sriyati.token });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'OWN_PRODUCT', details: { productId: gula.id } });
    });

    it('quotes the cart per shop: chargeable weight, couriers with price and estimasi tiba, payment methods', async () => {
      const res = await api.post('/api/checkout/quote', { destinationRegencyCode: BANDAR_LAMPUNG }, { token: rahma.token });
      expect(res.status).toBe(200);
      expect(res.body.destination).toEqual({ regencyCode: '18.71', regencyLabel: 'Kota Bandar Lampung', provinceName: 'Lampung' });
      const [toko, telurShop] = res.body.shops;
      expect(toko.shop).toMatchObject({ name: 'Toko Sriyati', regencyLabel: 'Kab. Pringsewu' });
      expect(toko.shipping).toMatchObject({ zone: 'same-province', weightKg: 2, noOptionReason: null });
      expect(toko.shipping.options).toContainEqual(
        expect.objectContaining({ code: 'jne-reg', price: 22_000, etdLabel: 'estimasi tiba 2-3 hari', cod: true }),
      );
      expect(toko.shipping.excluded).toContainEqual(expect.objectContaining({ code: 'gosend-instant', reason: 'NOT_IN_ZONE' }));
      // Duck eggs keep two days: only services that arrive within two days are offered.
      expect(telurShop.shipping.options.every((option: any) => option.etd.max <= 2)).toBe(true);
      expect(res.body.paymentMethods).toContainEqual(expect.objectContaining({ code: 'cod', needsCodCourier: true }));
      expect(res.body.paymentMethods).toContainEqual(expect.objectContaining({ code: 'bca_va', kind: 'virtual_account', needsCodCourier: false }));
    });

    it('says why a perishable product cannot go to Papua: PERISHABLE_TOO_FAR, in plain Indonesian', async () => {
      const res = await api.post('/api/checkout/quote', { items: [{ productId: telur.id, quantity: 1 }], destinationRegencyCode: JAYAPURA }, { token: rahma.token });
      expect(res.status).toBe(200);
      expect(res.body.shops[0].shipping).toMatchObject({
        zone: 'inter-island',
        options: [],
        noOptionReason: 'PERISHABLE_TOO_FAR',
        noOptionMessage: 'Produk ini mudah basi, hanya bisa dikirim ke area terdekat.',
      });
    });

    it('refuses an unknown destination and an empty cart with their own codes', async () => {
      expect((await api.post('/api/checkout/quote', { destinationRegencyCode: '99.99' }, { token: rahma.token })).body.code).toBe('UNKNOWN_REGENCY');
      expect((await api.post('/api/checkout/quote', { destinationRegencyCode: BANDAR_LAMPUNG }, { token: tomo.token })).body.code).toBe('CART_EMPTY');
    });
  });

  describe('placing and paying', () => {
    let gulaOrder: any;
    let telurOrder: any;

    it('places one order per shop from the cart, reserves the stock and empties the cart', async () => {
      const res = await placeOrder(booted.baseUrl, rahma.token, {
        address: address(),
        note: 'Tolong dibungkus rapi',
        shops: [
          { shopId: sriyati.shop!.id, courierCode: 'jne-reg' },
          { shopId: marni.shop!.id, courierCode: 'jne-yes' },
        ],
        paymentMethod: 'bca_va',
      });
      expect(res.status).toBe(201);
      expect(res.body.replayed).toBe(false);
      [gulaOrder, telurOrder] = res.body.orders;
      expect(gulaOrder).toMatchObject({
        state: 'AWAITING_PAYMENT',
        stateLabelKey: 'order.state.AWAITING_PAYMENT',
        viewerRole: 'buyer',
        shop: { id: sriyati.shop!.id, name: 'Toko Sriyati' },
        subtotal: 50_000,
        shippingCost: 22_000,
        adminFee: 0,
        total: 72_000,
        itemCount: 2,
        note: 'Tolong dibungkus rapi',
        courier: { code: 'jne-reg', name: 'JNE Reguler', zone: 'same-province', weightKg: 2, etdLabel: 'estimasi tiba 2-3 hari' },
        address: { recipient: 'Bu Rahma', regencyLabel: 'Kota Bandar Lampung', provinceName: 'Lampung' },
        lines: [{ productId: gula.id, title: 'Gula Aren Asli Pringsewu 1 kg', unitPrice: 25_000, quantity: 2, lineTotal: 50_000 }],
        history: [{ from: null, to: 'AWAITING_PAYMENT', actor: 'buyer' }],
      });
      expect(gulaOrder.invoiceNumber).toMatch(/^INV\/\d{8}\/PL\/\d{4,}$/);
      // One number per shop's order, drawn together: the second shop's follows the first's.
      const sequence = (invoice: string) => Number(invoice.split('/').at(-1));
      expect(sequence(telurOrder.invoiceNumber)).toBe(sequence(gulaOrder.invoiceNumber) + 1);
      expect(gulaOrder.lines[0].photo.thumb).toMatch(/^\/media\//);
      expect(telurOrder).toMatchObject({ shop: { name: 'Toko Marni' }, shippingCost: 20_000, total: 50_000, courier: { code: 'jne-yes' } });
      // The payment deadline is 24 simulated hours after placing; instructions come from the gateway.
      expect(new Date(gulaOrder.paymentDueAt).getTime() - new Date(gulaOrder.placedAt).getTime()).toBe(24 * 60 * 60 * 1000);
      expect(gulaOrder.payment).toMatchObject({
        method: 'bca_va',
        state: 'pending',
        chargeStatus: 'charged',
        amount: 72_000,
        expiresAt: gulaOrder.paymentDueAt,
        instructions: { bank: 'bca', howToPayKey: 'payment.howToPay.bca_va', howToPaySteps: expect.arrayContaining(['payment.howToPay.bca_va.1']) },
      });
      expect(gulaOrder.payment.instructions.vaNumber).toMatch(/^12708\d{6}$/);
      expect(gulaOrder.payment.expiresAtReal).toEqual(expect.any(String));
      expect(gulaOrder.payment.gateway).toBeUndefined();
      // Each order answered is what reading it answers now (but the server's time, for the countdown): the buyer's
      // payment page draws this answer at once (client: checkout's placeOrder primes that read) while it reads afresh.
      for (const placed of res.body.orders) {
        const read = (await api.get(`/api/orders/${placed.id}`, { token: rahma.token })).body;
        expect(read).toEqual({ ...placed, payment: { ...placed.payment, realNow: expect.any(String) } });
      }

      expect(await stockOf(sriyati.token, gula.id)).toBe(38);
      expect(await stockOf(marni.token, telur.id)).toBe(19);
      expect((await api.get('/api/cart', { token: rahma.token })).body).toEqual({ shops: [], itemCount: 0, subtotal: 0 });
    });

    it('shows the seller the order in Belum Bayar, with the address to ship to but not the buyer’s VA', async () => {
      const list = await api.get('/api/shops/mine/orders?tab=belum_bayar', { token: sriyati.token });
      expect(list.status).toBe(200);
      expect(list.body.items.map((item: any) => item.id)).toEqual([gulaOrder.id]);
      expect(list.body.items[0]).toMatchObject({ buyer: { name: 'Bu Rahma' }, itemCount: 2, firstItem: { title: 'Gula Aren Asli Pringsewu 1 kg' }, courierName: 'JNE Reguler' });
      const seen = await api.get(`/api/orders/${gulaOrder.id}`, { token: sriyati.token });
      expect(seen.body).toMatchObject({ viewerRole: 'seller', address: { street: 'Jl. Raya Ambarawa No. 12, RT 02 RW 01', phone: '081234567890' } });
      expect(seen.body.payment).toMatchObject({ state: 'pending', instructions: null });
      const counts = await api.get('/api/shops/mine/order-counts', { token: sriyati.token });
      expect(counts.body.tabs).toEqual({ belum_bayar: 1, perlu_dikirim: 0, dikirim: 0, selesai: 0, dibatalkan: 0 });
    });

    it('hides an order from everyone but its buyer, seller and the class’s facilitators', async () => {
      for (const token of [tomo.token, outsider.token, classB.facilitator]) {
        const res = await api.get(`/api/orders/${gulaOrder.id}`, { token });
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('ORDER_NOT_FOUND');
      }
      const facilitator = await api.get(`/api/orders/${gulaOrder.id}`, { token: classA.facilitator });
      expect(facilitator.body).toMatchObject({ viewerRole: 'facilitator', payment: { gateway: { gatewayOrderId: gulaOrder.id, chargeAttempts: 1 } } });
      expect(facilitator.body.payment.instructions.vaNumber).toBe(gulaOrder.payment.instructions.vaNumber);
      const classList = await api.get(`/api/classes/${classA.classId}/orders`, { token: classA.facilitator });
      expect(classList.body.items.map((item: any) => item.id).sort()).toEqual([gulaOrder.id, telurOrder.id].sort());
      expect((await api.get(`/api/classes/${classA.classId}/orders`, { token: tomo.token })).status).toBe(403);
    });

    it('lets only the order’s parties into its socket room', async () => {
      const { socket: outsiderSocket } = await listen(booted.baseUrl, tomo.token);
      const { socket: buyerSocket } = await listen(booted.baseUrl, rahma.token);
      sockets.push(outsiderSocket, buyerSocket);
      expect(await outsiderSocket.emitWithAck('room:join', { room: `order:${gulaOrder.id}` })).toEqual({ ok: false, code: 'ROOM_NOT_ALLOWED' });
      expect(await buyerSocket.emitWithAck('room:join', { room: `order:${gulaOrder.id}` })).toEqual({ ok: true });
    });

    it('pays in the simulator: a wrong amount is refused, the right one flips the order to PAID live for the seller', async () => {
      const { socket, events } = await listen(booted.baseUrl, sriyati.token);
      sockets.push(socket);
      const number = gulaOrder.payment.instructions.vaNumber;
      const bill = await api.get(`/api/simulator/payer/lookup?channel=bca_va&number=${number}`);
      expect(bill.body).toMatchObject({ amount: 72_000, recipient: 'Pasar Latihan – Toko Sriyati', status: 'pending', channel: 'bca_va' });

      const wrong = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number, amount: 71_999 });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('AMOUNT_MISMATCH');
      expect((await api.get(`/api/orders/${gulaOrder.id}`, { token: rahma.token })).body.state).toBe('AWAITING_PAYMENT');

      const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: `${number.slice(0, 5)} ${number.slice(5)}`, amount: 72_000 });
      expect(paid.status).toBe(200);
      expect(paid.body).toMatchObject({ status: 'settlement', amount: 72_000, merchantNotified: true });

      const heard = await eventually('order.paid on the seller’s phone', () => events.find((event) => event.type === 'order.paid'));
      expect(heard.payload).toMatchObject({ orderId: gulaOrder.id, state: 'PAID', total: 72_000 });
      const order = (await api.get(`/api/orders/${gulaOrder.id}`, { token: rahma.token })).body;
      expect(order).toMatchObject({ state: 'PAID', payment: { state: 'settled' } });
      expect(order.history.map((entry: any) => [entry.from, entry.to, entry.actor])).toEqual([
        [null, 'AWAITING_PAYMENT', 'buyer'],
        ['AWAITING_PAYMENT', 'PAID', 'payment'],
      ]);
      expect(new Date(order.shipByAt).getTime() - new Date(order.paidAt).getTime()).toBe(2 * 24 * 60 * 60 * 1000);
      expect((await api.get('/api/shops/mine/order-counts', { token: sriyati.token })).body.tabs).toMatchObject({ belum_bayar: 0, perlu_dikirim: 1 });

      const again = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number, amount: 72_000 });
      expect(again.body.code).toBe('ALREADY_PAID');
    });

    it('surfaces the state machine’s refusals as codes', async () => {
      const buyerCancelsPaid = await api.post(`/api/orders/${gulaOrder.id}/cancel`, undefined, { token: rahma.token });
      expect(buyerCancelsPaid.status).toBe(409);
      expect(buyerCancelsPaid.body.code).toBe('INVALID_TRANSITION');
      const sellerUsesBuyerCancel = await api.post(`/api/orders/${telurOrder.id}/cancel`, undefined, { token: marni.token });
      expect(sellerUsesBuyerCancel.status).toBe(403);
      expect(sellerUsesBuyerCancel.body.code).toBe('NOT_ALLOWED');
      const classmate = await api.post(`/api/orders/${telurOrder.id}/cancel`, undefined, { token: tomo.token });
      expect(classmate.status).toBe(404);
    });

    it('lets the buyer cancel before paying: stock returns and the VA closes', async () => {
      const res = await api.post(`/api/orders/${telurOrder.id}/cancel`, undefined, { token: rahma.token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ state: 'CANCELLED', cancelReason: 'buyer_cancelled', cancelReasonLabelKey: 'order.cancelReason.buyer_cancelled', payment: { state: 'cancelled' } });
      expect(await stockOf(marni.token, telur.id)).toBe(20);
      const number = telurOrder.payment.instructions.vaNumber;
      const bill = await eventually('the gateway closing the VA', async () => {
        const found = await api.get(`/api/simulator/payer/lookup?channel=bca_va&number=${number}`);
        return found.body.status === 'cancel' ? found.body : undefined;
      });
      expect(bill.status).toBe('cancel');
      expect((await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number, amount: 50_000 })).body.code).toBe('VA_CLOSED');
    });

    it('lets the seller refuse a paid order with a reason: stock returns and a refund is owed', async () => {
      const { socket, events } = await listen(booted.baseUrl, rahma.token);
      sockets.push(socket);
      const res = await api.post(`/api/orders/${gulaOrder.id}/refuse`, { reason: 'Gula aren sedang habis dimasak' }, { token: sriyati.token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ state: 'CANCELLED', cancelReason: 'seller_refused', cancelNote: 'Gula aren sedang habis dimasak' });
      expect(res.body.history.at(-1)).toMatchObject({ from: 'PAID', to: 'CANCELLED', actor: 'seller', reason: 'seller_refused' });
      expect(await stockOf(sriyati.token, gula.id)).toBe(40);
      const heard = await eventually('order.cancelled on the buyer’s phone', () => events.find((event) => event.type === 'order.cancelled'));
      expect(heard.payload).toMatchObject({ orderId: gulaOrder.id, from: 'PAID', reason: 'seller_refused', refundDue: true });
    });
  });

  describe('COD', () => {
    it('confirms a COD order as PAID at placement, through the payment system, with no VA', async () => {
      const res = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { paymentMethod: 'cod' }));
      expect(res.status).toBe(201);
      const [order] = res.body.orders;
      expect(order).toMatchObject({ state: 'PAID', paymentMethod: 'cod', paymentDueAt: null, payment: { method: 'cod', state: 'settled', chargeStatus: 'not_needed' } });
      expect(order.payment.instructions).toMatchObject({ vaNumber: null, howToPayKey: 'payment.howToPay.cod' });
      expect(order.history.map((entry: any) => [entry.to, entry.actor])).toEqual([
        ['AWAITING_PAYMENT', 'buyer'],
        ['PAID', 'payment'],
      ]);
      expect(order.shipByAt).toEqual(expect.any(String));
    });

    it('refuses COD with a courier service that does not carry it', async () => {
      const res = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { paymentMethod: 'cod', shops: [{ shopId: sriyati.shop!.id, courierCode: 'jne-yes' }] }));
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'COD_NOT_AVAILABLE', details: { shopId: sriyati.shop!.id, courierCode: 'jne-yes' } });
    });
  });

  describe('refused checkouts write nothing', () => {
    const mineCount = async () => (await api.get('/api/orders/mine?limit=50', { token: rahma.token })).body.items.length;

    it.each([
      ['no Idempotency-Key', () => fetch(`${booted.baseUrl}/api/orders`, { method: 'POST', headers: { authorization: `Bearer ${rahma.token}`, 'content-type': 'application/json' }, body: JSON.stringify(orderBody(gula.id, sriyati.shop!.id)) }).then(async (r) => ({ status: r.status, body: await r.json() })), 400, 'IDEMPOTENCY_KEY_REQUIRED'],
      ['a key of 7 characters', () => placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id), 'abc1234'), 400, 'IDEMPOTENCY_KEY_REQUIRED'],
      ['an instant courier to another regency', () => placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { shops: [{ shopId: sriyati.shop!.id, courierCode: 'gosend-instant' }] })), 409, 'COURIER_NOT_AVAILABLE'],
      ['a shop without a courier', () => placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { shops: [{ shopId: marni.shop!.id, courierCode: 'jne-reg' }] })), 400, 'COURIER_REQUIRED'],
      ['more than the stock', () => placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, {}, 41)), 409, 'OUT_OF_STOCK'],
      ['a product of another class', () => placeOrder(booted.baseUrl, outsider.token, orderBody(gula.id, sriyati.shop!.id)), 409, 'PRODUCT_NOT_AVAILABLE'],
      ['an unknown regency', () => placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { address: { ...address(), regencyCode: '99.99' } })), 400, 'UNKNOWN_REGENCY'],
      ['a bad phone number', () => placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { address: { ...address(), phone: '12345' } })), 400, 'VALIDATION_FAILED'],
    ] as const)('refuses %s', async (_case, send, status, code) => {
      const before = await mineCount();
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(await mineCount()).toBe(before);
      expect(await stockOf(sriyati.token, gula.id)).toBe(39); // 40, less the COD order's unit
    });

    it('refuses a trainee buying from her own shop, and a facilitator placing an order as himself', async () => {
      const own = await placeOrder(booted.baseUrl, sriyati.token, orderBody(gula.id, sriyati.shop!.id));
      expect(own.body).toMatchObject({ code: 'OWN_PRODUCT', details: { productId: gula.id } });
      expect((await placeOrder(booted.baseUrl, classA.facilitator, orderBody(gula.id, sriyati.shop!.id))).status).toBe(403);
    });

    it('tells how many are left when the stock is short', async () => {
      const res = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, {}, 41));
      expect(res.body.details).toEqual({ productId: gula.id, available: 39 });
    });

    it('a product short when its stock is taken (after the check passed): OUT_OF_STOCK for it, and the other product of the checkout keeps its stock', async () => {
      const products = booted.app.get(ProductsService);
      const read = products.findForCheckout.bind(products);
      // Another buyer took gula's units between this checkout's check and its taking: the check saw plenty.
      const spy = vi.spyOn(products, 'findForCheckout').mockImplementationOnce(async (...args) => (await read(...args)).map((product) => ({ ...product, stock: 1_000 })));
      const telurBefore = await stockOf(marni.token, telur.id);
      try {
        const res = await placeOrder(booted.baseUrl, rahma.token, {
          ...orderBody(gula.id, sriyati.shop!.id, {}, 41),
          items: [
            { productId: gula.id, quantity: 41 },
            { productId: telur.id, quantity: 1 },
          ],
          shops: [
            { shopId: sriyati.shop!.id, courierCode: 'jne-reg' },
            { shopId: marni.shop!.id, courierCode: 'jne-yes' },
          ],
        });
        expect(spy).toHaveBeenCalledTimes(1);
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ code: 'OUT_OF_STOCK', details: { productId: gula.id, available: 39 } });
        expect(await stockOf(sriyati.token, gula.id)).toBe(39);
        expect(await stockOf(marni.token, telur.id)).toBe(telurBefore);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('the gateway and the facilitator', () => {
    it('keeps an order waiting when the gateway is down, and makes the VA on retry', async () => {
      relay.failNext = 1;
      const res = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id));
      expect(res.status).toBe(201);
      const [order] = res.body.orders;
      expect(order).toMatchObject({ state: 'AWAITING_PAYMENT', payment: { chargeStatus: 'failed', instructions: { vaNumber: null } } });
      expect((await api.post(`/api/orders/${order.id}/payment/retry`, undefined, { token: tomo.token })).status).toBe(404);
      const retried = await api.post(`/api/orders/${order.id}/payment/retry`, undefined, { token: rahma.token });
      expect(retried.status).toBe(200);
      expect(retried.body.payment).toMatchObject({ chargeStatus: 'charged' });
      expect(retried.body.payment.instructions.vaNumber).toMatch(/^12708\d{6}$/);
    });

    it('answers the same Idempotency-Key with the same orders, charging what the first try could not', async () => {
      const key = randomUUID();
      relay.failNext = 1;
      const first = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { paymentMethod: 'mandiri_bill' }), key);
      expect(first.body.orders[0].payment.chargeStatus).toBe('failed');
      const second = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { paymentMethod: 'mandiri_bill' }), key);
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ checkoutId: first.body.checkoutId, replayed: true });
      expect(second.body.orders.map((o: any) => o.id)).toEqual(first.body.orders.map((o: any) => o.id));
      expect(second.body.orders[0].payment).toMatchObject({ chargeStatus: 'charged', instructions: { billerCode: '70012' } });
      expect(second.body.orders[0].payment.instructions.billKey).toMatch(/^89\d{10}$/);
      const otherBody = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { paymentMethod: 'bni_va' }), key);
      expect(otherBody.status).toBe(409);
      expect(otherBody.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    // The gateway here is configured (PAYMENT_GATEWAY_URL, a relay), as a real sandbox would be: "Bayar sekarang" needs
    // the built-in simulator's payer side, so it refuses. Its success path is in fulfilment.int-spec.ts.
    it('refuses "Bayar sekarang" with an outside gateway configured, after the access checks', async () => {
      const res = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { paymentMethod: 'qris' }));
      const [order] = res.body.orders;
      expect(order.payment.instructions.qrImageDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(order.payment.instructions.payerUrl).toMatch(/\/simulator\/bayar\/[0-9a-f-]{36}$/);
      const path = `/api/classes/${classA.classId}/orders/${order.id}/pay-now`;
      expect((await api.post(`/api/classes/${classA.classId}/orders/${order.id}/pay-now`, undefined, { token: classB.facilitator })).status).toBe(404);
      expect((await api.post(path, undefined, { token: rahma.token })).status).toBe(403);
      const paid = await api.post(path, undefined, { token: classA.facilitator });
      expect(paid.status).toBe(409);
      expect(paid.body.code).toBe('PAYER_SIMULATOR_UNAVAILABLE');
      expect((await api.get(`/api/orders/${order.id}`, { token: rahma.token })).body.state).toBe('AWAITING_PAYMENT');
    });

    it('adds the class’s admin fee to each order, when a facilitator sets one', async () => {
      expect((await api.put(`/api/classes/${classA.classId}/order-settings`, { adminFeeRupiah: 1000 }, { token: tomo.token })).status).toBe(403);
      const settings = await api.put(`/api/classes/${classA.classId}/order-settings`, { adminFeeRupiah: 1000, paymentHours: 2 }, { token: classA.facilitator });
      expect(settings.body).toEqual({ paymentHours: 2, shipByDays: 2, autoCompleteDays: 3, adminFeeRupiah: 1000, adminFeeSetByClass: true });
      const res = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id));
      const [order] = res.body.orders;
      expect(order).toMatchObject({ subtotal: 25_000, shippingCost: 11_000, adminFee: 1000, total: 37_000, payment: { amount: 37_000 } });
      expect(new Date(order.paymentDueAt).getTime() - new Date(order.placedAt).getTime()).toBe(2 * 60 * 60 * 1000);
      expect((await api.put(`/api/classes/${classA.classId}/order-settings`, { adminFeeRupiah: null, paymentHours: 24 }, { token: classA.facilitator })).body).toMatchObject({
        adminFeeRupiah: 0,
        adminFeeSetByClass: false,
      });
    });

    it('pages the buyer’s orders newest first with a cursor', async () => {
      const first = await api.get('/api/orders/mine?limit=2', { token: rahma.token });
      expect(first.body.items).toHaveLength(2);
      const second = await api.get(`/api/orders/mine?limit=2&cursor=${first.body.nextCursor}`, { token: rahma.token });
      const all = await api.get('/api/orders/mine?limit=50', { token: rahma.token });
      expect([...first.body.items, ...second.body.items].map((o: any) => o.id)).toEqual(all.body.items.slice(0, 4).map((o: any) => o.id));
      expect((await api.get('/api/orders/mine?state=CANCELLED', { token: rahma.token })).body.items.every((o: any) => o.state === 'CANCELLED')).toBe(true);
    });
  });

  // What the facilitator's demo buyer (scenarios/) reads through the owners instead of their tables.
  describe('read by another capability', () => {
    it('finds the order a checkout placed by its buyer and key, and orders and their states in the order placed', async () => {
      const reads = booted.app.get(OrderReadModel);
      const manager = booted.app.get(DataSource).manager;
      const key = randomUUID();
      const first = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id), key);
      expect(first.status).toBe(201);
      const earlier = first.body.orders[0];
      expect(await reads.placedByCheckout(manager, rahma.participantId, key)).toEqual({
        id: earlier.id,
        invoice_number: earlier.invoiceNumber,
        state: 'AWAITING_PAYMENT',
        total: earlier.total,
        payment_method: 'bca_va',
        courier_code: 'jne-reg',
      });
      // The key is the buyer's: the same key of another buyer, or another key, placed nothing.
      expect(await reads.placedByCheckout(manager, tomo.participantId, key)).toBeUndefined();
      expect(await reads.placedByCheckout(manager, rahma.participantId, randomUUID())).toBeUndefined();

      expect((await api.post(`/api/classes/${classA.classId}/clock`, { action: 'jump', minutes: 60 }, { token: classA.facilitator })).status).toBe(200);
      const second = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id));
      expect(second.status).toBe(201);
      const later = second.body.orders[0];
      // Cancelled after the later one was placed: its row is rewritten, so it is not the first one stored any more.
      expect((await api.post(`/api/orders/${earlier.id}/cancel`, undefined, { token: rahma.token })).status).toBe(200);
      expect(await reads.invoiceStates(manager, [later.id, randomUUID(), earlier.id])).toEqual([
        { id: earlier.id, invoice_number: earlier.invoiceNumber, state: 'CANCELLED' },
        { id: later.id, invoice_number: later.invoiceNumber, state: 'AWAITING_PAYMENT' },
      ]);
      expect(await reads.invoiceStates(manager, [])).toEqual([]);
    });

    it('gives what a payer needs to pay an order, from payments', async () => {
      const placed = (await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id))).body.orders[0];
      const payments = booted.app.get(PaymentsService);
      expect(await payments.payableOf(placed.id)).toEqual({
        method: 'bca_va',
        amount: placed.total,
        vaNumber: placed.payment.instructions.vaNumber,
        billKey: null,
        paymentCode: null,
        transactionId: expect.any(String),
      });
      expect(await payments.payableOf(randomUUID())).toBeNull();
    });
  });
});
