import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fake-api';
import { cart, sugarId } from '../../../testing/order-fixtures';
import { BuyButtons } from './buy-buttons';

const product = { id: sugarId, title: 'Gula Aren Asli Pringsewu 1 kg', stock: 5, minOrder: 2 };

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function renderButtons(stock = product.stock) {
  return render(
    <MemoryRouter initialEntries={['/pasar/produk/x']}>
      <Routes>
        <Route path="*" element={<BuyButtons product={{ ...product, stock }} />} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

describe('"+ Keranjang" and "Beli Sekarang" under a product', () => {
  it('adds the chosen quantity to what the cart already holds', async () => {
    const api = stubApi({
      'GET /api/cart': { body: cart([{ quantity: 1 }]) },
      [`PUT /api/cart/items/${sugarId}`]: { body: cart([{ quantity: 4 }]) },
    });
    renderButtons();
    expect(screen.getByTestId('quantity').textContent).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah jumlah Gula Aren Asli Pringsewu 1 kg' }));
    fireEvent.click(screen.getByRole('button', { name: '+ Keranjang' }));
    expect((await screen.findByTestId('added-to-cart')).textContent).toContain('Masuk keranjang. Isi keranjang: 4 barang.');
    expect(await api.calls(`PUT /api/cart/items/${sugarId}`)[0]!.json()).toEqual({ quantity: 4 });
    expect(screen.getByRole('link', { name: 'Lihat Keranjang' }).getAttribute('href')).toBe('/keranjang');
  });

  it('"Beli Sekarang" opens the checkout with just this product', async () => {
    renderButtons();
    fireEvent.click(screen.getByRole('button', { name: 'Beli Sekarang' }));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe(`/checkout?produk=${sugarId}&jumlah=2`));
  });

  it('keeps the quantity between the minimum order and the stock', () => {
    renderButtons(3);
    const less = screen.getByRole('button', { name: 'Kurangi jumlah Gula Aren Asli Pringsewu 1 kg' }) as HTMLButtonElement;
    const more = screen.getByRole('button', { name: 'Tambah jumlah Gula Aren Asli Pringsewu 1 kg' }) as HTMLButtonElement;
    expect(less.disabled).toBe(true);
    fireEvent.click(more);
    expect(screen.getByTestId('quantity').textContent).toBe('3');
    expect(more.disabled).toBe(true);
  });

  it('says "Stok habis" when fewer than the minimum order are left', () => {
    renderButtons(1);
    expect(screen.getByTestId('sold-out').textContent).toBe('Stok habis. Produk ini belum bisa dibeli.');
    expect(screen.queryByRole('button', { name: 'Beli Sekarang' })).toBeNull();
  });
});
