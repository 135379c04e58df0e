import { useTranslation } from 'react-i18next';
import { formatWibDateTime, formatWibTime } from '../../../shared/format/wib-date';
import type { FeedItemView } from '../api/get-activity-feed';
import { feedMessage, type FeedWords } from '../console-feed';

/** t() for keys that arrive as data (feed.<event type>, a mission or scenario id): typed as plain strings. */
type LooseT = (key: string, params?: Record<string, unknown>) => string;

/** The words the feed needs from the locale. */
export function useFeedWords(): FeedWords & { t: LooseT } {
  const { t, i18n } = useTranslation();
  const loose = t as unknown as LooseT;
  return {
    t: loose,
    exists: (key) => i18n.exists(key),
    missionName: (id) => loose(`missions.short.${id}`),
    scenarioName: (id) => loose(`scenarios.${id}.title`),
  };
}

/** One line of the feed as a sentence. */
export function FeedSentence({ item }: { item: Pick<FeedItemView, 'text' | 'type'> }) {
  const words = useFeedWords();
  const { key, params } = feedMessage(item.text, item.type, words);
  return <>{words.t(key, params)}</>;
}

/**
 * "Sriyati memposting Gula Aren 1 kg", "Pesanan INV/… dibayar": newest first, at the class clock's time (what the
 * lesson's deadlines run on, in WIB); the real time is in the title, shown on hover.
 */
export function ActivityFeed({ items, compact = false }: { items: FeedItemView[]; compact?: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="hint">{t('console.live.feedEmpty')}</p>;
  return (
    <ol className={`activity-feed${compact ? ' activity-feed--compact' : ''}`} data-testid="activity-feed" aria-live="polite">
      {items.map((item) => (
        <li key={item.id} className="activity-feed__item" data-type={item.type}>
          <time
            className="activity-feed__time"
            dateTime={item.simTime ?? item.occurredAt}
            title={t('console.live.feedRealTime', { time: formatWibDateTime(item.occurredAt) })}
            data-real-time={item.occurredAt}
          >
            {formatWibTime(item.simTime ?? item.occurredAt)}
          </time>
          <span className="activity-feed__text">
            <FeedSentence item={item} />
          </span>
        </li>
      ))}
    </ol>
  );
}
