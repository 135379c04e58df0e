import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatCalendarDate } from '../../../shared/format/wib-date';
import type { ProgrammeLearningView, ProgrammeView } from '../api/get-programme';
import { signedPoints } from '../programme-filter';

/** "50% → 100% (+50 poin)", or a dash for a round nobody answered. */
function LearningCell({ learning }: { learning: ProgrammeLearningView }) {
  const { t } = useTranslation();
  const share = (value: number | null) => (value === null ? t('console.programme.none') : t('console.programme.percent', { value }));
  const gain = signedPoints(learning.gain);
  return (
    <>
      <span data-testid="programme-learning-share">{t('console.programme.learningShare', { before: share(learning.beforePercent), after: share(learning.afterPercent) })}</span>
      {gain !== null && (
        <span className="programme__gain" data-testid="programme-learning-gain">
          {' '}
          {t('console.programme.gain', { value: gain })}
        </span>
      )}
    </>
  );
}

/**
 * Every class of the programme, one line each, and the total line: the screen and the printed summary show the same
 * table (`links` off on paper).
 */
export function ProgrammeTable({ programme, links }: { programme: ProgrammeView; links: boolean }) {
  const { t } = useTranslation();
  const totals = programme.totals;
  return (
    <table className="report__table programme__table" data-testid="programme-table">
      <thead>
        <tr>
          <th scope="col">{t('console.programme.column.no')}</th>
          <th scope="col">{t('console.programme.column.class')}</th>
          <th scope="col">{t('console.programme.column.date')}</th>
          <th scope="col">{t('console.programme.column.regency')}</th>
          <th scope="col">{t('console.programme.column.facilitators')}</th>
          <th scope="col">{t('console.programme.column.participants')}</th>
          <th scope="col">{t('console.programme.column.missions')}</th>
          <th scope="col">{t('console.programme.column.learning')}</th>
          <th scope="col">{t('console.programme.column.practice')}</th>
          <th scope="col">{t('console.programme.column.sales')}</th>
        </tr>
      </thead>
      <tbody>
        {programme.classes.map((row, index) => (
          <tr key={row.classId} data-testid="programme-class" data-class-id={row.classId}>
            <td>{index + 1}</td>
            <td>
              {links ? <Link to={linkTo.facilitatorReport(row.classId)}>{row.name}</Link> : row.name}
              <span className="programme__place">{row.place}</span>
            </td>
            <td>{formatCalendarDate(row.date)}</td>
            <td>{row.regencyLabel}</td>
            <td>{row.facilitators.join(', ')}</td>
            <td className="programme__number">{row.participants}</td>
            <td className="programme__number">
              {row.missionsCompleted}
              <span className="programme__sub">{t('console.programme.allMissions', { count: row.traineesAllMissions })}</span>
            </td>
            <td>
              <LearningCell learning={row.learning} />
            </td>
            <td className="programme__number">
              {t('console.programme.practiceTrainees', { count: row.practice.trainees, total: row.participants })}
              <span className="programme__sub">{t('console.programme.practiceActions', { count: row.practice.actions })}</span>
            </td>
            <td className="programme__number">{formatRupiah(row.salesRupiah)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-testid="programme-total">
          <td />
          <th scope="row" colSpan={4}>
            {t('console.programme.total', { count: totals.classes })}
          </th>
          <td className="programme__number">{totals.participants}</td>
          <td className="programme__number">
            {totals.missionsCompleted}
            <span className="programme__sub">{t('console.programme.allMissions', { count: totals.traineesAllMissions })}</span>
          </td>
          <td>
            <LearningCell learning={totals.learning} />
          </td>
          <td className="programme__number">
            {t('console.programme.practiceTrainees', { count: totals.practiceTrainees, total: totals.participants })}
            <span className="programme__sub">{t('console.programme.practiceActions', { count: totals.practiceActions })}</span>
          </td>
          <td className="programme__number">{formatRupiah(totals.salesRupiah)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
