import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatCalendarDate, formatWibDateTime, formatWibTime } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconDownload, IconPrint } from '../../../shared/ui/icons';
import { downloadReportCsv, getReport, type ClassReportView, type ReportCountsView } from '../api/get-report';
import { FeedSentence } from '../components/activity-feed';
import { FacilitatorOnly } from '../components/facilitator-only';
import { LearningGainReport } from '../components/learning-gain-report';
import { missionBars } from '../report-chart';
import '../facilitator.css';
import '../console.css';

export function ReportPage() {
  const { classId = '' } = useParams();
  return <FacilitatorOnly render={(session) => <ReportLoader key={classId} classId={classId} session={session} />} />;
}

function ReportLoader({ classId }: { classId: string; session: FacilitatorSession }) {
  const { t } = useTranslation();
  const report = useApi(`report:${classId}`, (signal) => getReport(classId, signal));
  const csv = useSubmit(downloadReportCsv);

  return (
    <div className="report-page">
      <div className="attendance-toolbar no-print">
        <Link className="button button--secondary button--small" to={linkTo.facilitatorConsole(classId)}>
          <IconLabel icon={IconArrowLeft}>{t('report.back')}</IconLabel>
        </Link>
        <button type="button" className="button button--secondary button--small" onClick={() => void csv.run(classId)} disabled={csv.pending} data-testid="report-csv">
          <IconLabel icon={IconDownload}>{t('report.downloadCsv')}</IconLabel>
        </button>
        <button type="button" className="button button--primary button--small" onClick={() => window.print()} disabled={!report.data}>
          <IconLabel icon={IconPrint}>{t('report.print')}</IconLabel>
        </button>
        <p className="hint">{t('report.printHint')}</p>
      </div>
      <ErrorNote error={report.error ?? csv.error} className="no-print" />
      {report.loading && <p className="page-loading no-print">{t('app.loading')}</p>}
      {report.data && <Report report={report.data} />}
    </div>
  );
}

const COUNT_KEYS = ['productsPosted', 'orders', 'payments', 'shipments', 'completedOrders', 'withdrawals'] as const satisfies readonly (keyof ReportCountsView)[];
const MONEY_KEYS = ['salesRupiah', 'withdrawnRupiah'] as const satisfies readonly (keyof ReportCountsView)[];
const LABEL_WIDTH = 190;
const PLOT_WIDTH = 360;

/** The programme's activity report: A4, Indonesian, printable as it is. */
function Report({ report }: { report: ClassReportView }) {
  const { t } = useTranslation();
  const chart = missionBars(report.missions, PLOT_WIDTH);
  const klass = report.class;

  return (
    <article className="report" data-testid="report">
      <h1 className="report__title">{t('report.title')}</h1>
      <p className="report__class">{klass.name}</p>
      <table className="attendance-sheet__meta">
        <tbody>
          <tr>
            <th scope="row">{t('report.meta.date')}</th>
            <td>{formatCalendarDate(klass.date)}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.meta.place')}</th>
            <td>{klass.place}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.meta.regency')}</th>
            <td>{klass.regencyLabel}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.meta.facilitators')}</th>
            <td>{klass.facilitators.join(', ')}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.meta.code')}</th>
            <td>{klass.joinCode}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.meta.generated')}</th>
            <td>{formatWibDateTime(report.generatedAt, report.class.timeZone)}</td>
          </tr>
        </tbody>
      </table>

      <section className="report__section">
        <h2>{t('report.attendance.title')}</h2>
        <p data-testid="report-attendance">
          {t('report.attendance.summary', { count: report.traineeCount })} {t('report.attendance.sheet')}
        </p>
        <p data-testid="report-practice">{t('report.attendance.practice', { count: report.practice.trainees, actions: report.practice.actions })}</p>
      </section>

      <section className="report__section">
        <h2>{t('report.counts.title')}</h2>
        <table className="report__table report__counts">
          <tbody>
            {COUNT_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{t(`report.counts.${key}`)}</th>
                <td>{report.totals[key]}</td>
              </tr>
            ))}
            {MONEY_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{t(`report.counts.${key}`)}</th>
                <td>{formatRupiah(report.totals[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report__section report__keep">
        <h2>{t('report.chart.title')}</h2>
        <svg
          className="report__chart"
          role="img"
          aria-label={t('report.chart.label')}
          viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + 90} ${chart.height}`}
          width="100%"
          data-testid="report-chart"
        >
          {chart.bars.map((bar) => (
            <g key={bar.id} transform={`translate(0 ${bar.y})`} data-mission={bar.id}>
              <text x={LABEL_WIDTH - 8} y={17} textAnchor="end" className="report__chart-label">
                {t(`missions.short.${bar.id}`)}
              </text>
              <rect x={LABEL_WIDTH} y={4} width={PLOT_WIDTH} height={18} className="report__chart-track" />
              <rect x={LABEL_WIDTH} y={4} width={bar.length} height={18} className="report__chart-bar" />
              <text x={LABEL_WIDTH + PLOT_WIDTH + 8} y={17} className="report__chart-value">
                {t('report.chart.bar', { done: bar.doneCount, total: bar.total })}
              </text>
            </g>
          ))}
        </svg>
      </section>

      <LearningGainReport results={report.learningCheck} />

      <section className="report__section">
        <h2>{t('report.trainees.title')}</h2>
        <p className="report__legend">{t('report.trainees.legend')}</p>
        <div className="sheet-scroll" role="region" aria-label={t('report.trainees.title')} tabIndex={0}>
          <table className="report__table report__trainees" data-testid="report-trainees">
            <thead>
              <tr>
                <th scope="col">{t('report.trainees.no')}</th>
                <th scope="col">{t('report.trainees.name')}</th>
                <th scope="col">{t('report.trainees.village')}</th>
                <th scope="col">{t('report.trainees.shop')}</th>
                {report.missionIds.map((id) => (
                  <th key={id} scope="col" className="report__mission-head">
                    {t(`missions.short.${id}`)}
                  </th>
                ))}
                <th scope="col">{t('report.trainees.done')}</th>
                <th scope="col">{t('report.trainees.sales')}</th>
              </tr>
            </thead>
            <tbody>
              {report.trainees.map((trainee, index) => (
                <tr key={trainee.participantId} data-testid="report-trainee" data-name={trainee.name}>
                  <td>{index + 1}</td>
                  <td>{trainee.name}</td>
                  <td>{trainee.village ?? ''}</td>
                  <td>{trainee.shopName}</td>
                  {report.missionIds.map((id) => {
                    const state = trainee.missions.find((cell) => cell.id === id)?.state ?? 'todo';
                    return (
                      <td key={id} className={`report__cell report__cell--${state}`} data-mission={id} data-state={state} aria-label={t(`missions.state.${state}`)}>
                        {state === 'done' ? '✓' : state === 'failed' ? '✗' : '–'}
                      </td>
                    );
                  })}
                  <td>
                    {trainee.doneCount}/{report.missionIds.length}
                  </td>
                  <td className="report__money">{formatRupiah(trainee.counts.salesRupiah)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="report__section">
        <h2>{t('report.timeline.title')}</h2>
        {report.timeline.length === 0 ? (
          <p>{t('report.timeline.empty')}</p>
        ) : (
          <ol className="report__timeline" data-testid="report-timeline">
            {report.timeline.map((item, index) => (
              <li key={`${item.at}-${index}`}>
                <time dateTime={item.at}>{formatWibTime(item.at, report.class.timeZone)}</time> <FeedSentence item={item} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <footer className="attendance-sheet__footer">
        <span />
        <div className="attendance-sheet__signoff">
          <p>{t('report.signoff')}</p>
          <div className="attendance-sheet__signoff-space" />
          <p className="attendance-sheet__signoff-name">{klass.facilitators[0] ?? ''}</p>
        </div>
      </footer>
    </article>
  );
}
