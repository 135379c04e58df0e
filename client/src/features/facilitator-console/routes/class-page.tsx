import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { appPaths, linkTo } from '../../../shared/config/paths';
import { formatCalendarDate } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconCalendar, IconMapPin, IconReceipt, IconScreen, IconUsers } from '../../../shared/ui/icons';
import { AttendanceActions } from '../components/attendance-actions';
import { ClassEditPanel } from '../components/class-edit-panel';
import { ClassMoneyPanel } from '../components/class-money-panel';
import { ClassOrders } from '../components/class-orders';
import { ClockControls } from '../components/clock-controls';
import { FacilitatorOnly } from '../components/facilitator-only';
import { JoinAddressPicker, useJoinLink } from '../components/join-address';
import { LiveBadge } from '../components/live-badge';
import { ParticipantsTable } from '../components/participants-table';
import { PersonasPanel } from '../components/personas-panel';
import { PracticeFollowUp, PracticePanel } from '../components/practice-panel';
import { StatusBadge } from '../components/status-badge';
import { StatusControls } from '../components/status-controls';
import { TeamPanel } from '../components/team-panel';
import { useLiveClass } from '../hooks/use-live-class';
import { spacedCode } from '../spaced-code';
import '../facilitator.css';
// Its panels are the console's (practice, clock, demo buyers): their styles come with them when this page opens first.
import '../console.css';

export function ClassPage() {
  const { classId = '' } = useParams();
  return <FacilitatorOnly render={(session) => <ClassConsole key={classId} classId={classId} session={session} />} />;
}

function ClassConsole({ classId, session }: { classId: string; session: FacilitatorSession }) {
  const { t } = useTranslation();
  const { detail, participants, clock, live, removed } = useLiveClass(classId, session);
  const trainingClass = detail.data;
  const joinLink = useJoinLink(classId, trainingClass);
  const joined = participants.data?.filter((p) => !p.isPersona).length ?? 0;

  return (
    <div className="page console" data-testid="class-page">
      <Link className="back-link" to={appPaths.facilitatorHome}>
        <IconLabel icon={IconArrowLeft}>{t('console.class.back')}</IconLabel>
      </Link>
      {removed && (
        <p className="error-note" role="alert" data-testid="removed-from-class">
          {t('console.team.youWereRemoved')}
        </p>
      )}
      <ErrorNote error={detail.error} />
      {detail.loading && <p className="page-loading">{t('app.loading')}</p>}

      {trainingClass && (
        <>
          <header className="console__header">
            <div>
              <h1>{trainingClass.name}</h1>
              <p className="card__line">
                <IconCalendar />
                <span>{formatCalendarDate(trainingClass.date)}</span>
              </p>
              <p className="card__line">
                <IconMapPin />
                <span>
                  {trainingClass.place} · {trainingClass.regencyLabel}
                </span>
              </p>
            </div>
            <div className="console__header-side">
              <StatusBadge status={trainingClass.status} />
              <LiveBadge status={live} />
            </div>
          </header>

          <section className="card join-summary" aria-labelledby="join-summary-title">
            <div>
              <h2 id="join-summary-title">{t('console.class.joinCode')}</h2>
              <p className="join-summary__code" data-testid="join-code" aria-label={trainingClass.joinCode}>
                {spacedCode(trainingClass.joinCode)}
              </p>
              <p className="join-summary__url" data-testid="join-url">
                {joinLink.link?.joinUrl ?? trainingClass.joinUrl}
              </p>
              <JoinAddressPicker joinLink={joinLink} />
            </div>
            <div className="button-row">
              <Link className="button button--primary" to={linkTo.facilitatorConsole(classId)} data-testid="open-console">
                <IconLabel icon={IconUsers}>{t('console.live.open')}</IconLabel>
              </Link>
              <Link className="button button--secondary" to={linkTo.facilitatorProjector(classId)}>
                <IconLabel icon={IconScreen}>{t('console.class.openProjector')}</IconLabel>
              </Link>
              <Link className="button button--secondary" to={linkTo.facilitatorReport(classId)}>
                <IconLabel icon={IconReceipt}>{t('report.open')}</IconLabel>
              </Link>
            </div>
          </section>

          <div className="class-page__tools">
            <StatusControls classId={classId} status={trainingClass.status} onChanged={() => detail.reload()} />
            <ClassEditPanel trainingClass={trainingClass} onSaved={() => detail.reload()} />
          </div>
        </>
      )}

      <div className="console__columns">
        <section className="console__main" aria-labelledby="participants-title">
          <h2 id="participants-title" className="section-title">
            <IconUsers />
            <span>{t('console.participants.title', { count: joined })}</span>
          </h2>
          <ErrorNote error={participants.error} />
          {participants.data && <ParticipantsTable classId={classId} participants={participants.data} />}
        </section>
        <aside className="console__side">
          <ClockControls classId={classId} simNowMs={clock.simNowMs} speed={clock.speed} paused={clock.paused} version={clock.version} onChanged={clock.apply} onStale={clock.reload} />
          <ErrorNote error={clock.error} />
          {trainingClass && (
            <TeamPanel
              classId={classId}
              team={trainingClass.team}
              ownerId={trainingClass.ownerId}
              ownerName={trainingClass.ownerName}
              session={session}
              onChanged={detail.reload}
            />
          )}
          <AttendanceActions classId={classId} />
          {participants.data && <PersonasPanel classId={classId} participants={participants.data} onChanged={participants.reload} />}
          <ClassOrders classId={classId} session={session} />
          <PracticePanel classId={classId} />
        </aside>
      </div>
      <PracticeFollowUp classId={classId} />
      <ClassMoneyPanel classId={classId} />
    </div>
  );
}
