import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { buyer, orderDetail, orderEvent, orderId, orderSummary, seller, sellerShopId } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';
import { resetSoundForTests } from '../notification-sound';

const counts = (tabs: Partial<Record<'belum_bayar' | 'perlu_dikirim' | 'dikirim' | 'selesai' | 'dibatalkan', number>>) => ({
  states: { AWAITING_PAYMENT: 0, PAID: 0, SHIPPED: 0, DELIVERED: 0, COMPLETED: 0, CANCELLED: 0, RETURNED: 0 },
  tabs: { belum_bayar: 0, perlu_dikirim: 0, dikirim: 0, selesai: 0, dibatalkan: 0, ...tabs },
});

const beeps: number[] = [];
class FakeAudioContext {
  state = 'running';
  currentTime = 0;
  destination = {};
  resume = async () => undefined;
  createOscillator() {
    return { type: '', frequency: { setValueAtTime: (f: number) => beeps.push(f) }, connect() {}, start() {}, stop() {} };
  }
  createGain() {
    return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect() {} };
  }
}

beforeEach(() => {
  saveSession(seller);
  beeps.length = 0;
  resetSoundForTests();
  vi.stubGlobal('AudioContext', FakeAudioContext);
});

describe('the seller\'s "Pesanan" (/toko/pesanan)', () => {
  it('shows the resi on a shipped order, and none before the shipment is arranged', async () => {
    stubApi({
      'GET /api/shops/mine/order-counts': { body: counts({ dikirim: 1, belum_bayar: 1 }) },
      'GET /api/shops/mine/orders': {
        body: { items: [orderSummary({ id: 'o-shipped', state: 'SHIPPED', resi: '0134326424999639' }), orderSummary({ id: 'o-unpaid' })], nextCursor: null },
      },
    });
    renderRoute('/toko/pesanan');
    const cards = await screen.findAllByTestId('order-card');
    expect(within(cards[0]!).getByTestId('order-card-resi').textContent).toBe('No. Resi JNE Reguler: 0134326424999639');
    expect(within(cards[1]!).queryByTestId('order-card-resi')).toBeNull();
  });

  it('shows the tabs with their counts, and says "jangan kirim dulu" on an unpaid order', async () => {
    const api = stubApi({
      'GET /api/shops/mine/order-counts': { body: counts({ belum_bayar: 1, perlu_dikirim: 2, dibatalkan: 1 }) },
      'GET /api/shops/mine/orders': { body: { items: [orderSummary()], nextCursor: null } },
    });
    renderRoute('/toko/pesanan');
    const card = await screen.findByTestId('order-card');
    expect(within(card).getByTestId('order-state').textContent).toBe('Belum Bayar');
    expect(within(card).getByTestId('unpaid-warning').textContent).toBe('Belum dibayar — jangan kirim dulu');
    expect(within(card).getByText('Bu Rahma')).toBeTruthy();
    expect(within(card).getByText('Rp 37.000')).toBeTruthy();
    expect(within(card).getByRole('link').getAttribute('href')).toBe(`/toko/pesanan/${orderId}`);
    expect(screen.getByTestId('unpaid-lesson')).toBeTruthy();

    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual(['Belum Bayar1', 'Perlu Dikirim2', 'Dikirim', 'Selesai', 'Dibatalkan1']);
    expect(screen.getByRole('tab', { name: /Belum Bayar/ }).getAttribute('aria-selected')).toBe('true');
    expect(new URL(api.calls('GET /api/shops/mine/orders')[0]!.url).searchParams.get('tab')).toBe('belum_bayar');

    fireEvent.click(screen.getByRole('tab', { name: /Perlu Dikirim/ }));
    await waitFor(() => expect(api.calls('GET /api/shops/mine/orders')).toHaveLength(2));
    expect(new URL(api.calls('GET /api/shops/mine/orders')[1]!.url).searchParams.get('tab')).toBe('perlu_dikirim');
  });

  it('says where the paid orders are when the tab it opens on is empty, and takes her there in one tap', async () => {
    const api = stubApi({
      'GET /api/shops/mine/order-counts': { body: counts({ perlu_dikirim: 2 }) },
      'GET /api/shops/mine/orders': (request) =>
        new URL(request.url).searchParams.get('tab') === 'perlu_dikirim'
          ? { body: { items: [orderSummary({ state: 'PAID', stateLabelKey: 'order.state.PAID' })], nextCursor: null } }
          : { body: { items: [], nextCursor: null } },
    });
    renderRoute('/toko/pesanan');
    expect((await screen.findByTestId('orders-empty')).textContent).toBe('Tidak ada pesanan yang belum dibayar.');
    const banner = await screen.findByTestId('to-ship-banner');
    expect(banner.textContent).toBe('Ada 2 pesanan sudah dibayar. Lihat di Perlu Dikirim.');
    fireEvent.click(banner);
    await screen.findByTestId('order-card');
    expect(screen.getByRole('tab', { name: /Perlu Dikirim/ }).getAttribute('aria-selected')).toBe('true');
    expect(new URL(api.calls('GET /api/shops/mine/orders').at(-1)!.url).searchParams.get('tab')).toBe('perlu_dikirim');
    expect(screen.queryByTestId('to-ship-banner')).toBeNull();
  });

  it('does not point elsewhere while the tab shows orders, or when nothing waits to be shipped', async () => {
    stubApi({
      'GET /api/shops/mine/order-counts': { body: counts({ belum_bayar: 1, perlu_dikirim: 1 }) },
      'GET /api/shops/mine/orders': { body: { items: [orderSummary()], nextCursor: null } },
    });
    const first = renderRoute('/toko/pesanan');
    await screen.findByTestId('order-card');
    await waitFor(() => expect(screen.getByTestId('tab-count-perlu_dikirim').textContent).toBe('1'));
    expect(screen.queryByTestId('to-ship-banner')).toBeNull();
    first.unmount();

    stubApi({
      'GET /api/shops/mine/order-counts': { body: counts({ dikirim: 1 }) },
      'GET /api/shops/mine/orders': { body: { items: [], nextCursor: null } },
    });
    renderRoute('/toko/pesanan');
    await screen.findByTestId('orders-empty');
    await waitFor(() => expect(screen.getByTestId('tab-count-dikirim').textContent).toBe('1'));
    expect(screen.queryByTestId('to-ship-banner')).toBeNull();
  });

  it('moves a paid order out of "Belum Bayar" live: highlighted, counted under "Perlu Dikirim", with a beep', async () => {
    let tabCounts = counts({ belum_bayar: 1 });
    const api = stubApi({
      'GET /api/shops/mine/order-counts': () => ({ body: tabCounts }),
      'GET /api/shops/mine/orders': (request) =>
        new URL(request.url).searchParams.get('tab') === 'perlu_dikirim'
          ? { body: { items: [orderSummary({ state: 'PAID', stateLabelKey: 'order.state.PAID' })], nextCursor: null } }
          : { body: { items: [orderSummary()], nextCursor: null } },
    });
    renderRoute('/toko/pesanan');
    await screen.findByTestId('unpaid-warning');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());

    tabCounts = counts({ perlu_dikirim: 1 });
    act(() => lastSocket()!.serverEvent(orderEvent('order.paid')));
    // The paid card leaves "Belum Bayar" at once (never a "Perlu Dikirim" card under "jangan kirim dulu").
    expect(screen.queryByTestId('order-card')).toBeNull();
    expect(screen.getByTestId('orders-empty').textContent).toBe('Tidak ada pesanan yang belum dibayar.');
    expect(screen.getByTestId('fresh-banner')).toBeTruthy();
    expect(beeps).toEqual([880, 1320]);
    await waitFor(() => expect(screen.getByTestId('tab-count-perlu_dikirim').textContent).toBe('1'));
    expect(screen.queryByTestId('tab-count-belum_bayar')).toBeNull();

    fireEvent.click(screen.getByTestId('fresh-banner'));
    await waitFor(() => expect(api.calls('GET /api/shops/mine/orders').length).toBeGreaterThanOrEqual(2));
    await waitFor(() => expect(screen.getByTestId('order-card').className).toContain('order-card--fresh'));
    const card = screen.getByTestId('order-card');
    expect(within(card).getByTestId('order-state').textContent).toBe('Perlu Dikirim');
    expect(within(card).queryByTestId('unpaid-warning')).toBeNull();
    expect(within(card).getByTestId('fresh-paid').textContent).toBe('Baru dibayar! Siapkan dan kirim pesanan ini.');
  });

  it('keeps a paid order out of "Belum Bayar" when a list fetched before the payment arrives after it', async () => {
    let release: () => void = () => undefined;
    let placed = false;
    let held = false;
    stubApi({
      'GET /api/shops/mine/order-counts': { body: counts({ belum_bayar: 1 }) },
      'GET /api/shops/mine/orders': async () => {
        if (!placed) return { body: { items: [], nextCursor: null } };
        // The reload after "order.placed" answers only after "order.paid" was heard: a stale list.
        held = true;
        await new Promise<void>((resolve) => (release = resolve));
        return { body: { items: [orderSummary()], nextCursor: null } };
      },
    });
    renderRoute('/toko/pesanan');
    await screen.findByTestId('orders-empty');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    placed = true;
    act(() => lastSocket()!.serverEvent(orderEvent('order.placed')));
    await waitFor(() => expect(held).toBe(true));
    act(() => lastSocket()!.serverEvent(orderEvent('order.paid')));
    await act(async () => release());
    await waitFor(() => expect(screen.getByTestId('fresh-banner')).toBeTruthy());
    expect(screen.queryByTestId('order-card')).toBeNull();
  });

  it('loads a new order placed while the page is open, and hears only its own shop', async () => {
    let items = [] as ReturnType<typeof orderSummary>[];
    const api = stubApi({
      'GET /api/shops/mine/order-counts': { body: counts({}) },
      'GET /api/shops/mine/orders': () => ({ body: { items, nextCursor: null } }),
    });
    renderRoute('/toko/pesanan');
    expect((await screen.findByTestId('orders-empty')).textContent).toBe('Tidak ada pesanan yang belum dibayar.');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    const before = api.calls('GET /api/shops/mine/orders').length;

    act(() => lastSocket()!.serverEvent(orderEvent('order.placed', { shopId: 'someone-elses-shop' })));
    act(() => lastSocket()!.serverEvent(orderEvent('order.paid', { shopId: 'someone-elses-shop' })));
    expect(beeps).toEqual([]);
    expect(api.calls('GET /api/shops/mine/orders')).toHaveLength(before);

    items = [orderSummary()];
    act(() => lastSocket()!.serverEvent(orderEvent('order.placed', { shopId: sellerShopId, buyerId: buyer.id })));
    expect(await screen.findByTestId('unpaid-warning')).toBeTruthy();
  });

  it('mutes the sound, and remembers it on this phone', async () => {
    stubApi({
      'GET /api/shops/mine/order-counts': { body: counts({ belum_bayar: 1 }) },
      'GET /api/shops/mine/orders': { body: { items: [orderSummary()], nextCursor: null } },
    });
    renderRoute('/toko/pesanan');
    const toggle = await screen.findByTestId('sound-toggle');
    expect(toggle.textContent).toBe('Bunyi: nyala');
    fireEvent.click(toggle);
    expect(toggle.textContent).toBe('Bunyi: mati');
    expect(window.localStorage.getItem('pasar-latihan.order-sound-muted')).toBe('1');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    act(() => lastSocket()!.serverEvent(orderEvent('order.paid')));
    expect(screen.getByTestId('fresh-banner')).toBeTruthy();
    expect(beeps).toEqual([]);
  });

  it('ships from the card: "Kirim" opens one sheet with the nearest drop point chosen, then "Sudah diserahkan" (2 taps)', async () => {
    const dropPoints = [
      { id: 'jne-pringsewu-ahmad-yani', courier: 'JNE', kind: 'counter' as const, name: 'JNE Agen Pringsewu Ahmad Yani', address: 'Jl. Ahmad Yani No. 21' },
      { id: 'jne-pringsewu-ambarawa', courier: 'JNE', kind: 'counter' as const, name: 'JNE Agen Ambarawa', address: 'Jl. Raya Ambarawa' },
    ];
    const shipment = { resi: '0123456789012345', courierCode: 'jne-reg', dropPoint: dropPoints[0]!, arrangedAt: '2026-11-28T04:00:00.000Z', shippedAt: null, tracking: [] };
    const paid = orderDetail({ viewerRole: 'seller', state: 'PAID', stateLabelKey: 'order.state.PAID' });
    const api = stubApi({
      'GET /api/shops/mine/order-counts': { body: counts({ perlu_dikirim: 1 }) },
      'GET /api/shops/mine/orders': { body: { items: [orderSummary({ state: 'PAID', stateLabelKey: 'order.state.PAID' })], nextCursor: null } },
      [`GET /api/orders/${orderId}/drop-points`]: { body: dropPoints },
      [`POST /api/orders/${orderId}/shipment`]: { body: { ...paid, shipment } },
      [`POST /api/orders/${orderId}/ship`]: { body: { ...paid, state: 'SHIPPED', stateLabelKey: 'order.state.SHIPPED', shipment } },
    });
    renderRoute('/toko/pesanan?tab=perlu_dikirim');
    fireEvent.click(await screen.findByTestId('ship-open'));
    const sheet = await screen.findByTestId('ship-sheet');
    await waitFor(() => expect(within(sheet).getAllByRole('radio')).toHaveLength(2));
    expect((within(sheet).getAllByRole('radio')[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(sheet).getByTestId('ship-hand-over'));
    expect(await screen.findByTestId('shipped-note')).toBeTruthy();
    expect(await api.calls(`POST /api/orders/${orderId}/shipment`)[0]!.json()).toEqual({ dropPointId: 'jne-pringsewu-ahmad-yani' });
    expect(api.calls(`POST /api/orders/${orderId}/ship`)).toHaveLength(1);
    expect(screen.queryByTestId('order-card')).toBeNull();
  });

  it('sends a demo buyer, who has no shop, to the market', async () => {
    saveSession(buyer);
    stubApi({});
    const view = renderRoute('/toko/pesanan');
    await waitFor(() => expect(view.location().pathname).toBe('/pasar'));
  });
});
