import { useTranslation } from 'react-i18next';
import { formatWibDateTime } from '../format/wib-date';
import { IconAlert } from './icons';

/** Above a read-only screen shown from the phone's saved copy: "Data terakhir, 4 Des 2026 10.15 WIB". */
export function SavedDataNote({ savedAt }: { savedAt: number | undefined }) {
  const { t } = useTranslation();
  if (savedAt === undefined) return null;
  return (
    <p className="note" role="status" data-testid="saved-data-note">
      <IconAlert className="note__icon" />
      <span>{t('offline.savedData', { time: formatWibDateTime(new Date(savedAt)) })}</span>
    </p>
  );
}
