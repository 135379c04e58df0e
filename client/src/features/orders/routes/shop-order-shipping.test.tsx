import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '../../../shared/api/schema';
import { saveSession } from '../../../shared/auth/session';
import { apiError, stubApi } from '../../../testing/fake-api';
import { orderDetail, orderId, seller } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';

type Shipment = components['schemas']['ShipmentView'];

const dropPoints = [
  { id: 'jne-pringsewu-ahmad-yani', courier: 'JNE', kind: 'counter' as const, name: 'JNE Agen Pringsewu Ahmad Yani', address: 'Jl. Ahmad Yani No. 21' },
  { id: 'jne-pringsewu-ambarawa', courier: 'JNE', kind: 'counter' as const, name: 'JNE Agen Ambarawa', address: 'Jl. Raya Ambarawa' },
];
const shipment: Shipment = {
  resi: '0123456789012345',
  courierCode: 'jne-reg',
  dropPoint: dropPoints[1]!,
  arrangedAt: '2026-11-28T04:00:00.000Z',
  shippedAt: null,
  tracking: [],
};
const paid = orderDetail({ viewerRole: 'seller', state: 'PAID', stateLabelKey: 'order.state.PAID', shipByAt: '2026-11-30T03:00:00.000Z', payment: { ...orderDetail().payment!, state: 'settled', instructions: null } });
const arranged = { ...paid, shipment };
const shipped = {
  ...arranged,
  state: 'SHIPPED' as const,
  stateLabelKey: 'order.state.SHIPPED',
  shipment: { ...shipment, shippedAt: '2026-11-28T05:00:00.000Z', tracking: [{ step: 'dropped_off' as const, at: '2026-11-28T05:00:00.000Z', city: 'Pringsewu', receiver: null }] },
};

/** The route's lazy chunk is compiled on its first import in a fresh test worker. */
const FIRST_LOAD_MS = 5000;

beforeEach(() => saveSession(seller));

describe('shipping from the seller’s order page', () => {
  it('arranges the shipment at a chosen drop point, links the label, and hands over once after a confirm', async () => {
    const api = stubApi({
      [`GET /api/orders/${orderId}`]: { body: paid },
      [`GET /api/orders/${orderId}/drop-points`]: { body: dropPoints },
      [`POST /api/orders/${orderId}/shipment`]: { body: arranged },
      [`POST /api/orders/${orderId}/ship`]: { body: shipped },
    });
    renderRoute(`/toko/pesanan/${orderId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Atur Pengiriman' }, { timeout: FIRST_LOAD_MS }));
    const options = await screen.findAllByTestId('drop-point');
    expect(options.map((option) => option.textContent)).toEqual(['JNE Agen Pringsewu Ahmad YaniJl. Ahmad Yani No. 21', 'JNE Agen AmbarawaJl. Raya Ambarawa']);
    fireEvent.click(screen.getByRole('radio', { name: /JNE Agen Ambarawa/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Pakai Drop Point Ini' }));
    await waitFor(() => expect(screen.getByTestId('shipment-resi').textContent).toBe('0123456789012345'));
    expect(await api.calls(`POST /api/orders/${orderId}/shipment`)[0]!.json()).toEqual({ dropPointId: 'jne-pringsewu-ambarawa' });
    expect(screen.getByRole('link', { name: 'Cetak Label' }).getAttribute('href')).toBe(`/toko/pesanan/${orderId}/label`);

    fireEvent.click(screen.getByRole('button', { name: 'Sudah diserahkan ke drop point' }));
    expect(screen.getByRole('alertdialog', { name: 'Paket sudah diserahkan ke petugas?' }).textContent).toContain('JNE Agen Ambarawa');
    const confirm = screen.getByRole('button', { name: 'Ya, Sudah Diserahkan' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByTestId('order-state').textContent).toBe('Dikirim'));
    expect(api.calls(`POST /api/orders/${orderId}/ship`)).toHaveLength(1);
    expect(screen.getByTestId('parcel-resi').textContent).toBe('0123456789012345');
    expect(screen.getByTestId('tracking-timeline').textContent).toContain('Paket diterima di drop point (Pringsewu)');
  });

  it('teaches why an unpaid order cannot be shipped when the seller tries', async () => {
    stubApi({
      [`GET /api/orders/${orderId}`]: { body: orderDetail({ viewerRole: 'seller', payment: { ...orderDetail().payment!, instructions: null } }) },
      [`GET /api/orders/${orderId}/drop-points`]: { body: dropPoints },
      [`POST /api/orders/${orderId}/shipment`]: apiError(409, 'NOT_PAID'),
    });
    renderRoute(`/toko/pesanan/${orderId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Atur Pengiriman' }, { timeout: FIRST_LOAD_MS }));
    await screen.findAllByTestId('drop-point');
    fireEvent.click(screen.getByRole('button', { name: 'Pakai Drop Point Ini' }));
    const refusal = await screen.findByTestId('not-paid-refusal');
    expect(refusal.textContent).toContain('Pesanan belum dibayar. Jangan kirim barang sebelum status Perlu Dikirim — bukti transfer di chat bukan bukti bayar.');
    expect(screen.getByTestId('order-state').textContent).toBe('Belum Bayar');
  });
});
