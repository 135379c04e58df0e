import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { linkTo } from '../../../shared/config/paths';
import { formatCalendarDate, formatLongDate, formatWibClock, formatWibDate, ZONE_LABELS } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconPrint } from '../../../shared/ui/icons';
import type { ClassDetailView } from '../api/get-class';
import { useClassDetail } from '../hooks/use-class-detail';
import { getParticipants, type ParticipantView } from '../api/get-participants';
import { FacilitatorOnly } from '../components/facilitator-only';
import '../facilitator.css';

export function AttendanceSheetPage() {
  const { classId = '' } = useParams();
  return <FacilitatorOnly render={(session) => <AttendanceSheetLoader key={classId} classId={classId} session={session} />} />;
}

function AttendanceSheetLoader({ classId }: { classId: string; session: FacilitatorSession }) {
  const { t } = useTranslation();
  const detail = useClassDetail(classId);
  const participants = useApi(`participants:${classId}`, (signal) => getParticipants(classId, signal));

  return (
    <div className="attendance-page">
      <div className="attendance-toolbar no-print">
        <Link className="button button--secondary button--small" to={linkTo.facilitatorClass(classId)}>
          <IconLabel icon={IconArrowLeft}>{t('console.attendance.back')}</IconLabel>
        </Link>
        <button type="button" className="button button--primary button--small" onClick={() => window.print()} disabled={!detail.data || !participants.data}>
          <IconLabel icon={IconPrint}>{t('console.attendance.printNow')}</IconLabel>
        </button>
        <p className="hint">{t('console.attendance.printHint')}</p>
      </div>
      <ErrorNote error={detail.error ?? participants.error} className="no-print" />
      {detail.data && participants.data ? (
        <AttendanceSheet trainingClass={detail.data} participants={participants.data} />
      ) : (
        !detail.error && !participants.error && <p className="page-loading no-print">{t('app.loading')}</p>
      )}
    </div>
  );
}

function safeLongDate(date: string): string {
  try {
    return formatLongDate(date);
  } catch {
    return date;
  }
}

/** What the sheet shows of a class and of a person: a class's own page and the programme's summary both print it. */
export type SheetClass = Pick<ClassDetailView, 'name' | 'place' | 'regencyLabel' | 'date' | 'facilitators' | 'timeZone'>;
export type SheetPerson = Pick<ParticipantView, 'id' | 'name' | 'village' | 'phone' | 'joinedAt' | 'isPersona'>;

/** The signed attendance list, laid out like the programme's report forms. Demo buyers are not people present. */
export function AttendanceSheet({ trainingClass, participants }: { trainingClass: SheetClass; participants: SheetPerson[] }) {
  const { t } = useTranslation();
  const present = participants.filter((p) => !p.isPersona);
  const classDate = safeLongDate(trainingClass.date);
  // Its times in its own zone: the programme's summary prints the sheets of classes in WIB, WITA and WIT together.
  const zone = trainingClass.timeZone;
  const showDate = (joinedAt: string) => formatWibDate(joinedAt, zone) !== formatCalendarDate(trainingClass.date);

  return (
    <article className="attendance-sheet" data-testid="attendance-sheet">
      <h1 className="attendance-sheet__title">{t('console.sheet.title')}</h1>
      <p className="attendance-sheet__class">{trainingClass.name}</p>
      <table className="attendance-sheet__meta">
        <tbody>
          <tr>
            <th scope="row">{t('console.sheet.place')}</th>
            <td>
              {trainingClass.place}, {trainingClass.regencyLabel}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('console.sheet.date')}</th>
            <td>{classDate}</td>
          </tr>
          <tr>
            <th scope="row">{t('console.sheet.facilitators')}</th>
            <td>{trainingClass.facilitators.join(', ')}</td>
          </tr>
        </tbody>
      </table>

      <div className="sheet-scroll" role="region" aria-label={t('console.sheet.title')} tabIndex={0}>
        <table className="attendance-sheet__table" data-testid="attendance-table">
          <thead>
            <tr>
              <th scope="col" className="attendance-sheet__no">
                {t('console.sheet.no')}
              </th>
              <th scope="col" className="attendance-sheet__name">
                {t('console.sheet.name')}
              </th>
              <th scope="col" className="attendance-sheet__village">
                {t('console.sheet.village')}
              </th>
              <th scope="col" className="attendance-sheet__phone">
                {t('console.sheet.phone')}
              </th>
              <th scope="col" className="attendance-sheet__time">
                {t('console.sheet.joinedAt', { zone: ZONE_LABELS[zone] })}
              </th>
              <th scope="col" className="attendance-sheet__signature">
                {t('console.sheet.signature')}
              </th>
            </tr>
          </thead>
          <tbody>
            {present.map((participant, index) => (
              <tr key={participant.id}>
                <td className="attendance-sheet__no">{index + 1}</td>
                <td>{participant.name}</td>
                <td>{participant.village ?? ''}</td>
                <td>{participant.phone ?? ''}</td>
                <td>
                  {showDate(participant.joinedAt) && `${formatWibDate(participant.joinedAt, zone)} `}
                  {formatWibClock(participant.joinedAt, zone)}
                </td>
                {/* Signed by hand on paper; odd rows sign left, even rows right, so signatures do not overlap. */}
                <td className="attendance-sheet__signature" data-side={index % 2 === 0 ? 'left' : 'right'}>
                  <span className="attendance-sheet__sign-number">{index + 1}.</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {present.length === 0 && <p className="note">{t('console.participants.empty')}</p>}

      <div className="attendance-sheet__footer">
        <p>{t('console.sheet.total', { count: present.length })}</p>
        <div className="attendance-sheet__signoff">
          <p>{t('console.sheet.signoffPlace', { place: trainingClass.regencyLabel.replace(/^(Kab\.|Kota)\s+/, ''), date: classDate.replace(/^[^,]+,\s*/, '') })}</p>
          <p>{t('console.sheet.signoffRole')}</p>
          <div className="attendance-sheet__signoff-space" />
          <p className="attendance-sheet__signoff-name">({trainingClass.facilitators[0] ?? '……………………'})</p>
        </div>
      </div>
    </article>
  );
}
