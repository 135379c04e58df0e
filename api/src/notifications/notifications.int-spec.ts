import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { eventually, facilitatorClass, type Member, member, orderBody, placeOrder, postProduct } from '../../test/orders-fixtures.js';

interface EventMessage {
  type: string;
  payload: Record<string, any>;
}

function connect(baseUrl: string, token: string): Promise<{ socket: Socket; events: EventMessage[] }> {
  const socket = io(baseUrl, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
  const events: EventMessage[] = [];
  socket.on('event', (event: EventMessage) => events.push(event));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, events }));
    socket.once('connect_error', reject);
  });
}

/** Notifications are stored with what they tell of, go live to the right phone, and wait for a phone that was offline. */
describe('notifications', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let classA: { facilitator: string; classId: string; joinCode: string };
  let sriyati: Member;
  let rahma: Member;
  let tomo: Member;
  let gula: { id: string };
  const sockets: Socket[] = [];

  const list = async (token: string) => (await api.get('/api/notifications', { token })).body;

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    classA = await facilitatorClass(api, 'Rina');
    [sriyati, rahma, tomo] = await Promise.all([
      member(api, classA.joinCode, 'Sriyati'),
      member(api, classA.joinCode, 'Bu Rahma', 'buyer'),
      member(api, classA.joinCode, 'Tomo'),
    ]);
    gula = await postProduct(api, sriyati.token);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await booted.close();
  });

  it('tells the seller of a new order live, and no one else', async () => {
    const seller = await connect(booted.baseUrl, sriyati.token);
    const classmate = await connect(booted.baseUrl, tomo.token);
    sockets.push(seller.socket, classmate.socket);
    const placed = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id));
    const orderId = placed.body.orders[0].id;
    const live = await eventually('notification.created', () =>
      seller.events.find((e) => e.type === 'notification.created' && e.payload.notification.kind === 'new_order'),
    );
    expect(live.payload.notification).toMatchObject({ kind: 'new_order', read: false, params: { orderId, invoiceNumber: placed.body.orders[0].invoiceNumber, buyerName: 'Bu Rahma', productTitle: 'Gula Aren Asli Pringsewu 1 kg', moreItems: 0 },
    });
    const stored = await list(sriyati.token);
    expect(stored.items[0]).toEqual(live.payload.notification);
    expect(stored.unread).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(classmate.events.filter((e) => e.type === 'notification.created')).toEqual([]);
    expect((await list(tomo.token)).items).toEqual([]);
  });

  it('names the product, the other lines and the buyer when a two-line order is placed and when its VA is paid', async () => {
    // A seller and a buyer of its own: the tests after this one count Sriyati's and Bu Rahma's notifications.
    const [seller, buyer] = await Promise.all([member(api, classA.joinCode, 'Wulan'), member(api, classA.joinCode, 'Bu Siti', 'buyer')]);
    const kopi = await postProduct(api, seller.token, { title: 'Kopi Robusta Lampung 250 g' });
    const telur = await postProduct(api, seller.token, { title: 'Telur Asin Brebes isi 10' });
    const placed = await placeOrder(booted.baseUrl, buyer.token, {
      ...orderBody(kopi.id, seller.shop!.id),
      items: [
        { productId: kopi.id, quantity: 1 },
        { productId: telur.id, quantity: 2 },
      ],
    });
    expect(placed.status).toBe(201);
    const order = placed.body.orders[0];
    const named = { orderId: order.id, buyerName: 'Bu Siti', productTitle: 'Kopi Robusta Lampung 250 g', moreItems: 1 };
    const ofOrder = async (kind: string) => (await list(seller.token)).items.find((n: any) => n.kind === kind && n.params.orderId === order.id);
    expect((await eventually('new_order', () => ofOrder('new_order'))).params).toMatchObject(named);
    const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total });
    expect(paid.status).toBe(200);
    expect((await eventually('order_paid', () => ofOrder('order_paid'))).params).toMatchObject(named);
  });

  it('keeps them for a phone that was offline, then marks one and all read', async () => {
    // The buyer has no socket open: her notifications wait in the list.
    const conversation = await api.post('/api/chat/conversations', { shopId: sriyati.shop!.id }, { token: rahma.token });
    await api.post(`/api/chat/conversations/${conversation.body.id}/messages`, { clientId: randomUUID(), kind: 'text', text: 'Gula masih ada?' }, { token: rahma.token });
    await api.post(`/api/chat/conversations/${conversation.body.id}/messages`, { clientId: randomUUID(), kind: 'text', text: 'Ada kak, silakan' }, { token: sriyati.token });
    const buyers = await list(rahma.token);
    expect(buyers.items.map((n: any) => n.kind)).toEqual(['chat_message']);
    expect(buyers.items[0].params).toMatchObject({ conversationId: conversation.body.id, senderName: 'Toko Sriyati', preview: 'Ada kak, silakan' });

    const sellers = await list(sriyati.token);
    expect(sellers.items.map((n: any) => n.kind)).toEqual(['chat_message', 'new_order']);
    expect((await api.post(`/api/notifications/${sellers.items[1].id}/read`, undefined, { token: sriyati.token })).status).toBe(204);
    expect((await api.get('/api/notifications/unread', { token: sriyati.token })).body).toEqual({ unread: 1 });
    // Reading the conversation reads its chat notification too.
    const last = (await api.get(`/api/chat/conversations/${conversation.body.id}/messages`, { token: sriyati.token })).body.items.at(-1).id;
    await api.post(`/api/chat/conversations/${conversation.body.id}/read`, { upToMessageId: last }, { token: sriyati.token });
    expect((await api.get('/api/notifications/unread', { token: sriyati.token })).body).toEqual({ unread: 0 });

    expect((await api.post('/api/notifications/read-all', undefined, { token: rahma.token })).status).toBe(204);
    expect((await list(rahma.token)).unread).toBe(0);
    // Someone else's notification does not exist for her.
    expect((await api.post(`/api/notifications/${sellers.items[0].id}/read`, undefined, { token: rahma.token })).body.code).toBe('NOTIFICATION_NOT_FOUND');
  });

  it('tells the seller a COD order is paid, reminds her to ship before the deadline while it is still unshipped, then the deadline cancels it', async () => {
    const cod = () => placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id, { paymentMethod: 'cod' }));
    // Paid first and shipped: its reminder (and deadline) must not come.
    const shippedPlaced = await cod();
    expect(shippedPlaced.status).toBe(201);
    const shippedId = shippedPlaced.body.orders[0].id;
    const dropPoints = await api.get(`/api/orders/${shippedId}/drop-points`, { token: sriyati.token });
    const shipped = await api.post(`/api/orders/${shippedId}/ship`, { dropPointId: dropPoints.body[0].id }, { token: sriyati.token });
    expect(shipped.status).toBe(200);

    const placed = await cod();
    expect(placed.status).toBe(201);
    const orderId = placed.body.orders[0].id;
    const paid = await eventually('order_paid', async () => (await list(sriyati.token)).items.find((n: any) => n.kind === 'order_paid' && n.params.orderId === orderId));
    expect(paid.params.invoiceNumber).toBe(placed.body.orders[0].invoiceNumber);
    expect((await list(sriyati.token)).items.some((n: any) => n.kind === 'ship_by_soon')).toBe(false);
    // Ship-by is 2 sim days after payment; the reminder comes 6 sim hours before. Jump 43 hours.
    const jumped = await api.post(`/api/classes/${classA.classId}/clock`, { action: 'jump', minutes: 43 * 60 }, { token: classA.facilitator });
    expect(jumped.status).toBe(200);
    const reminder = await eventually(
      'ship_by_soon',
      async () => (await list(sriyati.token)).items.find((n: any) => n.kind === 'ship_by_soon' && n.params.orderId === orderId),
      10_000,
    );
    const order = (await api.get(`/api/orders/${orderId}`, { token: sriyati.token })).body;
    expect(order.state).toBe('PAID');
    expect(reminder.params.shipByAt).toBe(order.shipByAt);
    // Stored at the reminder's sim time: past 6 sim hours before the deadline, and before the deadline.
    expect(new Date(reminder.simTime).getTime()).toBeGreaterThanOrEqual(new Date(order.shipByAt).getTime() - 6 * 3600_000);
    expect(new Date(reminder.simTime).getTime()).toBeLessThan(new Date(order.shipByAt).getTime());

    // Past the deadline: the same order, still unshipped, is cancelled; the shipped one never had a reminder.
    const past = await api.post(`/api/classes/${classA.classId}/clock`, { action: 'jump', minutes: 6 * 60 }, { token: classA.facilitator });
    expect(past.status).toBe(200);
    const cancelled = await eventually('ship deadline', async () => {
      const now = (await api.get(`/api/orders/${orderId}`, { token: sriyati.token })).body;
      return now.state === 'CANCELLED' ? now : undefined;
    }, 10_000);
    expect(cancelled.cancelReason).toBe('ship_deadline_missed');
    const reminders = (await list(sriyati.token)).items.filter((n: any) => n.kind === 'ship_by_soon');
    expect(reminders.map((n: any) => n.params.orderId)).toEqual([orderId]);
  });
});
