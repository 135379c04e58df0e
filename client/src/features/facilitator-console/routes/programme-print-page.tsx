import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { appPaths } from '../../../shared/config/paths';
import { formatCalendarDate, formatWibDateTime } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconPrint } from '../../../shared/ui/icons';
import { getProgramme, type ProgrammeView } from '../api/get-programme';
import { FacilitatorOnly } from '../components/facilitator-only';
import { ProgrammeTable } from '../components/programme-table';
import { programmeKey, programmeSearch, readProgrammeFilter } from '../programme-filter';
import { AttendanceSheet } from './attendance-sheet-page';
import { AdminOnly } from './programme-page';
import '../facilitator.css';
import '../console.css';

/** The programme's printable summary (A4): the table and totals, then each class's attendance sheet on its own page. */
export function ProgrammePrintPage() {
  return <FacilitatorOnly render={(session) => <AdminOnly session={session} render={() => <ProgrammePrint />} />} />;
}

function ProgrammePrint() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filter = readProgrammeFilter(params);
  const search = programmeSearch(filter);
  const programme = useApi(programmeKey(filter), (signal) => getProgramme(filter, signal));

  return (
    <div className="report-page programme-print">
      <div className="attendance-toolbar no-print">
        <Link className="button button--secondary button--small" to={`${appPaths.facilitatorProgramme}${search ? `?${search}` : ''}`}>
          <IconLabel icon={IconArrowLeft}>{t('console.programme.backToView')}</IconLabel>
        </Link>
        <button type="button" className="button button--primary button--small" onClick={() => window.print()} disabled={!programme.data}>
          <IconLabel icon={IconPrint}>{t('console.programme.printNow')}</IconLabel>
        </button>
        <p className="hint">{t('console.programme.printHint')}</p>
      </div>
      <ErrorNote error={programme.error} className="no-print" />
      {programme.loading && <p className="page-loading no-print">{t('app.loading')}</p>}
      {programme.data && <Summary programme={programme.data} />}
    </div>
  );
}

function Summary({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation();
  const { regency, from, to } = programme.filter;
  const regencyLabel = regency ? (programme.regencies.find((r) => r.code === regency)?.label ?? regency) : t('console.programme.filter.allRegencies');
  const period =
    from && to
      ? t('console.programme.sheet.range', { from: formatCalendarDate(from), to: formatCalendarDate(to) })
      : from
        ? t('console.programme.sheet.since', { from: formatCalendarDate(from) })
        : to
          ? t('console.programme.sheet.until', { to: formatCalendarDate(to) })
          : t('console.programme.sheet.allDates');
  return (
    <>
      <article className="report programme-summary" data-testid="programme-summary">
        <h1 className="report__title">{t('console.programme.sheet.title')}</h1>
        <table className="attendance-sheet__meta">
          <tbody>
            <tr>
              <th scope="row">{t('console.programme.filter.regency')}</th>
              <td>{regencyLabel}</td>
            </tr>
            <tr>
              <th scope="row">{t('console.programme.sheet.period')}</th>
              <td>{period}</td>
            </tr>
            <tr>
              <th scope="row">{t('console.programme.sheet.generated')}</th>
              <td>{formatWibDateTime(programme.generatedAt)}</td>
            </tr>
          </tbody>
        </table>
        {programme.classes.length === 0 ? (
          <p>{t('console.programme.empty')}</p>
        ) : (
          <div className="sheet-scroll" role="region" aria-label={t('console.programme.sheet.title')} tabIndex={0}>
            <ProgrammeTable programme={programme} links={false} />
          </div>
        )}
        <p className="report__legend">{t('console.programme.sheet.legend')}</p>
        {programme.classes.length > 0 && <p>{t('console.programme.sheet.attachments', { count: programme.classes.length })}</p>}
      </article>
      {programme.classes.map((row) => (
        <section key={row.classId} className="programme-print__sheet" data-testid="programme-attendance" data-class-id={row.classId}>
          <AttendanceSheet
            trainingClass={row}
            participants={row.attendance.map((person, index) => ({ ...person, id: `${row.classId}:${index}`, isPersona: false }))}
          />
        </section>
      ))}
    </>
  );
}
