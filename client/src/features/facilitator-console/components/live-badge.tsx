import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '../../../shared/realtime/use-class-events';

/** Whether new joiners appear by themselves right now, or the page shows what it last loaded. */
export function LiveBadge({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`live-badge live-badge--${status}`} role="status" data-testid="live-status" data-state={status}>
      <span className="live-badge__dot" aria-hidden="true" />
      {t(`console.live.${status}`)}
    </span>
  );
}
