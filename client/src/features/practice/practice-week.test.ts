import { describe, expect, it } from 'vitest';
import type { MyPracticeWeekView } from './api/get-my-practice';
import { practiceNextLink, showPracticeWeek } from './practice-week';

const week = (changes: Partial<MyPracticeWeekView> = {}): MyPracticeWeekView => ({
  open: true,
  endsAt: '2026-12-10T00:00:00.000Z',
  came: 0,
  toShip: 0,
  unpaid: 0,
  fraud: 0,
  completed: 0,
  next: 'wait_buyers',
  ...changes,
});

describe('practice week', () => {
  it.each([
    [undefined, false],
    [week(), true],
    [week({ open: false }), false],
    [week({ open: false, came: 2 }), true],
  ])('shows %o: %s', (view, shown) => {
    expect(showPracticeWeek(view)).toBe(shown);
  });

  it.each([
    ['ship', '/toko/pesanan?tab=perlu_dikirim'],
    ['check_payment', '/toko/pesanan?tab=belum_bayar'],
    ['add_product', '/toko/produk/baru'],
    ['wait_buyers', null],
    ['practice_over', null],
  ] as const)('leads %s to %s', (next, link) => {
    expect(practiceNextLink(next)).toBe(link);
  });
});
