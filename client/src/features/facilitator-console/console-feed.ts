// Pure: the live activity feed's lines ("Sriyati memposting Gula Aren 1 kg", "Pesanan INV/… dibayar"). The first page
// comes from the API (console/activity); after that each class event the console hears becomes a line here, the same
// way the API builds them (api/src/missions/activity-feed.ts): an i18n key per event type (feed.*) and a few safe params,
// names looked up from the grid. Never a phone, an address or a chat text.
import { formatRupiah } from '../../shared/format/rupiah';
import type { ClassEvent } from '../../shared/realtime/class-event';
import type { FeedItemView } from './api/get-activity-feed';

/** Noise the feed leaves out, as the API does. */
export const FEED_EXCLUDED_TYPES: readonly string[] = ['order.tracking', 'notification.created', 'notification.read', 'participant.pin_issued', 'class.facilitator_added'];

const SAFE_PARAMS = [
  'invoiceNumber',
  'title',
  'total',
  'amount',
  'fee',
  'name',
  'rating',
  'scenarioId',
  'speed',
  'paused',
  'simNow',
  'reason',
  'courierCode',
  'state',
  'from',
  'by',
  'onTime',
  'code',
  'days',
  'doneCount',
  'count',
  'personaName',
  'payNow',
  'role',
  'orders',
  'participants',
  'status',
] as const;

const MONEY_PARAMS = ['total', 'amount', 'fee'] as const;

/** Who is who: participant id → name, shop id → shop name (from the grid and the participant list). */
export interface NameBook {
  participants: ReadonlyMap<string, string>;
  shops: ReadonlyMap<string, string>;
}

type Params = FeedItemView['text']['params'];

/** A class event as a feed row, or null for the noise the feed leaves out. */
export function feedItemFromEvent(event: ClassEvent, names: NameBook): FeedItemView | null {
  if (FEED_EXCLUDED_TYPES.includes(event.type)) return null;
  const payload = event.payload;
  const params: Params = {};
  for (const name of SAFE_PARAMS) {
    const value = payload[name];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') params[name] = value;
  }
  if (event.type === 'mission.progress' && Array.isArray(payload.completed)) {
    params.missions = payload.completed.filter((id): id is string => typeof id === 'string').join(',');
  }
  const actorName = event.actorId ? (names.participants.get(event.actorId) ?? null) : null;
  const shopId = typeof payload.shopId === 'string' ? payload.shopId : null;
  const shopName = shopId ? (names.shops.get(shopId) ?? null) : null;
  if (actorName) params.actor = actorName;
  if (shopName) params.shop = shopName;
  return {
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    simTime: event.simTime,
    actorId: event.actorId,
    actorName,
    shopId,
    shopName,
    orderId: typeof payload.orderId === 'string' ? payload.orderId : null,
    text: { key: `feed.${event.type.replace(/[^a-z0-9_.]/gi, '_')}`, params },
  };
}

/** Newest first, each row once (an event heard live may also come with the next page), at most `limit`. */
export function mergeFeed(current: readonly FeedItemView[], incoming: readonly FeedItemView[], limit = 60): FeedItemView[] {
  const byId = new Map<string, FeedItemView>();
  for (const item of [...incoming, ...current]) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => compareIds(b.id, a.id)).slice(0, limit);
}

/** Activity ids are bigint serials sent as strings: compare them as numbers. */
function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface FeedWords {
  /** Whether the locale has a sentence for this key. */
  exists: (key: string) => boolean;
  /** A mission's short name ("Produk"). */
  missionName: (id: string) => string;
  /** A scenario's title. */
  scenarioName: (id: string) => string;
}

/** Events whose `total` is a count of missions, not money. */
const COUNT_TOTALS = new Set(['mission.progress']);

/**
 * The i18n key and params of one line: a type without a sentence of its own gets the generic one (feed.unknown),
 * money is written the one way (Rp 25.000), ids become names, and a param a sentence names but the row lacks is
 * blank rather than "{{shop}}".
 */
export function feedMessage(text: FeedItemView['text'], type: string, words: FeedWords): { key: string; params: Record<string, string | number | boolean> } {
  const params: Record<string, string | number | boolean> = { actor: '', shop: '', name: '', title: '', invoiceNumber: '', personaName: '', ...text.params };
  for (const name of MONEY_PARAMS) {
    if (name === 'total' && COUNT_TOTALS.has(type)) continue;
    const value = params[name];
    if (typeof value === 'number' && Number.isSafeInteger(value)) params[name] = formatRupiah(value);
  }
  if (typeof params.scenarioId === 'string') params.scenario = words.scenarioName(params.scenarioId);
  if (typeof params.missions === 'string') {
    params.missions = params.missions
      .split(',')
      .filter(Boolean)
      .map((id) => words.missionName(id))
      .join(', ');
  }
  if (!words.exists(text.key)) return { key: 'feed.unknown', params: { ...params, type } };
  return { key: text.key, params };
}
