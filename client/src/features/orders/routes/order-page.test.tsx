import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { buyer, orderDetail, orderId, orderSummary } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';

beforeEach(() => saveSession(buyer));

describe("the buyer's order (/pesanan/:orderId)", () => {
  it('shows the status timeline and what comes next', async () => {
    stubApi({ [`GET /api/orders/${orderId}`]: { body: orderDetail() } });
    renderRoute(`/pesanan/${orderId}`);
    const timeline = await screen.findByTestId('status-timeline');
    expect(within(timeline).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Pesanan dibuat, menunggu pembayaran28 Nov 2026 10.00 WIB',
      'Bayar sebelum 29 Nov 2026 10.00 WIB',
    ]);
    expect(screen.getByTestId('invoice-number').textContent).toBe('INV/20261128/PL/0001');
    expect(screen.getByTestId('order-state').textContent).toBe('Belum Bayar');
    expect(screen.getByRole('link', { name: 'Bayar Sekarang' }).getAttribute('href')).toBe(`/pesanan/${orderId}/bayar`);
  });

  it('cancels before payment, after asking', async () => {
    const cancelled = orderDetail({
      state: 'CANCELLED',
      cancelReason: 'buyer_cancelled',
      history: [...orderDetail().history, { from: 'AWAITING_PAYMENT', to: 'CANCELLED', actor: 'buyer', reason: 'buyer_cancelled', note: null, at: '2026-11-28T03:10:00.000Z' }],
      payment: { ...orderDetail().payment!, state: 'cancelled' },
    });
    const api = stubApi({ [`GET /api/orders/${orderId}`]: { body: orderDetail() }, [`POST /api/orders/${orderId}/cancel`]: { body: cancelled } });
    renderRoute(`/pesanan/${orderId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Batalkan Pesanan' }));
    expect(screen.getByRole('alertdialog', { name: 'Batalkan pesanan ini?' })).toBeTruthy();
    expect(api.calls(`POST /api/orders/${orderId}/cancel`)).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Ya, Batalkan' }));
    await waitFor(() => expect(screen.getByTestId('order-state').textContent).toBe('Dibatalkan'));
    expect(api.calls(`POST /api/orders/${orderId}/cancel`)).toHaveLength(1);
    expect(screen.getByTestId('cancelled-note').textContent).toBe('Dibatalkan oleh pembeli');
    expect(screen.queryByRole('button', { name: 'Batalkan Pesanan' })).toBeNull();
  });

  it('cannot be cancelled once paid', async () => {
    stubApi({ [`GET /api/orders/${orderId}`]: { body: orderDetail({ state: 'PAID' }) } });
    renderRoute(`/pesanan/${orderId}`);
    expect((await screen.findByTestId('paid-note')).textContent).toBe('Pembayaran diterima. Penjual sedang mengemas pesanan Anda.');
    expect(screen.getByTestId('order-state').textContent).toBe('Dikemas');
    expect(screen.queryByRole('button', { name: 'Batalkan Pesanan' })).toBeNull();
  });
});

describe('"Pesanan Saya" (/pesanan)', () => {
  it('lists the orders with a tab per status, unpaid ones leading to their payment page', async () => {
    const api = stubApi({ 'GET /api/orders/mine': { body: { items: [orderSummary()], nextCursor: null } } });
    renderRoute('/pesanan');
    const card = await screen.findByTestId('order-card');
    expect(within(card).getByText('Gula Aren Bu Sriyati')).toBeTruthy();
    expect(within(card).getByRole('link').getAttribute('href')).toBe(`/pesanan/${orderId}/bayar`);
    expect(within(card).queryByTestId('unpaid-warning')).toBeNull();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Semua', 'Belum Bayar', 'Dikemas', 'Dikirim', 'Selesai', 'Dibatalkan']);
    fireEvent.click(screen.getByRole('tab', { name: 'Dikemas' }));
    await waitFor(() => expect(api.calls('GET /api/orders/mine')).toHaveLength(2));
    expect(new URL(api.calls('GET /api/orders/mine')[1]!.url).searchParams.get('tab')).toBe('perlu_dikirim');
  });
});
