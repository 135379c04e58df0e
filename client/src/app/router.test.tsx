import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../testing/render-route';

describe('app routes', () => {
  it.each([
    ['/', 'home'],
    ['/gabung', 'join'],
    ['/fasilitator/masuk', 'facilitator-login'],
    ['/tidak-ada', 'not-found'],
  ])('%s renders %s inside the shell', async (url, testId) => {
    renderRoute(url);
    expect(await screen.findByTestId(testId)).toBeTruthy();
    expect(screen.getByTestId('server-status')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Pilih bahasa' })).toBeTruthy();
  });

  it.each([
    ['/toko', '/gabung'],
    ['/toko/produk', '/gabung'],
    ['/toko/produk/baru', '/gabung'],
    ['/pasar', '/gabung'],
    ['/pasar/produk/11111111-1111-4111-8111-111111111111', '/gabung'],
    ['/keranjang', '/gabung'],
    ['/checkout', '/gabung'],
    ['/pesanan', '/gabung'],
    ['/pesanan/11111111-1111-4111-8111-111111111111/bayar', '/gabung'],
    ['/toko/pesanan', '/gabung'],
    ['/fasilitator', '/fasilitator/masuk'],
    ['/fasilitator/kelas/6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f/proyektor', '/fasilitator/masuk'],
  ])('sends a visitor without a session from %s to %s', async (url, entry) => {
    const view = renderRoute(url);
    await waitFor(() => expect(view.location().pathname).toBe(entry));
  });

  it('opens the payment simulator without a session, outside the marketplace\'s shell', async () => {
    const view = renderRoute('/simulator');
    expect(await screen.findByTestId('simulation-banner')).toBeTruthy();
    expect(view.location().pathname).toBe('/simulator');
    expect(screen.queryByTestId('server-status')).toBeNull();
  });

  it('says "page not found" in Bahasa Indonesia', async () => {
    renderRoute('/tidak-ada');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeTruthy();
  });
});
