import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { apiError, stubApi } from '../../../testing/fake-api';
import { seller } from '../../../testing/order-fixtures';
import { detail } from '../../catalog/testing/fixtures';
import { PromotionsPage } from './promotions-page';

const FIRST_LOAD_MS = 5000;
const sugar = detail(1, { title: 'Gula Aren Cetak 1 kg' });
const basket = detail(2, { title: 'Tampah Bambu' });
const hidden = detail(3, { title: 'Keripik Singkong', status: 'inactive' });

const running = {
  id: 'pppppppp-1111-4111-8111-000000000001',
  productId: basket.id,
  productTitle: 'Tampah Bambu',
  days: 2,
  fee: 10_000,
  startsAt: '2026-11-28T03:00:00.000Z',
  endsAt: '2026-11-30T03:00:00.000Z',
  active: true,
  views: 12,
  orders: 2,
  replayed: false,
};

beforeEach(() => saveSession(seller));

function renderPage() {
  return render(
    <MemoryRouter useTransitions={false}>
      <PromotionsPage />
    </MemoryRouter>,
  );
}

describe('Iklan (/toko/iklan)', () => {
  it('shows what a running promotion brought, and offers only products on sale and not promoted', async () => {
    stubApi({
      'GET /api/promotions': { body: { items: [running], pricePerDay: 5_000, available: 20_000 } },
      'GET /api/shops/mine/products': { body: [sugar, basket, hidden] },
    });
    renderPage();
    const item = await screen.findByTestId('promotion', {}, { timeout: FIRST_LOAD_MS });
    expect(item.textContent).toContain('Tampah Bambu');
    expect(screen.getByTestId('promotion-stats').textContent).toBe('12 kali dilihat · 2 pesanan');
    expect(item.textContent).toContain('Tayang sampai 30 Nov 2026 10.00 WIB');
    const options = [...screen.getByTestId('promotion-product').querySelectorAll('option')].map((option) => option.textContent);
    expect(options).toEqual(['Pilih produk', 'Gula Aren Cetak 1 kg']);
  });

  it('prices the days, refuses what the saldo cannot pay, and pays once after confirming', async () => {
    const api = stubApi({
      'GET /api/promotions': { body: { items: [], pricePerDay: 5_000, available: 12_000 } },
      'GET /api/shops/mine/products': { body: [sugar] },
      'POST /api/promotions': { status: 201, body: { ...running, productId: sugar.id, productTitle: sugar.title, fee: 10_000 } },
    });
    renderPage();
    fireEvent.change(await screen.findByTestId('promotion-product', {}, { timeout: FIRST_LOAD_MS }), { target: { value: sugar.id } });
    fireEvent.click(screen.getByRole('button', { name: '3' }));
    expect(screen.getByTestId('promotion-fee').textContent).toBe('Biaya iklan 3 hari: Rp 15.000');
    expect(screen.getByText('Saldo belum cukup untuk iklan ini.')).toBeTruthy();
    expect((screen.getByTestId('promotion-submit') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    fireEvent.click(screen.getByTestId('promotion-submit'));
    const confirm = screen.getByRole('button', { name: 'Ya, Bayar Iklan' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await waitFor(() => expect(api.calls('POST /api/promotions')).toHaveLength(1));
    const post = api.calls('POST /api/promotions')[0]!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({ productId: sugar.id, days: 2 });
  });

  it('says why the API refused', async () => {
    stubApi({
      'GET /api/promotions': { body: { items: [], pricePerDay: 5_000, available: 50_000 } },
      'GET /api/shops/mine/products': { body: [sugar] },
      'POST /api/promotions': apiError(409, 'PROMOTION_ALREADY_ACTIVE'),
    });
    renderPage();
    fireEvent.change(await screen.findByTestId('promotion-product', {}, { timeout: FIRST_LOAD_MS }), { target: { value: sugar.id } });
    fireEvent.click(screen.getByTestId('promotion-submit'));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, Bayar Iklan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Produk ini sedang diiklankan.');
  });
});
