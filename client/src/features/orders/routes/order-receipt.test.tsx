import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { buyer, orderDetail, orderId, sugarId } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';

const tracking = [
  { step: 'dropped_off' as const, at: '2026-11-28T05:00:00.000Z', city: 'Pringsewu', receiver: null },
  { step: 'delivered' as const, at: '2026-11-30T17:00:00.000Z', city: 'Kota Bandar Lampung', receiver: 'YBS' },
];
const shipment = {
  resi: '0123456789012345',
  courierCode: 'jne-reg',
  dropPoint: { id: 'jne-pringsewu-ambarawa', courier: 'JNE', kind: 'counter' as const, name: 'JNE Agen Ambarawa', address: 'Jl. Raya Ambarawa' },
  arrangedAt: '2026-11-28T04:00:00.000Z',
  shippedAt: '2026-11-28T05:00:00.000Z',
  tracking,
};
const delivered = orderDetail({ state: 'DELIVERED', stateLabelKey: 'order.state.DELIVERED', autoCompleteAt: '2026-12-03T17:00:00.000Z', shipment });
const completed = { ...delivered, state: 'COMPLETED' as const, stateLabelKey: 'order.state.COMPLETED' };

/** The route's lazy chunk is compiled on its first import in a fresh test worker. */
const FIRST_LOAD_MS = 5000;

beforeEach(() => saveSession(buyer));

describe('the buyer receives the parcel', () => {
  it('shows the tracking, confirms "Pesanan Diterima" after asking, then takes a review', async () => {
    const review = { id: 'r1', productId: sugarId, orderId, buyerName: 'Bu Rahma', rating: 4, text: 'Wangi dan rapi', at: '2026-12-01T00:00:00.000Z' };
    const api = stubApi({
      [`GET /api/orders/${orderId}`]: { body: delivered },
      [`POST /api/orders/${orderId}/received`]: { body: completed },
      [`GET /api/orders/${orderId}/reviews`]: { body: [] },
      [`POST /api/orders/${orderId}/reviews`]: { status: 201, body: review },
    });
    renderRoute(`/pesanan/${orderId}`);
    const timeline = await screen.findByTestId('tracking-timeline', {}, { timeout: FIRST_LOAD_MS });
    // Newest first, with who received it.
    expect(timeline.querySelectorAll('li')[0]!.textContent).toContain('Paket sudah diterima (Kota Bandar Lampung)');
    expect(screen.getByTestId('tracking-receiver').textContent).toBe('Diterima oleh: YBS');
    expect(screen.getByTestId('received-panel').textContent).toContain('selesai otomatis 4 Des 2026 00.00 WIB');

    fireEvent.click(screen.getByRole('button', { name: 'Pesanan Diterima' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, Sudah Diterima' }));
    await waitFor(() => expect(screen.getByTestId('order-state').textContent).toBe('Selesai'));
    expect(api.calls(`POST /api/orders/${orderId}/received`)).toHaveLength(1);

    const form = await screen.findByTestId('review-form');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim Ulasan' }));
    expect(form.textContent).toContain('Pilih bintangnya dulu.');
    fireEvent.click(screen.getByRole('radio', { name: '4 bintang' }));
    fireEvent.change(screen.getByLabelText('Ceritakan barangnya'), { target: { value: ' Wangi dan rapi ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim Ulasan' }));
    await screen.findByTestId('review-sent');
    expect(await api.calls(`POST /api/orders/${orderId}/reviews`)[0]!.json()).toEqual({ productId: sugarId, rating: 4, text: 'Wangi dan rapi' });
  });

  it('keeps "Pesanan Diterima" pressed without signal, and sends it once when the signal is back', async () => {
    let online = false;
    let reached = 0;
    stubApi({
      [`GET /api/orders/${orderId}`]: { body: delivered },
      [`POST /api/orders/${orderId}/received`]: () => {
        if (!online) throw new TypeError('Failed to fetch');
        reached++;
        return { body: completed };
      },
      [`GET /api/orders/${orderId}/reviews`]: { body: [] },
    });
    const first = renderRoute(`/pesanan/${orderId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Pesanan Diterima' }, { timeout: FIRST_LOAD_MS }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, Sudah Diterima' }));
    expect((await screen.findByTestId('received-waiting')).textContent).toContain('Menunggu sinyal');
    expect(screen.queryByRole('button', { name: 'Pesanan Diterima' })).toBeNull();

    // The page opened again (a reload): still waiting, not asked twice.
    first.unmount();
    renderRoute(`/pesanan/${orderId}`);
    await screen.findByTestId('received-waiting', {}, { timeout: FIRST_LOAD_MS });

    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.getByTestId('order-state').textContent).toBe('Selesai'));
    expect(reached).toBe(1);
  });
});
