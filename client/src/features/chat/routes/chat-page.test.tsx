import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { stubApi } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { buyer, orderId, seller, sellerShopId } from '../../../testing/order-fixtures';
import type { ChatMessage, Conversation } from '../api/chat-types';
import { ChatPage } from './chat-page';

const conversationId = 'cccccccc-1111-4111-8111-000000000001';

const conversation = (viewerRole: Conversation['viewerRole']): Conversation => ({
  id: conversationId,
  classId: seller.classId,
  shop: { id: sellerShopId, name: 'Toko Sriyati' },
  buyer: { id: buyer.id, name: 'Bu Rahma' },
  seller: { id: seller.id, name: 'Sriyati' },
  viewerRole,
  unread: 0,
  buyerReadUpTo: '0',
  sellerReadUpTo: '0',
  buyerDeliveredUpTo: '0',
  sellerDeliveredUpTo: '0',
  lastMessage: null,
});

const message = (id: string, changes: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  conversationId,
  clientId: null,
  senderId: buyer.id,
  senderRole: 'buyer',
  kind: 'text',
  text: null,
  image: null,
  product: null,
  order: null,
  flags: [],
  automatic: false,
  sentAt: '2026-11-28T03:00:00.000Z',
  simTime: null,
  ...changes,
});

const unpaidCard = {
  id: orderId,
  invoiceNumber: 'INV/20261128/PL/0001',
  state: 'AWAITING_PAYMENT' as const,
  stateLabelKey: 'order.state.AWAITING_PAYMENT',
  paid: false,
  total: 36000,
  itemCount: 1,
  firstItemTitle: 'Gula Aren Asli Pringsewu 1 kg',
  photo: null,
};

const thread = [
  message('7', { kind: 'order', order: unpaidCard }),
  message('8', { text: 'Sudah transfer ya kak, ini buktinya https://bukti-tf.xyz/123', flags: ['link'] }),
];

function renderChat() {
  return render(
    <MemoryRouter initialEntries={[`/chat/${conversationId}`]}>
      <Routes>
        <Route path={appPaths.chat} element={<ChatPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const LOAD_MS = 5000;

describe('the chat page (/chat/:conversationId)', () => {
  beforeEach(() => saveSession(seller));

  it('shows the system’s payment status on the order card, never a link as a link, and a warning', async () => {
    stubApi({
      [`GET /api/chat/conversations/${conversationId}`]: { body: conversation('seller') },
      [`GET /api/chat/conversations/${conversationId}/messages`]: { body: { items: thread, hasOlder: false } },
      [`GET /api/chat/conversations/${conversationId}/orders`]: { body: [unpaidCard] },
      'GET /api/chat/settings': { body: { awayEnabled: false, awayMessage: 'x', quickReplies: [], maxQuickReplies: 12 } },
      [`POST /api/chat/conversations/${conversationId}/read`]: { status: 204 },
    });
    renderChat();
    const status = (await screen.findAllByTestId('chat-order-status', {}, { timeout: LOAD_MS }))[0]!;
    expect(status.textContent).toContain('Belum Bayar');
    expect(screen.getAllByTestId('chat-order-card')[0]!.textContent).toContain('Jangan kirim barang sebelum sistem mengonfirmasi pembayaran');
    const text = screen.getByText(/bukti-tf\.xyz/);
    expect(text.closest('a')).toBeNull();
    expect(screen.getByTestId('safety-banner').textContent).toContain('Ada tautan (link)');
  });

  it('follows the order live: a payment event flips the card, a chat event adds the message, a reconnect resyncs', async () => {
    let dropped = false;
    const api = stubApi({
      [`GET /api/chat/conversations/${conversationId}`]: { body: conversation('seller') },
      [`GET /api/chat/conversations/${conversationId}/messages`]: (request) => {
        const after = new URL(request.url).searchParams.get('after');
        if (!after) return { body: { items: thread, hasOlder: false } };
        return { body: { items: dropped ? [message('11', { text: 'Terlewat saat offline' })] : [], hasOlder: false } };
      },
      [`GET /api/chat/conversations/${conversationId}/orders`]: { body: [] },
      'GET /api/chat/settings': { body: { awayEnabled: false, awayMessage: 'x', quickReplies: [], maxQuickReplies: 12 } },
      [`POST /api/chat/conversations/${conversationId}/read`]: { status: 204 },
    });
    renderChat();
    await screen.findAllByTestId('chat-order-status', {}, { timeout: LOAD_MS });
    await waitFor(() => expect(lastSocket()).toBeDefined());
    const socket = lastSocket()!;
    act(() => socket.serverConnect());
    await waitFor(() => expect(socket.joinedRooms()).toContain(`conversation:${conversationId}`));

    act(() =>
      socket.serverEvent({
        id: '100',
        type: 'chat.message_sent',
        classId: seller.classId,
        actorId: buyer.id,
        payload: { conversationId, message: message('9', { text: 'Kapan dikirim?' }) },
        occurredAt: '2026-11-28T03:00:00.000Z',
        simTime: null,
      }),
    );
    await screen.findByText('Kapan dikirim?');
    act(() =>
      socket.serverEvent({
        id: '101',
        type: 'order.paid',
        classId: seller.classId,
        actorId: null,
        payload: { orderId, state: 'PAID', shopId: sellerShopId, buyerId: buyer.id },
        occurredAt: '2026-11-28T03:00:00.000Z',
        simTime: null,
      }),
    );
    await waitFor(() => expect(screen.getAllByTestId('chat-order-status')[0]!.textContent).toContain('Perlu Dikirim'));
    // The phone read the buyer's messages while the page is open.
    await waitFor(() => expect(api.calls(`POST /api/chat/conversations/${conversationId}/read`).length).toBeGreaterThan(0));

    // Wi-Fi drops and comes back without recovery: the page asks for what came after its last message.
    act(() => socket.serverDisconnect());
    dropped = true;
    act(() => socket.serverConnect({ recovered: false }));
    await screen.findByText('Terlewat saat offline');
    const asked = api.calls(`GET /api/chat/conversations/${conversationId}/messages`).map((r) => new URL(r.url).searchParams.get('after'));
    expect(asked.at(-1)).toBe('9');
  });

  it('answers with a quick reply, sent with a client id', async () => {
    const api = stubApi({
      [`GET /api/chat/conversations/${conversationId}`]: { body: conversation('seller') },
      [`GET /api/chat/conversations/${conversationId}/messages`]: { body: { items: [message('3', { text: 'Masih ada?' })], hasOlder: false } },
      [`GET /api/chat/conversations/${conversationId}/orders`]: { body: [] },
      'GET /api/chat/settings': {
        body: { awayEnabled: false, awayMessage: 'x', quickReplies: [{ id: 'q1', text: 'Stok masih tersedia, silakan diorder' }], maxQuickReplies: 12 },
      },
      [`POST /api/chat/conversations/${conversationId}/read`]: { status: 204 },
      [`POST /api/chat/conversations/${conversationId}/messages`]: async (request) => {
        const body = (await request.json()) as { clientId: string; text: string };
        return { status: 201, body: message('4', { senderRole: 'seller', senderId: seller.id, clientId: body.clientId, text: body.text }) };
      },
    });
    renderChat();
    fireEvent.click(await screen.findByTestId('quick-reply-toggle', {}, { timeout: LOAD_MS }));
    fireEvent.click(screen.getByRole('button', { name: 'Stok masih tersedia, silakan diorder' }));
    fireEvent.click(screen.getByTestId('chat-send'));
    await waitFor(() => expect(screen.getAllByTestId('chat-message').at(-1)!.textContent).toContain('Stok masih tersedia'));
    const sent = (await api.calls(`POST /api/chat/conversations/${conversationId}/messages`)[0]!.json()) as Record<string, string>;
    expect(sent).toMatchObject({ kind: 'text', text: 'Stok masih tersedia, silakan diorder' });
    expect(sent.clientId).toMatch(/^[0-9a-f]{32}$/);
    expect(screen.getAllByTestId('chat-ticks').at(-1)!.getAttribute('data-ticks')).toBe('sent');
  });

  it('lets a facilitator read without a box to write in', async () => {
    saveSession({ kind: 'facilitator', token: 'tok_facilitator_0123456789abcdef', expiresAt: '2099-01-01T00:00:00.000Z', id: 'f1', name: 'Rina', role: 'facilitator' });
    stubApi({
      [`GET /api/chat/conversations/${conversationId}`]: { body: conversation('facilitator') },
      [`GET /api/chat/conversations/${conversationId}/messages`]: { body: { items: thread, hasOlder: false } },
      [`GET /api/chat/conversations/${conversationId}/orders`]: { body: [unpaidCard] },
    });
    renderChat();
    expect((await screen.findByTestId('read-only-note', {}, { timeout: LOAD_MS })).textContent).toContain('hanya bisa dibaca');
    expect(screen.queryByTestId('chat-input')).toBeNull();
    expect(screen.getByTestId('chat-title').textContent).toBe('Toko Sriyati ↔ Bu Rahma');
  });

  it('keeps a message written without signal as waiting, sends it once when the signal is back, and keeps the draft', async () => {
    let online = false;
    const stored: string[] = [];
    stubApi({
      [`GET /api/chat/conversations/${conversationId}`]: { body: conversation('seller') },
      [`GET /api/chat/conversations/${conversationId}/messages`]: { body: { items: [message('3', { text: 'Masih ada?' })], hasOlder: false } },
      [`GET /api/chat/conversations/${conversationId}/orders`]: { body: [] },
      'GET /api/chat/settings': { body: { awayEnabled: false, awayMessage: 'x', quickReplies: [], maxQuickReplies: 12 } },
      [`POST /api/chat/conversations/${conversationId}/read`]: { status: 204 },
      [`POST /api/chat/conversations/${conversationId}/messages`]: async (request) => {
        if (!online) throw new TypeError('Failed to fetch');
        const body = (await request.json()) as { clientId: string; text: string };
        stored.push(body.clientId);
        return { status: 201, body: message('4', { senderRole: 'seller', senderId: seller.id, clientId: body.clientId, text: body.text }) };
      },
    });
    const first = renderChat();
    const input = await screen.findByTestId('chat-input', {}, { timeout: LOAD_MS });
    fireEvent.change(input, { target: { value: 'Ada, Bu' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    await waitFor(() => expect(screen.getByTestId('chat-pending').getAttribute('data-state')).toBe('waiting'));
    expect(screen.getByTestId('chat-pending').textContent).toContain('Menunggu sinyal');

    // A draft typed meanwhile survives the page going away.
    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'Mau berapa?' } });
    first.unmount();
    renderChat();
    expect(((await screen.findByTestId('chat-input', {}, { timeout: LOAD_MS })) as HTMLTextAreaElement).value).toBe('Mau berapa?');
    await waitFor(() => expect(screen.getByTestId('chat-pending').getAttribute('data-state')).toBe('waiting'));

    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.getAllByTestId('chat-message').at(-1)!.textContent).toContain('Ada, Bu'));
    expect(screen.queryByTestId('chat-pending')).toBeNull();
    expect(stored).toHaveLength(1);
  });
});
