// Pure: one activity row → a line of the projector's live feed, as an i18n key and the few params it needs
// ("Sriyati memposting Gula Aren 1 kg", "Pesanan INV/… dibayar"). Only fields fit for a projector go out:
// names, titles, invoice numbers and amounts; never a phone, an address or a chat text.

/** Noise the feed leaves out (ticks of a parcel's journey, stored copies of other events, the mission bookkeeping). */
export const FEED_EXCLUDED_TYPES = ['order.tracking', 'notification.created', 'participant.pin_issued', 'class.facilitator_added', 'class.facilitator_removed', 'scenario.waiting'] as const;

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

export interface FeedRow {
  type: string;
  payload: Record<string, unknown>;
  actorName: string | null;
  shopName: string | null;
}

export interface FeedText {
  key: string;
  params: Record<string, string | number | boolean>;
}

export function feedText(row: FeedRow): FeedText {
  const params: FeedText['params'] = {};
  for (const name of SAFE_PARAMS) {
    const value = row.payload[name];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') params[name] = value;
  }
  if (row.type === 'mission.progress' && Array.isArray(row.payload.completed)) {
    params.missions = (row.payload.completed as unknown[]).filter((id) => typeof id === 'string').join(',');
  }
  if (row.actorName) params.actor = row.actorName;
  if (row.shopName) params.shop = row.shopName;
  return { key: `feed.${row.type.replace(/[^a-z0-9_.]/gi, '_')}`, params };
}
