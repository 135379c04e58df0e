import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi, type FakeAnswer } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { renderRoute } from '../../../testing/render-route';
import type { StorefrontItem } from '../api/product-types';
import { buyer, classId, item, page, productEvent, trainee } from '../testing/fixtures';

const LIST = `GET /api/classes/${classId}/products`;

/** The storefront API: `pages(query)` answers each request by its query string. */
function storefrontApi(answer: (query: URLSearchParams) => FakeAnswer) {
  return stubApi({ [LIST]: (request) => answer(new URL(request.url).searchParams) });
}

function queries(api: ReturnType<typeof stubApi>) {
  return api.calls(LIST).map((request) => Object.fromEntries(new URL(request.url).searchParams));
}

const cards = () => screen.getAllByTestId('product-card');

beforeEach(() => saveSession(trainee));

describe('storefront (/pasar)', () => {
  it('shows the class products as cards: photo sized to the slot, price in Rp, lazy below the fold', async () => {
    const api = storefrontApi(() => ({ body: page([1, 2, 3, 4, 5, 6].map((n) => item(n, { perishable: n === 2, shelfLifeDays: n === 2 ? 3 : null })), 6) }));
    renderRoute('/pasar');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pasar Kelas' })).toBeTruthy();
    await waitFor(() => expect(cards()).toHaveLength(6));
    expect(queries(api)[0]).toEqual({ sort: 'newest', page: '1', pageSize: '20' });
    expect(api.calls(LIST)[0]!.headers.get('Authorization')).toBe(`Bearer ${trainee.token}`);
    expect(screen.getByTestId('storefront-count').textContent).toBe('6 produk');

    const first = within(cards()[0]!);
    expect(first.getByText('Gula Aren Cetak 1')).toBeTruthy();
    expect(first.getByText('Rp 21.000')).toBeTruthy();
    expect(first.getByRole('link').getAttribute('href')).toBe(`/pasar/produk/${item(1).id}`);
    const images = cards().map((card) => card.querySelector('img')!);
    expect(images[0]!.getAttribute('srcset')).toBe(`${item(1).photo!.thumb} 160w, ${item(1).photo!.card} 480w`);
    expect(images[0]!.getAttribute('sizes')).toBe('(min-width: 40rem) 19rem, calc(50vw - 22px)');
    expect([images[0]!.getAttribute('width'), images[0]!.getAttribute('height')]).toEqual(['480', '480']);
    expect(images.map((img) => img.getAttribute('loading'))).toEqual(['eager', 'eager', 'eager', 'eager', 'lazy', 'lazy']);
    expect(within(cards()[1]!).getByText('Mudah basi')).toBeTruthy();
  });

  it('searches by words, filters by category and sorts by price, keeping them in the address', async () => {
    const api = storefrontApi((query) => ({ body: page(query.get('category') === 'telur-bebek' ? [] : [item(1)]) }));
    const view = renderRoute('/pasar');
    await waitFor(() => expect(cards()).toHaveLength(1));

    fireEvent.change(screen.getByRole('searchbox', { name: 'Cari produk' }), { target: { value: ' gula aren ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));
    await waitFor(() => expect(queries(api).at(-1)).toEqual({ q: 'gula aren', sort: 'newest', page: '1', pageSize: '20' }));
    expect(view.location().search).toBe('?q=gula+aren');

    fireEvent.click(screen.getByRole('button', { name: 'Gula aren' }));
    await waitFor(() => expect(queries(api).at(-1)).toMatchObject({ q: 'gula aren', category: 'gula-aren' }));
    expect(screen.getByRole('button', { name: 'Gula aren' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.change(screen.getByRole('combobox', { name: 'Urutkan' }), { target: { value: 'price_asc' } });
    await waitFor(() => expect(queries(api).at(-1)).toEqual({ q: 'gula aren', category: 'gula-aren', sort: 'price_asc', page: '1', pageSize: '20' }));
    expect(view.location().search).toBe('?q=gula+aren&kategori=gula-aren&urut=termurah');

    fireEvent.click(screen.getByRole('button', { name: 'Telur bebek' }));
    expect((await screen.findByTestId('storefront-empty')).textContent).toMatch(/Tidak ada produk yang cocok/);

    fireEvent.click(screen.getByRole('button', { name: 'Semua' }));
    await waitFor(() => expect(queries(api).at(-1)).toEqual({ q: 'gula aren', sort: 'price_asc', page: '1', pageSize: '20' }));
  });

  it('opens with the search, category and sort of a shared link', async () => {
    const api = storefrontApi(() => ({ body: page([item(1)]) }));
    renderRoute('/pasar?q=gula&kategori=gula-aren&urut=termahal');
    await waitFor(() => expect(queries(api)[0]).toEqual({ q: 'gula', category: 'gula-aren', sort: 'price_desc', page: '1', pageSize: '20' }));
    expect((screen.getByRole('searchbox', { name: 'Cari produk' }) as HTMLInputElement).value).toBe('gula');
    expect((screen.getByRole('combobox', { name: 'Urutkan' }) as HTMLSelectElement).value).toBe('price_desc');
  });

  it('loads the next page with "Muat lagi" until every product is shown', async () => {
    const all = Array.from({ length: 25 }, (_, i) => item(25 - i));
    const api = storefrontApi((query) => {
      const n = Number(query.get('page'));
      return { body: page(all.slice((n - 1) * 20, n * 20), 25, n) };
    });
    renderRoute('/pasar');
    await waitFor(() => expect(cards()).toHaveLength(20));
    expect(screen.getByText('Menampilkan 20 dari 25 produk')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat lagi' }));
    await waitFor(() => expect(cards()).toHaveLength(25));
    expect(queries(api).map((q) => q.page)).toEqual(['1', '2']);
    expect(screen.queryByRole('button', { name: 'Muat lagi' })).toBeNull();
  });

  it('puts a product posted in the class at the top the moment it is posted, without reloading', async () => {
    const api = storefrontApi(() => ({ body: page([item(2), item(1)]) }));
    renderRoute('/pasar');
    await waitFor(() => expect(cards()).toHaveLength(2));
    await waitFor(() => expect(lastSocket()).toBeDefined());
    const socket = lastSocket()!;
    act(() => socket.serverConnect());
    await waitFor(() => expect(api.calls(LIST)).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId('storefront').getAttribute('data-live')).toBe('live'));
    const loads = api.calls(LIST).length;

    const posted: StorefrontItem = item(9, { title: 'Telur Bebek Asin', category: 'telur-bebek', price: 3500, perishable: true, shelfLifeDays: 14 });
    act(() => socket.serverEvent(productEvent('product.created', posted)));
    await waitFor(() => expect(cards()).toHaveLength(3));
    expect(within(cards()[0]!).getByText('Telur Bebek Asin')).toBeTruthy();
    expect(cards()[0]!.className).toContain('product-card--new');
    expect(screen.getByTestId('storefront-count').textContent).toBe('3 produk');

    // An update changes the card in place; a deactivated product leaves.
    act(() => socket.serverEvent(productEvent('product.updated', { ...posted, price: 4000 }, '78')));
    expect(await within(cards()[0]!).findByText('Rp 4.000')).toBeTruthy();
    act(() => socket.serverEvent(productEvent('product.updated', { ...item(1), status: 'inactive' }, '79')));
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(api.calls(LIST)).toHaveLength(loads);
  });

  it('counts new products in a pill when their place is not known (sorted by price), and shows them on a tap', async () => {
    let products = [item(1), item(2)];
    const api = storefrontApi(() => ({ body: page(products) }));
    renderRoute('/pasar?urut=termurah');
    await waitFor(() => expect(cards()).toHaveLength(2));
    await waitFor(() => expect(lastSocket()).toBeDefined());
    const socket = lastSocket()!;
    act(() => socket.serverConnect());
    // A fresh connection loads the list again (whatever was posted before it was up).
    await waitFor(() => expect(api.calls(LIST)).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId('storefront').getAttribute('data-live')).toBe('live'));
    const loads = api.calls(LIST).length;

    products = [item(9, { price: 1000 }), ...products];
    act(() => socket.serverEvent(productEvent('product.created', item(9, { price: 1000 }))));
    act(() => socket.serverEvent(productEvent('product.created', item(9, { price: 1000 }), '78'))); // the same product twice
    expect((await screen.findByTestId('new-products-pill')).textContent).toBe('1 produk baru, tampilkan');
    expect(cards()).toHaveLength(2);

    fireEvent.click(screen.getByTestId('new-products-pill'));
    await waitFor(() => expect(cards()).toHaveLength(3));
    expect(api.calls(LIST)).toHaveLength(loads + 1);
    expect(screen.queryByTestId('new-products-pill')).toBeNull();
  });

  it('is open to a demo buyer, and sends someone who has not joined to /gabung', async () => {
    saveSession(buyer);
    storefrontApi(() => ({ body: page([]) }));
    renderRoute('/pasar');
    expect((await screen.findByTestId('storefront-empty')).textContent).toMatch(/Belum ada produk/);
    expect(screen.getByRole('link', { name: 'Kembali ke beranda' }).getAttribute('href')).toBe('/toko');
  });
});
