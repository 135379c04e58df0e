import { ORDER_STATES } from './order-state.js';
import { SELLER_TAB_STATES, SELLER_TABS, stateCounts, statesFor, tabCounts } from './order-tabs.js';

describe('seller tabs', () => {
  it('put every state in exactly one tab', () => {
    const placed = SELLER_TABS.flatMap((tab) => SELLER_TAB_STATES[tab]);
    expect([...placed].sort()).toEqual([...ORDER_STATES].sort());
  });

  it.each([
    ['belum_bayar', ['AWAITING_PAYMENT']],
    ['perlu_dikirim', ['PAID']],
    ['dikirim', ['SHIPPED', 'DELIVERED']],
    ['selesai', ['COMPLETED']],
    ['dibatalkan', ['CANCELLED', 'RETURNED']],
  ] as const)('shows %s as %j', (tab, states) => {
    expect(statesFor({ tab })).toEqual(states);
  });

  it('prefers an explicit state over a tab, and lists everything when given neither', () => {
    expect(statesFor({ state: 'PAID', tab: 'selesai' })).toEqual(['PAID']);
    expect(statesFor({})).toBeNull();
  });

  it('counts the badges per state and per tab', () => {
    const counts = stateCounts([
      { state: 'AWAITING_PAYMENT', count: 2 },
      { state: 'PAID', count: 1 },
      { state: 'SHIPPED', count: 3 },
      { state: 'DELIVERED', count: 1 },
      { state: 'RETURNED', count: 1 },
    ]);
    expect(counts).toEqual({ AWAITING_PAYMENT: 2, PAID: 1, SHIPPED: 3, DELIVERED: 1, COMPLETED: 0, CANCELLED: 0, RETURNED: 1 });
    expect(tabCounts(counts)).toEqual({ belum_bayar: 2, perlu_dikirim: 1, dikirim: 4, selesai: 0, dibatalkan: 1 });
  });
});
