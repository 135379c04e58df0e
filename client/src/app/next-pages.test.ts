import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoutes } from '../../build/route-preload';
import { ALL_NEXT_PAGES, nextPages } from './next-pages';

describe('nextPages: the code fetched ahead on each page', () => {
  it.each([
    ['the join page, a trainee', '/gabung/ABC123', '', ['/toko']],
    ['the join page, a demo buyer', '/gabung/ABC123', '?peran=pembeli', ['/pasar']],
    ['the join page without a code', '/gabung', '', ['/toko']],
    ['her shop', '/toko', '', ['/pasar', '/toko/misi']],
    ['her products', '/toko/produk', '', ['/toko/produk/:productId/ubah']],
    ['her orders, on any tab', '/toko/pesanan', '?tab=perlu_dikirim', ['/toko/pesanan/:orderId']],
    ['an order of hers, to ship', '/toko/pesanan/1b2c', '', ['/toko/pesanan/:orderId/label']],
    ['her chats', '/chat', '', ['/chat/:conversationId', '/toko/chat']],
    ['her balance', '/toko/saldo', '', ['/toko/rekening', '/toko/tarik-dana']],
    ['the market', '/pasar', '', ['/pasar/produk/:productId']],
    ['a classmate’s shop', '/pasar/toko/1b2c', '', ['/pasar/produk/:productId']],
    ['a product', '/pasar/produk/1b2c', '', ['/checkout', '/chat/:conversationId']],
    ['the cart', '/keranjang', '', ['/checkout']],
    ['the checkout, from "Beli Sekarang"', '/checkout', '?produk=1b2c', ['/pesanan/:orderId/bayar']],
    ['the payment instructions', '/pesanan/1b2c/bayar', '', ['/pesanan/:orderId', '/simulator']],
    ['what she bought', '/pesanan', '', ['/pesanan/:orderId']],
  ])('%s (%s%s)', (_what, pathname, search, expected) => {
    expect(nextPages(pathname, search)).toEqual(expected);
  });

  it.each([
    ['a conversation', '/chat/1b2c'],
    ['an order she bought', '/pesanan/1b2c'],
    ['the facilitator’s console', '/fasilitator/kelas/1b2c/konsol'],
    ['an unknown address', '/tidak-ada'],
  ])('nothing on %s (%s)', (_what, pathname) => {
    expect(nextPages(pathname, '')).toEqual([]);
  });

  it('leads only to pages of the router', () => {
    const patterns = readRoutes(path.resolve(__dirname, 'router.tsx')).map((route) => route.pattern);
    expect(ALL_NEXT_PAGES.filter((page) => !patterns.includes(page))).toEqual([]);
    expect(ALL_NEXT_PAGES.length).toBeGreaterThan(10);
  });
});
