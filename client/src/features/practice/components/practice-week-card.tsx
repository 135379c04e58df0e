import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowRight, IconCart } from '../../../shared/ui/icons';
import { getMyPractice } from '../api/get-my-practice';
import { practiceNextLink, showPracticeWeek } from '../practice-week';

/**
 * "Latihan minggu ini" on the trainee's home (loaded lazily, below the mission and the counters): what the practice
 * buyers did at her shop this week and the one thing to do next. Nothing while there is no practice.
 */
export function PracticeWeekCard({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const week = useApi(`practice:${session.id}`, getMyPractice);
  if (!showPracticeWeek(week.data)) return null;
  const data = week.data;
  const link = practiceNextLink(data.next);
  const counts = [
    { id: 'came', value: data.came },
    { id: 'toShip', value: data.toShip },
    { id: 'unpaid', value: data.unpaid },
    { id: 'completed', value: data.completed },
  ] as const;
  return (
    <section className="card practice-week" aria-labelledby="practice-week-title" data-testid="practice-week">
      <p className="card__eyebrow">
        <IconCart />
        <span>{t(data.open ? 'practice.week.open' : 'practice.week.closed')}</span>
      </p>
      <h2 className="card__title" id="practice-week-title">
        {t('practice.week.title')}
      </h2>
      <ul className="practice-week__counts">
        {counts.map(({ id, value }) => (
          <li key={id} data-testid={`practice-week-${id}`}>
            {t(`practice.week.${id}`, { count: value })}
          </li>
        ))}
      </ul>
      {data.fraud > 0 && <p className="card__line" data-testid="practice-week-fraud">{t('practice.week.fraud', { count: data.fraud })}</p>}
      <p className="card__line" data-testid="practice-week-next">
        {t(`practice.next.${data.next}`)}
      </p>
      {link && (
        <Link className="button button--primary" to={link} data-testid="practice-week-go">
          <IconLabel icon={IconArrowRight}>{t('practice.week.go')}</IconLabel>
        </Link>
      )}
    </section>
  );
}
