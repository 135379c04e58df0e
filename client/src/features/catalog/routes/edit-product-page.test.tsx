import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';
import { classId, detail, otherShopId, trainee } from '../testing/fixtures';

const product = detail(3, { title: 'Gula Aren Cetak 1 kg', price: 25000, stock: 40 });

beforeEach(() => saveSession(trainee));

describe('editing a product (/toko/produk/:productId/ubah)', () => {
  it('opens the same one-page form filled in, and saves only what changed', async () => {
    const api = stubApi({
      [`GET /api/classes/${classId}/products/${product.id}`]: { body: product },
      [`PATCH /api/products/${product.id}`]: { body: { ...product, price: 27000, hints: [] } },
      'GET /api/shops/mine/products': { body: [{ ...product, price: 27000 }] },
    });
    const view = renderRoute(`/toko/produk/${product.id}/ubah`);
    expect(await screen.findByText('Ubah Produk')).toBeTruthy();
    expect(screen.getAllByTestId('photo-slot')).toHaveLength(2);
    expect((screen.getByRole('textbox', { name: /Nama produk/ }) as HTMLInputElement).value).toBe('Gula Aren Cetak 1 kg');
    const price = screen.getByRole('textbox', { name: /Harga/ });
    expect((price as HTMLInputElement).value).toBe('25000');
    fireEvent.change(price, { target: { value: '27000' } });
    expect(screen.getByText('Pembeli melihat: Rp 27.000')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan Perubahan' }));

    await waitFor(() => expect(view.location().pathname).toBe('/toko/produk'));
    expect(await api.calls(`PATCH /api/products/${product.id}`)[0]!.json()).toEqual({ price: 27000 });
    expect((await screen.findByTestId('saved-note')).textContent).toBe('Perubahan "Gula Aren Cetak 1 kg" sudah disimpan.');
  });

  it('does not open another shop\'s product', async () => {
    stubApi({ [`GET /api/classes/${classId}/products/${product.id}`]: { body: { ...product, shop: { ...product.shop, id: otherShopId } } } });
    renderRoute(`/toko/produk/${product.id}/ubah`);
    expect(await screen.findByText('Produk ini bukan milik toko Anda.')).toBeTruthy();
    expect(screen.queryByTestId('product-form')).toBeNull();
  });
});
