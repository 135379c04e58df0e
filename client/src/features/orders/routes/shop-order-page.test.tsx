import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { orderDetail, orderId, seller } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';

const sellerView = orderDetail({ viewerRole: 'seller', payment: { ...orderDetail().payment!, instructions: null } });

/** The route's lazy chunk is compiled on its first import in a fresh test worker. */
const FIRST_LOAD_MS = 5000;

beforeEach(() => saveSession(seller));

describe("the seller's order page (/toko/pesanan/:orderId)", () => {
  it('shows the buyer, the address to ship to, the items and the courier, and warns not to ship yet', async () => {
    stubApi({ [`GET /api/orders/${orderId}`]: { body: sellerView } });
    renderRoute(`/toko/pesanan/${orderId}`);
    expect((await screen.findByTestId('unpaid-warning', {}, { timeout: FIRST_LOAD_MS })).textContent).toContain('Belum dibayar — jangan kirim dulu');
    expect(screen.getByText('Pembeli: Bu Rahma')).toBeTruthy();
    expect(screen.getByTestId('order-address').textContent).toContain('Jl. Raya Ambarawa No. 12, RT 02 RW 01');
    expect(screen.getByTestId('order-address').textContent).toContain('081234567890');
    expect(screen.getByTestId('order-address').textContent).toContain('Ambarawa, Kota Bandar Lampung, Lampung');
    expect(screen.getByTestId('order-courier').textContent).toBe('JNE Reguler');
    expect(screen.getByText('estimasi tiba 2-3 hari')).toBeTruthy();
    expect(screen.getByTestId('order-note').textContent).toBe('Catatan pembeli: Tolong dibungkus rapi');
    expect(screen.getByTestId('order-total').textContent).toBe('Rp 37.000');
    expect(screen.getByTestId('order-state').textContent).toBe('Belum Bayar');
    // Not paid: no hand-over button; only "Atur Pengiriman", which the API refuses with the lesson.
    expect(screen.queryByRole('button', { name: /diserahkan/ })).toBeNull();
  });

  it('refuses the order with a reason the buyer reads', async () => {
    const refused = { ...sellerView, state: 'CANCELLED' as const, cancelReason: 'seller_refused' as const, cancelNote: 'Stok sedang habis' };
    const api = stubApi({
      [`GET /api/orders/${orderId}`]: { body: sellerView },
      [`POST /api/orders/${orderId}/refuse`]: { body: refused },
    });
    renderRoute(`/toko/pesanan/${orderId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Tolak Pesanan' }, { timeout: FIRST_LOAD_MS }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, Tolak Pesanan' }));
    expect(screen.getByText('Tulis alasannya (paling sedikit 3 huruf).')).toBeTruthy();
    expect(api.calls(`POST /api/orders/${orderId}/refuse`)).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Stok sedang habis' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, Tolak Pesanan' }));
    await waitFor(() => expect(screen.getByTestId('cancelled-note').textContent).toBe('Ditolak oleh penjual — “Stok sedang habis”'));
    expect(await api.calls(`POST /api/orders/${orderId}/refuse`)[0]!.json()).toEqual({ reason: 'Stok sedang habis' });
    expect(screen.getByTestId('order-state').textContent).toBe('Dibatalkan');
  });

  it('says a paid order is ready to ship', async () => {
    stubApi({ [`GET /api/orders/${orderId}`]: { body: { ...sellerView, state: 'PAID', shipByAt: '2026-11-30T03:00:00.000Z' } } });
    renderRoute(`/toko/pesanan/${orderId}`);
    expect((await screen.findByTestId('ready-to-ship', {}, { timeout: FIRST_LOAD_MS })).textContent).toContain('Sudah dibayar.');
    expect(screen.getByTestId('ship-countdown').textContent).toContain('Kirim sebelum 30 Nov 2026 10.00 WIB');
    expect(screen.getByTestId('order-state').textContent).toBe('Perlu Dikirim');
    // The seller can ask the buyer from the order itself (the route composes the chat feature's button).
    expect(screen.getByTestId('chat-buyer').textContent).toContain('Chat Pembeli');
  });
});
