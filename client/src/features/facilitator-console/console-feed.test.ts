import { describe, expect, it } from 'vitest';
import { feedMessage, type FeedWords } from './console-feed';

const known = new Set(['feed.product.created', 'feed.order.paid', 'feed.order.placed', 'feed.mission.progress', 'feed.scenario.started', 'feed.unknown']);
const words: FeedWords = {
  exists: (key) => known.has(key),
  missionName: (id) => ({ product_with_photo: 'Produk', paid_order: 'Dibayar' })[id] ?? id,
  scenarioName: (id) => (id === 'fake_transfer_proof' ? 'Bukti transfer palsu' : id),
};

describe('feedMessage', () => {
  it('writes money the one way', () => {
    expect(feedMessage({ key: 'feed.order.placed', params: { invoiceNumber: 'INV/1', total: 37000 } }, 'order.placed', words).params.total).toBe('Rp 37.000');
  });

  it('leaves a mission count alone: mission.progress’s total is not money', () => {
    const message = feedMessage({ key: 'feed.mission.progress', params: { doneCount: 3, total: 9, missions: 'product_with_photo,paid_order' } }, 'mission.progress', words);
    expect(message.params).toMatchObject({ total: 9, missions: 'Produk, Dibayar' });
  });

  it('names the scenario', () => {
    expect(feedMessage({ key: 'feed.scenario.started', params: { scenarioId: 'fake_transfer_proof' } }, 'scenario.started', words).params.scenario).toBe('Bukti transfer palsu');
  });

  it('falls back to the generic sentence for a type the locale has no sentence for', () => {
    expect(feedMessage({ key: 'feed.something.new', params: {} }, 'something.new', words)).toMatchObject({ key: 'feed.unknown', params: { type: 'something.new' } });
  });

  it('blanks the names a sentence may use but the row lacks, instead of showing "{{actor}}"', () => {
    expect(feedMessage({ key: 'feed.order.paid', params: {} }, 'order.paid', words).params).toMatchObject({ actor: '', shop: '' });
  });
});
