import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconDownload, IconPrint } from '../../../shared/ui/icons';
import { downloadAttendance } from '../api/download-attendance';

/** The attendance list the programme files: as a CSV for the spreadsheet, or printed to be signed. */
export function AttendanceActions({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const download = useSubmit(downloadAttendance);

  return (
    <section className="card" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('console.attendance.title')}</h2>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void download.run(classId)}
          disabled={download.pending}
          aria-busy={download.pending}
        >
          <IconLabel icon={IconDownload}>{t('console.attendance.download')}</IconLabel>
        </button>
        <Link className="button button--secondary button--small" to={linkTo.facilitatorAttendance(classId)}>
          <IconLabel icon={IconPrint}>{t('console.attendance.print')}</IconLabel>
        </Link>
      </div>
      <ErrorNote error={download.error} />
    </section>
  );
}
