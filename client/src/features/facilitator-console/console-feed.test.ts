import { describe, expect, it } from 'vitest';
import type { ClassEvent } from '../../shared/realtime/class-event';
import type { FeedItemView } from './api/get-activity-feed';
import { feedItemFromEvent, feedMessage, mergeFeed, type FeedWords, type NameBook } from './console-feed';

const names: NameBook = {
  participants: new Map([
    ['p-sriyati', 'Sriyati'],
    ['p-rahma', 'Bu Rahma'],
  ]),
  shops: new Map([['s-sriyati', 'Gula Aren Bu Sriyati']]),
};

function event(type: string, payload: Record<string, unknown>, actorId: string | null = 'p-sriyati', id = '10'): ClassEvent {
  return { id, type, classId: 'c1', actorId, payload, occurredAt: '2026-11-28T02:05:00.000Z', simTime: null };
}

const known = new Set(['feed.product.created', 'feed.order.paid', 'feed.order.placed', 'feed.mission.progress', 'feed.scenario.started', 'feed.unknown']);
const words: FeedWords = {
  exists: (key) => known.has(key),
  missionName: (id) => ({ product_with_photo: 'Produk', paid_order: 'Dibayar' })[id] ?? id,
  scenarioName: (id) => (id === 'fake_transfer_proof' ? 'Bukti transfer palsu' : id),
};

describe('feedItemFromEvent', () => {
  it('turns "product.created" into "{{actor}} memposting {{title}}" with the trainee’s name', () => {
    const item = feedItemFromEvent(event('product.created', { productId: 'x', shopId: 's-sriyati', title: 'Gula Aren 1 kg', price: 25000 }), names)!;
    expect(item.text).toEqual({ key: 'feed.product.created', params: { title: 'Gula Aren 1 kg', actor: 'Sriyati', shop: 'Gula Aren Bu Sriyati' } });
    expect(item.shopName).toBe('Gula Aren Bu Sriyati');
  });

  it('keeps the order id and invoice, and never a phone or an address', () => {
    const item = feedItemFromEvent(
      event('order.paid', { orderId: 'o1', invoiceNumber: 'INV/1', shopId: 's-sriyati', buyerId: 'b', phone: '0812', address: 'Jl. Mawar 1', state: 'PAID' }, null),
      names,
    )!;
    expect(item.orderId).toBe('o1');
    expect(item.text.params).toEqual({ invoiceNumber: 'INV/1', state: 'PAID', shop: 'Gula Aren Bu Sriyati' });
    expect(JSON.stringify(item)).not.toMatch(/0812|Mawar/);
  });

  it('lists the missions a trainee just completed', () => {
    const item = feedItemFromEvent(event('mission.progress', { participantId: 'p-sriyati', completed: ['product_with_photo', 7], doneCount: 2, total: 9 }), names)!;
    expect(item.text.params).toMatchObject({ missions: 'product_with_photo', doneCount: 2, actor: 'Sriyati' });
  });

  it.each(['order.tracking', 'notification.created', 'participant.pin_issued'])('leaves %s out of the feed', (type) => {
    expect(feedItemFromEvent(event(type, {}), names)).toBeNull();
  });

  it('has no actor name for someone it does not know', () => {
    expect(feedItemFromEvent(event('product.created', { title: 'X' }, 'p-unknown'), names)!.text.params.actor).toBeUndefined();
  });
});

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

describe('mergeFeed', () => {
  const row = (id: string): FeedItemView => ({
    id,
    type: 'order.paid',
    occurredAt: '2026-11-28T02:05:00.000Z',
    simTime: null,
    actorId: null,
    actorName: null,
    shopId: null,
    shopName: null,
    orderId: null,
    text: { key: 'feed.order.paid', params: {} },
  });

  it('puts the newest first, by number (id 10 after id 9), and keeps each row once', () => {
    expect(mergeFeed([row('9'), row('8')], [row('10'), row('9')]).map((r) => r.id)).toEqual(['10', '9', '8']);
  });

  it('keeps at most the limit', () => {
    expect(mergeFeed([row('1'), row('2'), row('3')], [], 2).map((r) => r.id)).toEqual(['3', '2']);
  });
});
