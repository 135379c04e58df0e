import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { photoJpeg, uploadPhoto } from '../../test/images.js';
import { eventually, facilitatorClass, type Member, member, orderBody, placeOrder, postProduct } from '../../test/orders-fixtures.js';

interface EventMessage {
  id: string;
  type: string;
  classId: string | null;
  payload: Record<string, any>;
}

/** A phone's socket that keeps every event it hears. */
interface Phone {
  socket: Socket;
  events: EventMessage[];
}

function connect(baseUrl: string, token: string): Promise<Phone> {
  const socket = io(baseUrl, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
  const events: EventMessage[] = [];
  socket.on('event', (event: EventMessage) => events.push(event));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, events }));
    socket.once('connect_error', reject);
  });
}

const heard = (phone: Phone, type: string, match: (event: EventMessage) => boolean = () => true) =>
  eventually(`${type} on a socket`, () => phone.events.find((event) => event.type === type && match(event)), 2000);

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * Chat between two phones on real PostgreSQL and real socket.io clients: live delivery, ✓/✓✓ and read marks,
 * idempotent sends, resync after a disconnect, who may read what, safety flags, cards, the seller's tools.
 */
describe('buyer–seller chat', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let classA: { facilitator: string; classId: string; joinCode: string };
  let classB: { facilitator: string; classId: string; joinCode: string };
  let sriyati: Member; // the seller
  let rahma: Member; // the buyer
  let tomo: Member; // a classmate
  let wati: Member; // another class
  let gula: { id: string };
  let conversationId: string;
  const phones: Phone[] = [];
  const phone = async (token: string) => {
    const opened = await connect(booted.baseUrl, token);
    phones.push(opened);
    return opened;
  };
  const send = (token: string, id: string, body: Record<string, unknown>) =>
    api.post(`/api/chat/conversations/${id}/messages`, { clientId: randomUUID(), kind: 'text', ...body }, { token });

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    [classA, classB] = await Promise.all([facilitatorClass(api, 'Rina'), facilitatorClass(api, 'Budi')]);
    [sriyati, rahma, tomo, wati] = await Promise.all([
      member(api, classA.joinCode, 'Sriyati'),
      member(api, classA.joinCode, 'Bu Rahma', 'buyer'),
      member(api, classA.joinCode, 'Tomo'),
      member(api, classB.joinCode, 'Wati'),
    ]);
    gula = await postProduct(api, sriyati.token);
  });

  afterAll(async () => {
    for (const opened of phones) opened.socket.close();
    await booted.close();
  });

  it('opens one conversation per buyer and shop from a product, with its card attached once', async () => {
    const first = await api.post('/api/chat/conversations', { productId: gula.id }, { token: rahma.token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ shop: { id: sriyati.shop!.id, name: 'Toko Sriyati' }, buyer: { name: 'Bu Rahma' }, viewerRole: 'buyer' });
    expect(first.body.lastMessage).toMatchObject({ kind: 'product', senderRole: 'buyer', product: { id: gula.id, price: 25_000, available: true } });
    conversationId = first.body.id;
    const again = await api.post('/api/chat/conversations', { shopId: sriyati.shop!.id, productId: gula.id }, { token: rahma.token });
    expect(again.body.id).toBe(conversationId);
    const messages = await api.get(`/api/chat/conversations/${conversationId}/messages`, { token: rahma.token });
    expect(messages.body.items.filter((m: any) => m.kind === 'product')).toHaveLength(1);
    // The seller cannot open a chat with her own shop.
    const own = await api.post('/api/chat/conversations', { productId: gula.id }, { token: sriyati.token });
    expect(own.body.code).toBe('CHAT_OWN_SHOP');
  });

  it('delivers a message live to the seller, and shows the buyer ✓✓ then read', async () => {
    const [buyerPhone, sellerPhone] = await Promise.all([phone(rahma.token), phone(sriyati.token)]);
    expect(await buyerPhone.socket.emitWithAck('room:join', { room: `conversation:${conversationId}` })).toEqual({ ok: true });
    const sent = await send(rahma.token, conversationId, { text: 'Kak, gula arennya masih ada?' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ kind: 'text', text: 'Kak, gula arennya masih ada?', senderRole: 'buyer', flags: [] });

    // Broadcast after commit: the seller's phone hears the message, already stored.
    const live = await heard(sellerPhone, 'chat.message_sent', (e) => e.payload.message.id === sent.body.id);
    expect(live.payload).toMatchObject({ conversationId, senderRole: 'buyer', shopId: sriyati.shop!.id, kind: 'text', flags: [] });
    const inbox = await api.get('/api/chat/conversations', { token: sriyati.token });
    expect(inbox.body.items[0]).toMatchObject({ id: conversationId, viewerRole: 'seller', unread: 2 });
    expect(inbox.body.totalUnread).toBe(2);
    expect((await api.get('/api/chat/unread', { token: sriyati.token })).body).toEqual({ total: 2 });

    // The seller's phone received it (✓✓ for the buyer), then she opens the chat (read).
    expect((await api.post(`/api/chat/conversations/${conversationId}/delivered`, { upToMessageId: sent.body.id }, { token: sriyati.token })).status).toBe(204);
    const delivered = await heard(buyerPhone, 'chat.delivered');
    expect(delivered.payload).toMatchObject({ conversationId, readerRole: 'seller', deliveredUpTo: sent.body.id });
    await api.post(`/api/chat/conversations/${conversationId}/read`, { upToMessageId: sent.body.id }, { token: sriyati.token });
    const read = await heard(buyerPhone, 'chat.read');
    expect(read.payload).toMatchObject({ readerRole: 'seller', readUpTo: sent.body.id });
    const view = await api.get(`/api/chat/conversations/${conversationId}`, { token: rahma.token });
    expect(view.body).toMatchObject({ sellerReadUpTo: sent.body.id, sellerDeliveredUpTo: sent.body.id });
    expect((await api.get('/api/chat/unread', { token: sriyati.token })).body).toEqual({ total: 0 });

    // A mark never moves back, nor past the last message.
    await api.post(`/api/chat/conversations/${conversationId}/read`, { upToMessageId: '1' }, { token: sriyati.token });
    await api.post(`/api/chat/conversations/${conversationId}/read`, { upToMessageId: '999999999' }, { token: sriyati.token });
    expect((await api.get(`/api/chat/conversations/${conversationId}`, { token: rahma.token })).body.sellerReadUpTo).toBe(sent.body.id);

    // The seller answers; the buyer's phone hears it, and sees the seller typing first (relayed, not stored).
    expect(await sellerPhone.socket.emitWithAck('room:join', { room: `conversation:${conversationId}` })).toEqual({ ok: true });
    const typing = new Promise((resolve) => buyerPhone.socket.once('chat:typing', resolve));
    expect(await sellerPhone.socket.emitWithAck('chat:typing', { conversationId, typing: true })).toEqual({ ok: true });
    expect(await typing).toEqual({ conversationId, participantId: sriyati.participantId, typing: true });
    const answer = await send(sriyati.token, conversationId, { text: 'Stok masih tersedia, silakan diorder' });
    await heard(buyerPhone, 'chat.message_sent', (e) => e.payload.message.id === answer.body.id);
  });

  it('stores a retried send once: the same clientId returns the same message', async () => {
    const clientId = randomUUID();
    const body = { clientId, kind: 'text', text: 'Saya pesan 2 ya kak' };
    const [first, retry] = await Promise.all([
      api.post(`/api/chat/conversations/${conversationId}/messages`, body, { token: rahma.token }),
      api.post(`/api/chat/conversations/${conversationId}/messages`, body, { token: rahma.token }),
    ]);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body.id).toBe(first.body.id);
    const later = await api.post(`/api/chat/conversations/${conversationId}/messages`, body, { token: rahma.token });
    expect(later.body.id).toBe(first.body.id);
    const all = await api.get(`/api/chat/conversations/${conversationId}/messages`, { token: rahma.token });
    expect(all.body.items.filter((m: any) => m.clientId === clientId)).toHaveLength(1);
    // The same id for a different message is a client bug, not a retry.
    const reused = await api.post(`/api/chat/conversations/${conversationId}/messages`, { ...body, text: 'Lain' }, { token: rahma.token });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('CHAT_CLIENT_ID_REUSED');
  });

  it('gives a phone that was disconnected what it missed (?after=)', async () => {
    const buyerPhone = await phone(rahma.token);
    const before = await api.get(`/api/chat/conversations/${conversationId}/messages`, { token: rahma.token });
    const lastSeen = before.body.items.at(-1).id as string;
    buyerPhone.socket.disconnect();
    const missed = [
      (await send(sriyati.token, conversationId, { text: 'Mau dikirim pakai JNE?' })).body.id,
      (await send(sriyati.token, conversationId, { text: 'Ditunggu pesanannya kak' })).body.id,
    ];
    const again = await phone(rahma.token);
    const resync = await api.get(`/api/chat/conversations/${conversationId}/messages?after=${lastSeen}`, { token: rahma.token });
    expect(resync.status).toBe(200);
    expect(resync.body.items.map((m: any) => m.id)).toEqual(missed);
    expect(resync.body.items.map((m: any) => m.text)).toEqual(['Mau dikirim pakai JNE?', 'Ditunggu pesanannya kak']);
    // And from then on it hears the next one live.
    const next = await send(sriyati.token, conversationId, { text: 'Sudah kami siapkan' });
    await heard(again, 'chat.message_sent', (e) => e.payload.message.id === next.body.id);
  });

  it('keeps a conversation between its buyer and seller; the class’s facilitator only reads it', async () => {
    const [classmate, outsider] = await Promise.all([phone(tomo.token), phone(wati.token)]);
    for (const token of [tomo.token, wati.token, classB.facilitator]) {
      expect((await api.get(`/api/chat/conversations/${conversationId}`, { token })).body.code).toBe('CONVERSATION_NOT_FOUND');
      expect((await api.get(`/api/chat/conversations/${conversationId}/messages`, { token })).status).toBe(404);
      expect((await send(token, conversationId, { text: 'halo' })).status).toBe(404);
    }
    expect(await classmate.socket.emitWithAck('room:join', { room: `conversation:${conversationId}` })).toEqual({ ok: false, code: 'ROOM_NOT_ALLOWED' });
    const otherFacilitator = await phone(classB.facilitator);
    expect(await otherFacilitator.socket.emitWithAck('room:join', { room: `conversation:${conversationId}` })).toEqual({ ok: false, code: 'ROOM_NOT_ALLOWED' });
    // A classmate cannot type into it either.
    expect(await classmate.socket.emitWithAck('chat:typing', { conversationId })).toEqual({ ok: false, code: 'ROOM_NOT_ALLOWED' });

    // The class's facilitator reads it live and in full, and may not write.
    const projector = await phone(classA.facilitator);
    expect(await projector.socket.emitWithAck('room:join', { room: `conversation:${conversationId}` })).toEqual({ ok: true });
    const read = await api.get(`/api/chat/conversations/${conversationId}/messages`, { token: classA.facilitator });
    expect(read.status).toBe(200);
    expect(read.body.items.length).toBeGreaterThan(3);
    const refused = await send(classA.facilitator, conversationId, { text: 'Bagus, Bu!' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CHAT_READ_ONLY');
    expect((await api.post(`/api/chat/conversations/${conversationId}/read`, { upToMessageId: '1' }, { token: classA.facilitator })).body.code).toBe(
      'CHAT_READ_ONLY',
    );
    const list = await api.get(`/api/classes/${classA.classId}/conversations`, { token: classA.facilitator });
    expect(list.body.items.map((c: any) => c.id)).toContain(conversationId);
    const ofTomo = await api.get(`/api/classes/${classA.classId}/conversations?participantId=${tomo.participantId}`, { token: classA.facilitator });
    expect(ofTomo.body.items).toEqual([]);
    const ofSriyati = await api.get(`/api/classes/${classA.classId}/conversations?participantId=${sriyati.participantId}`, { token: classA.facilitator });
    expect(ofSriyati.body.items.map((c: any) => c.id)).toEqual([conversationId]);
    expect((await api.get(`/api/classes/${classA.classId}/conversations`, { token: classB.facilitator })).status).toBe(404);

    const message = await send(rahma.token, conversationId, { text: 'Terima kasih kak' });
    await heard(projector, 'chat.message_sent', (e) => e.payload.message.id === message.body.id);
    await settle();
    const leaked = [...classmate.events, ...outsider.events, ...otherFacilitator.events].filter((e) => e.type.startsWith('chat.'));
    expect(leaked).toEqual([]);
  });

  it('flags links, phone numbers, off-platform deals and OTP requests (and stores the text as it was)', async () => {
    const cases: [string, string[]][] = [
      ['WA saya aja 0812-3456-7890', ['phone', 'off_platform']],
      ['Bayar lewat https://bayar-cepat.xyz/inv', ['link']],
      ['Tolong kirim kode OTP yang masuk', ['otp']],
      ['Baik kak, ditunggu', []],
    ];
    for (const [text, flags] of cases) {
      const sent = await send(sriyati.token, conversationId, { text });
      expect(sent.body).toMatchObject({ text, flags });
    }
    const page = await api.get(`/api/chat/conversations/${conversationId}/messages?limit=4`, { token: rahma.token });
    expect(page.body.items.map((m: any) => m.flags)).toEqual(cases.map(([, flags]) => flags));
    expect(page.body.hasOlder).toBe(true);
  });

  it('sends a picture only through the photo pipeline, and only the sender’s own upload', async () => {
    const mediaId = await uploadPhoto(api, rahma.token);
    const sent = await send(rahma.token, conversationId, { kind: 'image', mediaId, text: 'bukti transfer' });
    expect(sent.status).toBe(201);
    expect(sent.body.image).toMatchObject({ id: mediaId, urls: { full: expect.stringMatching(/\.webp$/) } });
    const notMine = await send(sriyati.token, conversationId, { kind: 'image', mediaId });
    expect(notMine.body.code).toBe('CHAT_IMAGE_NOT_FOUND');
    const empty = await send(rahma.token, conversationId, { text: '   ' });
    expect(empty.body.code).toBe('CHAT_MESSAGE_EMPTY');
  });

  it('shows the system’s payment status on an order card: a "bukti transfer" picture changes nothing', async () => {
    const placed = await placeOrder(booted.baseUrl, rahma.token, orderBody(gula.id, sriyati.shop!.id));
    expect(placed.status).toBe(201);
    const orderId = placed.body.orders[0].id as string;
    const opened = await api.post('/api/chat/conversations', { orderId }, { token: rahma.token });
    expect(opened.body.id).toBe(conversationId);
    expect(opened.body.lastMessage.order).toMatchObject({ id: orderId, state: 'AWAITING_PAYMENT', stateLabelKey: 'order.state.AWAITING_PAYMENT', paid: false });
    const proof = await api.upload('/api/media', { bytes: await photoJpeg(), filename: 'bukti-transfer.jpg', contentType: 'image/jpeg' }, { token: rahma.token });
    await send(rahma.token, conversationId, { kind: 'image', mediaId: proof.body.id, text: 'Sudah transfer ya kak, ini buktinya' });
    expect((await api.get(`/api/orders/${orderId}`, { token: sriyati.token })).body.state).toBe('AWAITING_PAYMENT');
    const sellerView = await api.get(`/api/chat/conversations/${conversationId}/messages`, { token: sriyati.token });
    const card = sellerView.body.items.find((m: any) => m.kind === 'order');
    expect(card.order).toMatchObject({ state: 'AWAITING_PAYMENT', paid: false });
    const recent = await api.get(`/api/chat/conversations/${conversationId}/orders`, { token: sriyati.token });
    expect(recent.body[0]).toMatchObject({ id: orderId, state: 'AWAITING_PAYMENT' });
    // No address or phone of the buyer travels in chat.
    expect(JSON.stringify(sellerView.body)).not.toContain('081234567890');
    // An order card must be this buyer's order with this shop.
    const foreign = await send(tomo.token, (await api.post('/api/chat/conversations', { shopId: sriyati.shop!.id }, { token: tomo.token })).body.id, {
      kind: 'order',
      orderId,
    });
    expect(foreign.body.code).toBe('CHAT_ORDER_NOT_IN_CONVERSATION');
  });

  it('seeds the seller’s quick replies on first use and lets her edit them', async () => {
    const seeded = await api.get('/api/chat/settings', { token: sriyati.token });
    expect(seeded.body.quickReplies.map((q: any) => q.text)).toEqual(
      expect.arrayContaining(['Terima kasih, pesanan segera kami kirim', 'Stok masih tersedia, silakan diorder']),
    );
    const count = seeded.body.quickReplies.length;
    const added = await api.post('/api/chat/quick-replies', { text: 'Gula aren dikirim tiap Senin dan Kamis' }, { token: sriyati.token });
    expect(added.body.quickReplies).toHaveLength(count + 1);
    const id = added.body.quickReplies.at(-1).id;
    const edited = await api.patch(`/api/chat/quick-replies/${id}`, { text: 'Dikirim tiap Senin' }, { token: sriyati.token });
    expect(edited.body.quickReplies.at(-1).text).toBe('Dikirim tiap Senin');
    const removed = await api.delete(`/api/chat/quick-replies/${id}`, { token: sriyati.token });
    expect(removed.body.quickReplies).toHaveLength(count);
    expect((await api.post('/api/chat/quick-replies', { text: '   ' }, { token: sriyati.token })).body.code).toBe('QUICK_REPLY_INVALID');
    // Not another shop's.
    expect((await api.delete(`/api/chat/quick-replies/${seeded.body.quickReplies[0].id}`, { token: tomo.token })).body.code).toBe('QUICK_REPLY_NOT_FOUND');
  });

  it('answers once per away period with the away reply, marked automatic', async () => {
    await api.put('/api/chat/settings', { awayEnabled: true, awayMessage: 'Sedang ke pasar, nanti dibalas ya' }, { token: sriyati.token });
    await send(rahma.token, conversationId, { text: 'Kak?' });
    await send(rahma.token, conversationId, { text: 'Halo kak?' });
    const page = await api.get(`/api/chat/conversations/${conversationId}/messages?limit=3`, { token: rahma.token });
    expect(page.body.items.map((m: any) => [m.text, m.senderRole, m.automatic])).toEqual([
      ['Kak?', 'buyer', false],
      ['Sedang ke pasar, nanti dibalas ya', 'seller', true],
      ['Halo kak?', 'buyer', false],
    ]);
    await api.put('/api/chat/settings', { awayEnabled: false, awayMessage: 'Sedang ke pasar, nanti dibalas ya' }, { token: sriyati.token });
    await send(rahma.token, conversationId, { text: 'Masih ada?' });
    expect((await api.get(`/api/chat/conversations/${conversationId}/messages?limit=1`, { token: rahma.token })).body.items[0].automatic).toBe(false);
  });

  it('lets a persona buyer (the scenario engine) send a text and a picture through the service', async () => {
    const { ChatService } = await import('./chat.service.js');
    const { MediaService } = await import('../media/media.service.js');
    const chat = booted.app.get(ChatService);
    const media = booted.app.get(MediaService);
    const persona = await member(api, classA.joinCode, 'Pembeli Palsu', 'buyer');
    const picture = await media.store(await photoJpeg(), { participantId: persona.participantId, classId: classA.classId });
    const sellerPhone = await phone(sriyati.token);
    const text = await chat.sendAsBuyer(persona.participantId, sriyati.shop!.id, { clientId: `scn-${randomUUID()}`, kind: 'text', text: 'Sudah saya transfer kak' });
    const image = await chat.sendAsBuyer(persona.participantId, sriyati.shop!.id, { clientId: `scn-${randomUUID()}`, kind: 'image', mediaId: picture.id });
    expect(image.conversationId).toBe(text.conversationId);
    await heard(sellerPhone, 'chat.message_sent', (e) => e.payload.message.id === image.id);
  });
});
