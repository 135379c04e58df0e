import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { apiError, stubApi } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { renderRoute } from '../../../testing/render-route';
import { buyer, classId, detail, item, myShop, otherShopId, page, productEvent, shopId, trainee } from '../testing/fixtures';

const eggs = detail(4, {
  title: 'Telur Bebek Asin',
  price: 3500,
  stock: 100,
  weightGrams: 1250,
  category: 'telur-bebek',
  perishable: true,
  shelfLifeDays: 14,
  minOrder: 10,
});

beforeEach(() => saveSession(buyer));

describe('product page (/pasar/produk/:productId)', () => {
  it('shows the gallery, Rp price, stock, weight, condition, minimum order, description, the shop and the perishable badge', async () => {
    stubApi({ [`GET /api/classes/${classId}/products/${eggs.id}`]: { body: eggs } });
    renderRoute(`/pasar/produk/${eggs.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Telur Bebek Asin' })).toBeTruthy();
    expect(screen.getByTestId('product-price').textContent).toBe('Rp 3.500');
    expect(screen.getByTestId('product-stock').textContent).toBe('100 tersedia');
    expect(screen.getByTestId('product-weight').textContent).toBe('1,25 kg');
    expect(screen.getByText('Baru')).toBeTruthy();
    expect(screen.getByText('10 barang')).toBeTruthy();
    expect(screen.getByText('14 hari')).toBeTruthy();
    expect(screen.getByTestId('perishable-badge').textContent).toBe('Mudah basi: hanya dikirim ke area terdekat');
    expect(screen.getByTestId('product-description').textContent).toBe(eggs.description);
    expect(screen.getByText('Dikirim dari Kab. Pringsewu')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kunjungi Toko' }).getAttribute('href')).toBe(`/pasar/toko/${shopId}`);
    // Someone else's product can be bought: "+ Keranjang" and "Beli Sekarang", from the minimum order up.
    expect(screen.getByRole('button', { name: '+ Keranjang' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Beli Sekarang' })).toBeTruthy();
    expect(screen.getByTestId('quantity').textContent).toBe('10');
    // Right under the price, before the facts and the description: on a phone they show with the photo.
    const buy = screen.getByTestId('buy-buttons');
    const buyBefore = (node: Node) => Boolean(node.compareDocumentPosition(buy) & Node.DOCUMENT_POSITION_PRECEDING);
    expect([buyBefore(screen.getByTestId('product-price')), buyBefore(screen.getByTestId('product-stock')), buyBefore(screen.getByTestId('product-description'))]).toEqual([
      false,
      true,
      true,
    ]);

    const photos = screen.getAllByRole('img', { name: /Telur Bebek Asin, foto/ });
    expect(photos).toHaveLength(2);
    expect(photos[0]!.getAttribute('srcset')).toBe(`${eggs.photos[0]!.urls.card} 480w, ${eggs.photos[0]!.urls.full} 960w`);
    expect([photos[1]!.getAttribute('width'), photos[1]!.getAttribute('height')]).toEqual(['960', '1280']);
    expect(photos.map((img) => img.getAttribute('loading'))).toEqual(['eager', 'lazy']);
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan foto 2' }));
    expect(screen.getByRole('button', { name: 'Tampilkan foto 2' }).getAttribute('aria-current')).toBe('true');
  });

  it('shows no perishable badge on palm sugar that keeps', async () => {
    const sugar = detail(1);
    stubApi({ [`GET /api/classes/${classId}/products/${sugar.id}`]: { body: sugar } });
    renderRoute(`/pasar/produk/${sugar.id}`);
    await screen.findByTestId('product-view');
    expect(screen.queryByTestId('perishable-badge')).toBeNull();
  });

  it('follows changes live, and offers its seller to edit it', async () => {
    saveSession(trainee);
    let current = eggs;
    const api = stubApi({ [`GET /api/classes/${classId}/products/${eggs.id}`]: () => ({ body: current }) });
    renderRoute(`/pasar/produk/${eggs.id}`);
    expect(await screen.findByRole('link', { name: 'Ubah' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Beli Sekarang' })).toBeNull(); // nobody buys from their own shop
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    current = { ...eggs, price: 4000 };
    act(() => lastSocket()!.serverEvent(productEvent('product.updated', { ...item(4), id: eggs.id, price: 4000 })));
    await waitFor(() => expect(screen.getByTestId('product-price').textContent).toBe('Rp 4.000'));
    expect(api.calls(`GET /api/classes/${classId}/products/${eggs.id}`).length).toBeGreaterThanOrEqual(2);
  });

  it('says so when the product is gone', async () => {
    stubApi({ [`GET /api/classes/${classId}/products/${eggs.id}`]: apiError(404, 'PRODUCT_NOT_FOUND') });
    renderRoute(`/pasar/produk/${eggs.id}`);
    expect((await screen.findByRole('alert')).textContent).toBe('Produk tidak ditemukan, atau sudah tidak dijual.');
  });
});

describe('shop page (/pasar/toko/:shopId)', () => {
  it('shows the shop, where it ships from, and its products', async () => {
    const shop = { ...myShop, id: otherShopId, name: 'Bambu Bu Siti', ownerName: 'Siti', isMine: false };
    const api = stubApi({
      [`GET /api/classes/${classId}/shops/${otherShopId}`]: { body: shop },
      [`GET /api/classes/${classId}/shops/${otherShopId}/products`]: { body: page([item(7, { title: 'Tampah Bambu', shop: { ...item(7).shop, id: otherShopId } })]) },
    });
    renderRoute(`/pasar/toko/${otherShopId}`);
    expect((await screen.findByTestId('shop-title')).textContent).toBe('Bambu Bu Siti');
    expect(screen.getByText('Dikirim dari Kab. Pringsewu')).toBeTruthy();
    expect(screen.getByText('Pemilik: Siti')).toBeTruthy();
    expect(await screen.findByText('Tampah Bambu')).toBeTruthy();
    expect(Object.fromEntries(new URL(api.calls(`GET /api/classes/${classId}/shops/${otherShopId}/products`)[0]!.url).searchParams)).toEqual({
      sort: 'newest',
      page: '1',
      pageSize: '20',
    });
  });
});
