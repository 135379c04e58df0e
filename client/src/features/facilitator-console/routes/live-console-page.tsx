import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { linkTo } from '../../../shared/config/paths';
import type { ClassEvent } from '../../../shared/realtime/class-event';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconReceipt, IconScreen, IconUsers } from '../../../shared/ui/icons';
import { getScenarioRuns, getScenarios } from '../api/scenarios';
import { getTraineeDrill } from '../api/get-trainee-drill';
import { ActivityFeed } from '../components/activity-feed';
import { CertificatesPanel } from '../components/certificates-panel';
import { ClockControls } from '../components/clock-controls';
import { DemoOrdersPanel } from '../components/demo-orders-panel';
import { FacilitatorOnly } from '../components/facilitator-only';
import { IdleList } from '../components/idle-list';
import { LearningCheckPanel } from '../components/learning-check-panel';
import { LifecyclePanel } from '../components/lifecycle-panel';
import { LiveBadge } from '../components/live-badge';
import { MissionCounters, MissionGridTable } from '../components/mission-grid-table';
import { MissionSettingsPanel } from '../components/mission-settings-panel';
import { ScenariosPanel } from '../components/scenarios-panel';
import { TraineeDrill } from '../components/trainee-drill';
import { useLiveConsole } from '../hooks/use-live-console';
import { averageDone, behindTrainees } from '../mission-grid';
import '../facilitator.css';
import '../console.css';

export function LiveConsolePage() {
  const { classId = '' } = useParams();
  return <FacilitatorOnly render={(session) => <LiveConsole key={classId} classId={classId} session={session} />} />;
}

const RELOAD_DRILL_MS = 600;

/** The facilitator's live console, made for the projector: who is where, what is happening, and the levers. */
function LiveConsole({ classId, session }: { classId: string; session: FacilitatorSession }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const drill = useApi(selected ? `drill:${classId}:${selected}` : null, (signal) => getTraineeDrill(classId, selected!, signal));
  const scenarios = useApi(`scenarios:${classId}`, (signal) => getScenarios(classId, signal));
  const runs = useApi(`scenario-runs:${classId}`, (signal) => getScenarioRuns(classId, signal));
  const drillTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(drillTimer.current), []);

  const onEvent = (event: ClassEvent) => {
    if (event.type.startsWith('scenario.') || (event.type.startsWith('order.') && typeof event.payload.orderId === 'string')) runs.reload();
    const selectedRow = grid.data?.trainees.find((row) => row.participantId === selected);
    if (selectedRow && (event.actorId === selected || event.payload.shopId === selectedRow.shopId || event.payload.participantId === selected)) {
      clearTimeout(drillTimer.current);
      drillTimer.current = setTimeout(drill.reload, RELOAD_DRILL_MS);
    }
  };

  const { detail, grid, participants, feed, feedError, clock, live, nowMs, removed } = useLiveConsole(classId, session, { onEvent });
  const trainingClass = detail.data;
  const trainees = grid.data?.trainees ?? [];
  const [behindOnly, setBehindOnly] = useState(false);
  const behind = behindTrainees(trainees);
  const shown = behindOnly ? behind : trainees;

  return (
    <div className="live-console" data-testid="live-console">
      <div className="live-console__screen">
      <header className="live-console__header">
        <div>
          <Link className="back-link" to={linkTo.facilitatorClass(classId)}>
            <IconLabel icon={IconArrowLeft}>{t('console.live.back')}</IconLabel>
          </Link>
          <h1>{trainingClass?.name ?? t('app.loading')}</h1>
        </div>
        <div className="live-console__header-side">
          <LiveBadge status={live} />
          <Link className="button button--secondary button--small" to={linkTo.facilitatorProjector(classId)}>
            <IconLabel icon={IconScreen}>{t('console.class.openProjector')}</IconLabel>
          </Link>
          <Link className="button button--secondary button--small" to={linkTo.facilitatorReport(classId)} data-testid="open-report">
            <IconLabel icon={IconReceipt}>{t('report.open')}</IconLabel>
          </Link>
        </div>
      </header>
      {removed && (
        <p className="error-note" role="alert" data-testid="removed-from-class">
          {t('console.team.youWereRemoved')}
        </p>
      )}
      <ErrorNote error={detail.error ?? grid.error} />

      <div className="live-console__body">
        <section className="live-console__grid" aria-labelledby="grid-title">
          <div className="live-console__grid-bar">
            <h2 id="grid-title" className="section-title">
              <IconUsers />
              <span>{t('console.live.gridTitle', { count: trainees.length })}</span>
            </h2>
            <button
              type="button"
              className="chip"
              aria-pressed={behindOnly}
              onClick={() => setBehindOnly((on) => !on)}
              data-testid="behind-filter"
              disabled={trainees.length === 0}
            >
              {t('console.live.behindFilter')}
            </button>
            {behindOnly && (
              <p className="live-console__filter-note" data-testid="behind-note" role="status">
                {t('console.live.behindNote', { count: behind.length, average: averageDone(trainees).toLocaleString('id-ID'), total: grid.data?.missions.length ?? 0 })}
              </p>
            )}
          </div>
          {grid.loading && <p className="page-loading">{t('app.loading')}</p>}
          {grid.data && <MissionGridTable missions={grid.data.missions} trainees={shown} selected={selected} onSelect={setSelected} />}
        </section>
        <aside className="live-console__side">
          {grid.data && (
            <section className="card live-console__legend" aria-labelledby="legend-title">
              <h2 id="legend-title">{t('console.live.legendTitle')}</h2>
              <MissionCounters missions={grid.data.missions} />
            </section>
          )}
          <IdleList trainees={trainees} nowMs={nowMs} onSelect={setSelected} />
          <section className="card" aria-labelledby="feed-title">
            <h2 id="feed-title">{t('console.live.feedTitle')}</h2>
            <ErrorNote error={feedError} />
            <ActivityFeed items={feed} />
          </section>
        </aside>
      </div>
      </div>

      {selected && <TraineeDrill classId={classId} drill={drill} onClose={() => setSelected(undefined)} />}

      <div className="live-console__tools">
        <DemoOrdersPanel classId={classId} trainees={trainees} participants={participants.data ?? []} />
        <ScenariosPanel classId={classId} scenarios={scenarios} runs={runs} trainees={trainees} participants={participants.data ?? []} />
        <div className="live-console__stack">
          <ClockControls classId={classId} simNowMs={clock.simNowMs} speed={clock.speed} paused={clock.paused} version={clock.version} onChanged={clock.apply} onStale={clock.reload} />
          <ErrorNote error={clock.error} />
          <MissionSettingsPanel classId={classId} onSaved={grid.reload} />
          <LearningCheckPanel classId={classId} />
          <CertificatesPanel classId={classId} missionIds={grid.data?.missions.map((mission) => mission.id) ?? []} />
          {trainingClass && <LifecyclePanel trainingClass={trainingClass} onChanged={detail.reload} />}
        </div>
      </div>
    </div>
  );
}
