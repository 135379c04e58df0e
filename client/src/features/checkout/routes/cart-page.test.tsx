import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { buyer, cart, fishId, sugarId } from '../../../testing/order-fixtures';
import { renderRoute } from '../../../testing/render-route';

beforeEach(() => saveSession(buyer));

describe('cart (/keranjang)', () => {
  it('groups the products by shop, with quantities and the total, and goes to the checkout', async () => {
    stubApi({ 'GET /api/cart': { body: cart() } });
    const view = renderRoute('/keranjang');
    const group = await screen.findByTestId('cart-shop');
    expect(within(group).getByText('Gula Aren Bu Sriyati')).toBeTruthy();
    expect(within(group).getByText('Gula Aren Asli Pringsewu 1 kg')).toBeTruthy();
    expect(within(group).getByTestId('quantity').textContent).toBe('2');
    expect(screen.getByTestId('cart-total').textContent).toContain('Total (2 barang)');
    expect(screen.getByTestId('cart-total').textContent).toContain('Rp 50.000');
    fireEvent.click(screen.getByRole('link', { name: 'Checkout' }));
    await waitFor(() => expect(view.location().pathname).toBe('/checkout'));
  });

  it('changes a quantity and removes a product, one request at a time', async () => {
    const api = stubApi({
      'GET /api/cart': { body: cart() },
      [`PUT /api/cart/items/${sugarId}`]: { body: cart([{ quantity: 3, lineTotal: 75000 }]) },
      [`DELETE /api/cart/items/${sugarId}`]: { body: cart([]) },
    });
    renderRoute('/keranjang');
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah jumlah Gula Aren Asli Pringsewu 1 kg' }));
    await waitFor(() => expect(screen.getByTestId('quantity').textContent).toBe('3'));
    expect(await api.calls(`PUT /api/cart/items/${sugarId}`)[0]!.json()).toEqual({ quantity: 3 });
    fireEvent.click(screen.getByRole('button', { name: 'Hapus Gula Aren Asli Pringsewu 1 kg dari keranjang' }));
    expect(await screen.findByTestId('cart-empty')).toBeTruthy();
  });

  it('marks a product that can no longer be bought, and holds the checkout until it is fixed', async () => {
    stubApi({ 'GET /api/cart': { body: cart([{}, { productId: fishId, title: 'Ikan Nila Segar', quantity: 5, stock: 2, problem: 'OUT_OF_STOCK' }]) } });
    renderRoute('/keranjang');
    expect((await screen.findByTestId('line-problem')).textContent).toBe('Stok tinggal 2.');
    expect(screen.getByTestId('fix-lines-first')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Checkout' })).toBeNull();
  });

  it('says so when the cart is empty', async () => {
    stubApi({ 'GET /api/cart': { body: cart([]) } });
    renderRoute('/keranjang');
    expect((await screen.findByTestId('cart-empty')).textContent).toContain('Keranjang masih kosong.');
    expect(screen.getByRole('link', { name: 'Belanja di Pasar Kelas' }).getAttribute('href')).toBe('/pasar');
  });
});
