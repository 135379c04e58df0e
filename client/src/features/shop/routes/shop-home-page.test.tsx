import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession, saveSession, SESSION_STORAGE_KEY, type ParticipantSession } from '../../../shared/auth/session';
import { apiError, stubApi, type FakeAnswer } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { renderRoute } from '../../../testing/render-route';

const classId = '6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f';
const shopId = '9a9a9a9a-3333-4e4e-8f8f-444444444444';

const trainee: ParticipantSession = {
  kind: 'participant',
  token: 'tok_sriyati_0123456789abcdef',
  expiresAt: '2099-01-01T00:00:00.000Z',
  id: '0b5d8f0e-1111-4c4c-9d9d-222222222222',
  name: 'Sriyati',
  role: 'trainee',
  classId,
  className: 'Pelatihan E-Commerce PKH',
  shopId,
};

const shop = {
  id: shopId,
  name: 'Toko Sriyati',
  description: null,
  regencyCode: '18.10',
  regencyLabel: 'Kab. Pringsewu',
  ownerName: 'Sriyati',
  isMine: true,
  ownerPhone: null,
};

const classDetail = {
  id: classId,
  name: 'Pelatihan E-Commerce PKH Pringsewu',
  place: 'Balai Pekon Ambarawa',
  date: '2026-11-28',
  regencyCode: '18.10',
  regencyLabel: 'Kab. Pringsewu',
  joinCode: 'KMNPQR',
  status: 'open',
  participantCount: 2,
  createdAt: '2026-11-28T01:00:00.000Z',
  ownerId: 'f0000000-0000-4000-8000-000000000001',
  ownerName: 'Dewi',
  joinUrl: 'http://localhost/gabung/KMNPQR',
  joinQrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  facilitators: ['Rina'],
};

function orderCounts(toShip: number) {
  return {
    states: { AWAITING_PAYMENT: 1, PAID: toShip, SHIPPED: 0, DELIVERED: 0, COMPLETED: 0, CANCELLED: 0, RETURNED: 0 },
    tabs: { belum_bayar: 1, perlu_dikirim: toShip, dikirim: 0, selesai: 0, dibatalkan: 0 },
  };
}

const mission = (id: string, state: 'done' | 'todo', target: string, key?: string) => ({
  id,
  state,
  missing: key ? { key: `missions.missing.${key}`, params: {} } : null,
  target,
});
const missionsAllDone = {
  missions: [mission('shop_setup', 'done', '/toko/profil'), mission('shipped_on_time', 'done', '/toko/pesanan'), mission('withdrawal', 'done', '/toko/tarik-dana')],
  doneCount: 3,
  total: 3,
};
const conversation = (id: string, viewerRole: 'buyer' | 'seller', senderRole: 'buyer' | 'seller') => ({
  id,
  viewerRole,
  unread: senderRole === viewerRole ? 0 : 1,
  lastMessage: { id: '1', senderRole, text: 'Halo' },
});

const clock = { simNow: '2026-11-28T03:00:00.000Z', realNow: '2026-11-28T03:00:00.000Z', speed: 60, paused: true };

function traineeApi(extra: Record<string, FakeAnswer | ((request: Request) => FakeAnswer | Promise<FakeAnswer>)> = {}) {
  return stubApi({
    'GET /api/shops/mine': { body: shop },
    'GET /api/shops/mine/order-counts': { body: orderCounts(0) },
    [`GET /api/classes/${classId}`]: { body: classDetail },
    [`GET /api/classes/${classId}/clock`]: { body: clock },
    'GET /api/missions/mine': { body: missionsAllDone },
    'GET /api/chat/conversations': { body: { items: [], totalUnread: 0 } },
    ...extra,
  });
}

describe('trainee home (/toko)', () => {
  it('restores the session after a reload: same person, her class, her shop, her token on every call', async () => {
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(trainee));
    const api = traineeApi();
    renderRoute('/toko');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halo, Sriyati!' })).toBeTruthy();
    expect(await screen.findByText('Kelas: Pelatihan E-Commerce PKH Pringsewu')).toBeTruthy();
    expect((await screen.findByTestId('shop-name')).textContent).toBe('Toko Sriyati');
    expect(screen.getByText('Dikirim dari Kab. Pringsewu')).toBeTruthy();
    expect(await screen.findByText('10.00 WIB')).toBeTruthy(); // 03.00 UTC, paused
    expect(screen.getByText('Jam dijeda')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lihat Pasar Kelas' }).getAttribute('href')).toBe('/pasar');
    const apiCalls = api.requests.filter((r) => r.url.includes('/api/') && !r.url.includes('/api/health'));
    expect(apiCalls.length).toBeGreaterThanOrEqual(3);
    for (const request of apiCalls) expect(request.headers.get('Authorization')).toBe(`Bearer ${trainee.token}`);
  });

  it('is a to-do list: counters for unpaid, to ship and unanswered chats that open the right place, live', async () => {
    saveSession(trainee);
    let toShip = 1;
    traineeApi({
      'GET /api/shops/mine/order-counts': () => ({ body: orderCounts(toShip) }),
      'GET /api/chat/conversations': {
        body: {
          items: [conversation('c1', 'seller', 'buyer'), conversation('c2', 'seller', 'seller'), conversation('c3', 'buyer', 'seller')],
          totalUnread: 2,
        },
      },
    });
    renderRoute('/toko');
    await waitFor(() => expect(screen.getByTestId('todo-toShip-count').textContent).toBe('1'));
    expect(screen.getByTestId('todo-unpaid-count').textContent).toBe('1');
    await waitFor(() => expect(screen.getByTestId('todo-unanswered-count').textContent).toBe('1'));
    expect(screen.getByTestId('todo-unpaid').getAttribute('href')).toBe('/toko/pesanan?tab=belum_bayar');
    expect(screen.getByTestId('todo-toShip').getAttribute('href')).toBe('/toko/pesanan?tab=perlu_dikirim');
    expect(screen.getByTestId('todo-unanswered').getAttribute('href')).toBe('/chat');
    expect(screen.getByTestId('todo-toShip').textContent).toContain('Perlu Dikirim');
    expect(screen.getByTestId('todo-unanswered').textContent).toContain('Chat belum dibalas');
    expect(screen.getByRole('link', { name: 'Keranjang' }).getAttribute('href')).toBe('/keranjang');
    expect(screen.getByRole('link', { name: 'Pesanan Saya' }).getAttribute('href')).toBe('/pesanan');

    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    toShip = 2;
    act(() =>
      lastSocket()!.serverEvent({
        id: '501',
        type: 'order.paid',
        classId,
        actorId: null,
        payload: { orderId: 'aaaaaaaa-1111-4111-8111-000000000002', shopId, buyerId: 'someone', state: 'PAID' },
        occurredAt: '2026-11-28T03:01:00.000Z',
        simTime: null,
      }),
    );
    await waitFor(() => expect(screen.getByTestId('todo-toShip-count').textContent).toBe('2'));
  });

  it('puts the mission of the moment on top, before the clock, and never says to wait for the facilitator', async () => {
    saveSession(trainee);
    traineeApi({
      'GET /api/missions/mine': {
        body: {
          missions: [mission('shop_setup', 'todo', '/toko/profil', 'shopDescription'), mission('product_with_photo', 'todo', '/toko/produk/baru', 'firstProduct')],
          doneCount: 0,
          total: 2,
        },
      },
    });
    renderRoute('/toko');
    const now = await screen.findByTestId('mission-now');
    expect(now.textContent).toContain('Buka toko');
    expect(now.textContent).toContain('Tulis keterangan toko');
    expect(screen.getByTestId('mission-now-go').getAttribute('href')).toBe('/toko/profil');
    // The to-do list comes before the clock and the shop card on the page.
    const clockText = await screen.findByText('10.00 WIB');
    expect(now.compareDocumentPosition(clockText) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(now.compareDocumentPosition(screen.getByTestId('todo-toShip')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/akan dibuka oleh fasilitator/);
  });

  it('says every mission is done once they are, with no stale "wait" text', async () => {
    saveSession(trainee);
    traineeApi();
    renderRoute('/toko');
    expect(await screen.findByTestId('missions-all-done')).toBeTruthy();
    expect(screen.queryByTestId('mission-now')).toBeNull();
    expect(document.body.textContent).not.toMatch(/akan dibuka oleh fasilitator|Langkah berikutnya/);
  });

  it('has a bottom navigation with words, and badges for unpaid, to ship and unread', async () => {
    saveSession(trainee);
    traineeApi({
      'GET /api/shops/mine/order-counts': { body: orderCounts(2) },
      'GET /api/chat/conversations': { body: { items: [conversation('c1', 'seller', 'buyer')], totalUnread: 3 } },
    });
    renderRoute('/toko');
    const nav = await screen.findByTestId('bottom-nav');
    const links = [...nav.querySelectorAll('a')].map((a) => [a.textContent?.replace(/\d+ \S.*$/, '').replace(/[0-9]/g, ''), a.getAttribute('href')]);
    expect(links.map(([, href]) => href)).toEqual(['/toko', '/toko/produk', '/toko/pesanan', '/chat', '/toko/saldo']);
    for (const word of ['Beranda', 'Produk', 'Pesanan', 'Chat', 'Saldo']) expect(nav.textContent).toContain(word);
    expect(screen.getByTestId('nav-home').getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(screen.getByTestId('nav-orders-act').textContent).toBe('22 perlu dikirim'));
    expect(screen.getByTestId('nav-orders-wait').textContent).toBe('11 belum bayar');
    await waitFor(() => expect(screen.getByTestId('nav-chat-act').textContent).toBe('33 pesan belum dibaca'));
  });

  it('sends someone who has not joined to /gabung', async () => {
    const view = renderRoute('/toko');
    await waitFor(() => expect(view.location().pathname).toBe('/gabung'));
  });

  it('edits the shop name and description on /toko/profil (the first mission), refusing a name shorter than 3 letters first', async () => {
    saveSession(trainee);
    const api = traineeApi({
      'PATCH /api/shops/mine': async (request) => {
        const body = (await request.json()) as { name: string; description: string };
        return { body: { ...shop, ...body } };
      },
    });
    const view = renderRoute('/toko');
    fireEvent.click(await screen.findByTestId('link-shop-profile'));
    await waitFor(() => expect(view.location().pathname).toBe('/toko/profil'));
    const input = await screen.findByRole('textbox', { name: /Nama toko/ });
    fireEvent.change(input, { target: { value: ' Ab ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Nama toko paling sedikit 3 huruf.')).toBeTruthy();
    expect(api.calls('PATCH /api/shops/mine')).toHaveLength(0);

    fireEvent.change(input, { target: { value: 'Gula  Aren Bu Sriyati ' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Keterangan toko/ }), { target: { value: ' Gula aren asli Pekon Ambarawa. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByTestId('shop-profile-saved')).toBeTruthy();
    expect(await api.calls('PATCH /api/shops/mine')[0]!.json()).toEqual({ name: 'Gula Aren Bu Sriyati', description: 'Gula aren asli Pekon Ambarawa.' });
  });

  it('asks before signing out, then forgets the token and returns to /gabung', async () => {
    saveSession(trainee);
    const api = traineeApi({ 'POST /api/auth/logout': { status: 204 } });
    const view = renderRoute('/toko');
    fireEvent.click(await screen.findByRole('button', { name: 'Keluar' }));
    expect(screen.getByRole('alertdialog', { name: 'Yakin mau keluar?' })).toBeTruthy();
    expect(screen.getByText(/perlu PIN dari fasilitator/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(getSession()).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Keluar' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, keluar' }));
    await waitFor(() => expect(view.location().pathname).toBe('/gabung'));
    expect(api.calls('POST /api/auth/logout')).toHaveLength(1);
    expect(getSession()).toBeNull();
  });

  it('shows a demo buyer a buyer home without a shop', async () => {
    saveSession({ ...trainee, name: 'Bu Rahma', role: 'buyer', shopId: null });
    const api = traineeApi();
    renderRoute('/toko');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halo, Bu Rahma!' })).toBeTruthy();
    expect(screen.getByTestId('buyer-note')).toBeTruthy();
    expect(screen.queryByTestId('shop-card')).toBeNull();
    expect(screen.getByRole('link', { name: 'Lihat Pasar Kelas' }).getAttribute('href')).toBe('/pasar');
    expect(screen.queryByTestId('todo-toShip')).toBeNull();
    expect(screen.queryByTestId('bottom-nav')).toBeNull();
    expect(api.calls('GET /api/shops/mine')).toHaveLength(0);
  });

  it('forgets a token the server no longer accepts and returns to /gabung saying why', async () => {
    saveSession(trainee);
    traineeApi({ 'GET /api/shops/mine': apiError(401, 'UNAUTHENTICATED') });
    const view = renderRoute('/toko');
    await waitFor(() => expect(view.location().pathname).toBe('/gabung'));
    expect(getSession()).toBeNull();
    expect(await screen.findByText('Sesi sudah berakhir. Silakan masuk atau gabung kelas lagi.')).toBeTruthy();
  });

  it('follows the class clock live, and reloads after a reconnect that could not be recovered', async () => {
    saveSession(trainee);
    const api = traineeApi();
    renderRoute('/toko');
    expect(await screen.findByText('10.00 WIB')).toBeTruthy();
    await waitFor(() => expect(lastSocket()).toBeDefined());
    const socket = lastSocket()!;
    expect(socket.options).toMatchObject({ auth: { token: trainee.token }, transports: ['websocket', 'polling'] });

    act(() => socket.serverConnect());
    await waitFor(() => expect(api.calls(`GET /api/classes/${classId}/clock`).length).toBe(2));

    act(() =>
      socket.serverEvent({
        id: '41',
        type: 'clock.changed',
        classId,
        actorId: null,
        payload: { simNow: '2026-11-29T03:00:00.000Z', speed: 60, paused: true },
        occurredAt: '2026-11-28T03:00:05.000Z',
        simTime: '2026-11-29T03:00:00.000Z',
      }),
    );
    expect(await screen.findByText('29 Nov 2026')).toBeTruthy();

    // Back within two minutes: socket.io replayed what was missed, nothing to reload.
    act(() => socket.serverDisconnect());
    act(() => socket.serverConnect({ recovered: true }));
    expect(api.calls(`GET /api/classes/${classId}/clock`)).toHaveLength(2);

    // Gone for longer: reload what is on screen.
    act(() => socket.serverDisconnect());
    act(() => socket.serverConnect({ recovered: false }));
    await waitFor(() => expect(api.calls(`GET /api/classes/${classId}/clock`)).toHaveLength(3));
    expect(api.calls('GET /api/shops/mine').length).toBeGreaterThanOrEqual(2);
  });

  it('shows "Latihan minggu ini" below the counters: what the practice buyers did and the next step', async () => {
    saveSession(trainee);
    const api = traineeApi({
      'GET /api/practice/mine': {
        body: { open: true, endsAt: '2026-12-05T03:00:00.000Z', came: 5, toShip: 2, unpaid: 1, fraud: 1, completed: 2, next: 'ship' },
      },
    });
    renderRoute('/toko');
    const card = await screen.findByTestId('practice-week');
    expect(card.querySelector('h2')?.textContent).toBe('Latihan minggu ini');
    expect(screen.getByTestId('practice-week-came').textContent).toBe('5 pesanan datang');
    expect(screen.getByTestId('practice-week-toShip').textContent).toBe('2 sudah dibayar, perlu dikirim');
    expect(screen.getByTestId('practice-week-unpaid').textContent).toBe('1 belum bayar: jangan dikirim');
    expect(screen.getByTestId('practice-week-fraud').textContent).toContain('bukti transfer palsu');
    expect(screen.getByTestId('practice-week-next').textContent).toBe('Berikutnya: kirim pesanan yang sudah dibayar.');
    expect(screen.getByTestId('practice-week-go').getAttribute('href')).toBe('/toko/pesanan?tab=perlu_dikirim');
    // Below the to-do counters (and so below the mission and the learning check), never above them.
    const counters = screen.getByTestId('todo-toShip');
    expect(counters.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(api.calls('GET /api/practice/mine')).toHaveLength(1);
  });

  it('shows no practice card when the class has no practice', async () => {
    saveSession(trainee);
    const api = traineeApi({
      'GET /api/practice/mine': { body: { open: false, endsAt: null, came: 0, toShip: 0, unpaid: 0, fraud: 0, completed: 0, next: 'practice_over' } },
    });
    renderRoute('/toko');
    await waitFor(() => expect(api.calls('GET /api/practice/mine')).toHaveLength(1));
    await screen.findByTestId('shop-name');
    expect(screen.queryByTestId('practice-week')).toBeNull();
  });
});
