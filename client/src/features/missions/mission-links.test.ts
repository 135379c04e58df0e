import { describe, expect, it } from 'vitest';
import { missionLink } from './mission-links';

describe('missionLink', () => {
  it.each([
    ['shop_setup', '/toko/profil', '/toko/profil'],
    ['product_with_photo', '/toko/produk/baru', '/toko/produk/baru'],
    ['shipped_on_time', '/toko/pesanan?tab=perlu_dikirim', '/toko/pesanan?tab=perlu_dikirim'],
    ['fraud_drill', '/toko/pesanan/6f1c2a10-0000-4000-8000-000000000001', '/toko/pesanan/6f1c2a10-0000-4000-8000-000000000001'],
    ['bank_account', '/toko/rekening', '/toko/rekening'],
    ['withdrawal', '/toko/tarik-dana', '/toko/tarik-dana'],
    ['chat_answered', '/chat', '/chat'],
  ])('%s: the API’s %s opens %s', (id, target, expected) => {
    expect(missionLink({ id, target })).toBe(expected);
  });

  it.each([
    ['paid_order', 'https://evil.example/toko', '/toko/pesanan'],
    ['paid_order', '//evil.example/toko', '/toko/pesanan'],
    ['withdrawal', '/toko/tidak-ada', '/toko/tarik-dana'],
    ['bank_account', '', '/toko/rekening'],
    ['something_new', '/nowhere', '/toko'],
  ])('%s: an unknown or outside target %j opens the mission’s own screen %s', (id, target, expected) => {
    expect(missionLink({ id, target })).toBe(expected);
  });
});
