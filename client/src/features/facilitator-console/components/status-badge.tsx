import { useTranslation } from 'react-i18next';
import type { ClassStatus } from '../api/update-class';

/** "Dibuka" / "Ditutup" / "Diarsipkan": in words, the colour only helps. */
export function StatusBadge({ status }: { status: ClassStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`} data-testid="class-status">
      {t(`console.status.${status}`)}
    </span>
  );
}
