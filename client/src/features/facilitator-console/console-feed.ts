// Pure: the live activity feed's lines ("Sriyati memposting Gula Aren 1 kg", "Pesanan INV/… dibayar"). The API builds
// each line (api/src/missions/activity-feed.ts: an i18n key per event type and a few safe params, never a phone, an
// address or a chat text); the console reloads its newest page when class events arrive and words the lines here.
import { formatRupiah } from '../../shared/format/rupiah';
import type { FeedItemView } from './api/get-activity-feed';

const MONEY_PARAMS = ['total', 'amount', 'fee'] as const;

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
