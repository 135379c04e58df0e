import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../shared/format/wib-date';
import { IconCalendar, IconMapPin } from '../../../shared/ui/icons';

export interface ClassInfo {
  code: string;
  className: string;
  place: string;
  date: string;
}

function safeDate(date: string): string {
  try {
    return formatCalendarDate(date);
  } catch {
    return date;
  }
}

/** The class the code belongs to, so the trainee can check it is the right one before giving her name. */
export function ClassCard({ info }: { info: ClassInfo }) {
  const { t } = useTranslation();
  return (
    <section className="card class-card" aria-label={t('join.classFound')} data-testid="class-card">
      <p className="card__eyebrow">{t('join.classFound')}</p>
      <h2 className="card__title">{info.className}</h2>
      <p className="card__line">
        <IconMapPin />
        <span>{info.place}</span>
      </p>
      <p className="card__line">
        <IconCalendar />
        <span>{safeDate(info.date)}</span>
      </p>
    </section>
  );
}
