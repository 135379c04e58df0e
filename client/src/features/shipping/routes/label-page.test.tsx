import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { orderId, seller } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';

const label = {
  invoiceNumber: 'INV/20261128/PL/0001',
  resi: 'JP0123456789',
  courier: { code: 'jnt-ez', courier: 'J&T', service: 'EZ', name: 'J&T Express EZ' },
  sender: { name: 'Toko Sriyati', phone: null, street: null, district: null, regencyLabel: 'Kab. Pringsewu', provinceName: null },
  recipient: { name: 'Bu Rahma', phone: '0812****7890', street: 'Jl. Raya Ambarawa No. 12', district: 'Ambarawa', regencyLabel: 'Kota Bandar Lampung', provinceName: 'Lampung' },
  weightKg: 2,
  weightGrams: 1500,
  itemCount: 3,
  cod: true,
  codAmount: 87000,
  dropPoint: { id: 'jnt-pringsewu-pasar', courier: 'J&T', kind: 'counter', name: 'J&T Express Drop Point Pasar Pringsewu', address: 'Jl. Kesehatan No. 8' },
  arrangedAt: '2026-11-28T04:00:00.000Z',
};

beforeEach(() => saveSession(seller));

describe('the shipping label (/toko/pesanan/:orderId/label)', () => {
  it('prints the courier, the resi as a barcode, both parties, the weight and the COD amount', async () => {
    stubApi({ [`GET /api/orders/${orderId}/label`]: { body: label } });
    renderRoute(`/toko/pesanan/${orderId}/label`);
    const printed = await screen.findByTestId('shipping-label', {}, { timeout: 5000 });
    expect(screen.getByTestId('label-courier').textContent).toBe('J&T');
    expect(screen.getByTestId('label-resi').textContent).toBe('JP0123456789');
    expect(screen.getByRole('img', { name: 'Barcode nomor resi JP0123456789' })).toBeTruthy();
    // Code 128 B: start + 12 characters + checksum = 14 symbols of 3 bars, and the stop's 4.
    expect(screen.getByTestId('barcode').querySelectorAll('rect[fill="#000"]')).toHaveLength(14 * 3 + 4);
    expect(screen.getByTestId('label-phone').textContent).toBe('0812****7890');
    expect(screen.getByTestId('label-cod').textContent).toBe('COD — kurir menagih Rp 87.000 ke penerima');
    expect(within(printed).getByText('Kota Bandar Lampung', { exact: false }).textContent).toContain('Jl. Raya Ambarawa No. 12, Ambarawa');
    expect(screen.getByTestId('label-invoice').textContent).toBe('INV/20261128/PL/0001');
    expect(screen.getByRole('button', { name: 'Cetak Label' })).toBeTruthy();
  });
});
