import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { apiError, stubApi } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';
import { detail, trainee } from '../testing/fixtures';

const sugar = detail(1, { title: 'Gula Aren Cetak 1 kg', price: 25000, stock: 12 });
const basket = detail(2, { title: 'Keranjang Bambu Anyam', price: 45000, stock: 0, status: 'inactive', category: 'kerajinan-bambu', photos: [], photo: null });

beforeEach(() => saveSession(trainee));

function row(title: string) {
  return screen.getAllByTestId('my-product').find((li) => li.textContent?.includes(title))!;
}

describe('Produk Saya (/toko/produk)', () => {
  it('lists her products with thumbnail, price as Rp, stock and whether buyers see them', async () => {
    stubApi({ 'GET /api/shops/mine/products': { body: [sugar, basket] } });
    renderRoute('/toko/produk');
    expect(await screen.findByRole('heading', { level: 1, name: 'Produk Saya' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('my-product')).toHaveLength(2));
    const first = within(row('Gula Aren'));
    expect(first.getByText('Rp 25.000')).toBeTruthy();
    expect(first.getByTestId('my-product-stock').textContent).toBe('12');
    expect(first.getByTestId('product-status').textContent).toBe('Aktif');
    const thumb = row('Gula Aren').querySelector('img')!;
    expect(thumb.getAttribute('src')).toBe(sugar.photos[0]!.urls.thumb);
    expect(thumb.getAttribute('loading')).toBe('lazy');
    expect(within(row('Keranjang')).getByTestId('product-status').textContent).toBe('Nonaktif');
    expect(screen.getByRole('link', { name: 'Tambah Produk' }).getAttribute('href')).toBe('/toko/produk/baru');
    expect(first.getByRole('link', { name: 'Ubah' }).getAttribute('href')).toBe(`/toko/produk/${sugar.id}/ubah`);
  });

  it('restocks with + and −, and sets a number', async () => {
    const api = stubApi({
      'GET /api/shops/mine/products': { body: [sugar] },
      [`POST /api/products/${sugar.id}/stock`]: async (request) => {
        const body = (await request.json()) as { add?: number; set?: number };
        return { body: { ...sugar, stock: body.set ?? sugar.stock + (body.add ?? 0) } };
      },
    });
    renderRoute('/toko/produk');
    await screen.findByText('Gula Aren Cetak 1 kg');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah 1 stok Gula Aren Cetak 1 kg' }));
    await waitFor(() => expect(screen.getByTestId('my-product-stock').textContent).toBe('13'));
    fireEvent.click(screen.getByRole('button', { name: 'Kurangi 1 stok Gula Aren Cetak 1 kg' }));
    await waitFor(() => expect(screen.getByTestId('my-product-stock').textContent).toBe('12'));
    fireEvent.click(screen.getByRole('button', { name: 'Atur stok' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Stok baru' }), { target: { value: '50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByTestId('my-product-stock').textContent).toBe('50'));
    const bodies = await Promise.all(api.calls(`POST /api/products/${sugar.id}/stock`).map((r) => r.json()));
    expect(bodies).toEqual([{ add: 1 }, { set: 12 }, { set: 50 }]);
  });

  it('deactivates and activates a product', async () => {
    const api = stubApi({
      'GET /api/shops/mine/products': { body: [sugar] },
      [`PATCH /api/products/${sugar.id}`]: async (request) => ({ body: { ...sugar, ...((await request.json()) as object), hints: [] } }),
    });
    renderRoute('/toko/produk');
    fireEvent.click(await screen.findByRole('button', { name: 'Nonaktifkan' }));
    await waitFor(() => expect(screen.getByTestId('product-status').textContent).toBe('Nonaktif'));
    fireEvent.click(screen.getByRole('button', { name: 'Aktifkan' }));
    await waitFor(() => expect(screen.getByTestId('product-status').textContent).toBe('Aktif'));
    const bodies = await Promise.all(api.calls(`PATCH /api/products/${sugar.id}`).map((r) => r.json()));
    expect(bodies).toEqual([{ status: 'inactive' }, { status: 'active' }]);
  });

  it('says why a restock was refused', async () => {
    stubApi({
      'GET /api/shops/mine/products': { body: [sugar] },
      [`POST /api/products/${sugar.id}/stock`]: apiError(400, 'INVALID_STOCK'),
    });
    renderRoute('/toko/produk');
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah 1 stok Gula Aren Cetak 1 kg' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Stok harus angka dari 0 sampai 100.000.');
  });

  it('invites her to post a first product when there is none', async () => {
    stubApi({ 'GET /api/shops/mine/products': { body: [] } });
    renderRoute('/toko/produk');
    expect((await screen.findByTestId('my-products-empty')).textContent).toMatch(/Tambah Produk/);
  });
});
