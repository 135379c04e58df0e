import { Fragment, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { SimClockView } from '../../../shared/clock/sim-clock-view';
import { linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft } from '../../../shared/ui/icons';
import { FacilitatorOnly } from '../components/facilitator-only';
import { JoinAddressPicker, useJoinLink } from '../components/join-address';
import { LiveBadge } from '../components/live-badge';
import { MissionCounters } from '../components/mission-grid-table';
import { useLiveClass } from '../hooks/use-live-class';
import { spacedCode } from '../spaced-code';
import '../facilitator.css';
import '../console.css';

export function ProjectorPage() {
  const { classId = '' } = useParams();
  return <FacilitatorOnly render={(session) => <Projector key={classId} classId={classId} session={session} />} />;
}

/** A long address wraps between its parts ("http://192.168.1.10:3000" / "/gabung/KMNPQR"), never mid-word. */
function BreakableUrl({ url }: { url: string }) {
  const [scheme, rest] = url.includes('//') ? [url.slice(0, url.indexOf('//') + 2), url.slice(url.indexOf('//') + 2)] : ['', url];
  const parts = rest.split(/(?=\/)/);
  return (
    <>
      {scheme}
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** Type size of the names: large while few have joined, smaller as the class fills up. */
function nameDensity(count: number): 'large' | 'medium' | 'small' | 'tiny' {
  if (count <= 12) return 'large';
  if (count <= 24) return 'medium';
  if (count <= 36) return 'small';
  return 'tiny';
}

/** What the hall sees on the wall: the join code, the QR code, and the names as phones join. */
function Projector({ classId, session }: { classId: string; session: FacilitatorSession }) {
  const { t } = useTranslation();
  const { detail, participants, clock, live, grid } = useLiveClass(classId, session, { withGrid: true });
  const trainingClass = detail.data;
  const joinLink = useJoinLink(classId, trainingClass);
  // Demo buyers the facilitators made are not people in the hall.
  // The hall counts its trainees, as the mission counters below do ("18/30"); a phone that joined as a buyer is
  // counted beside them, not among them. The scenario personas are not in the hall.
  const people = participants.data?.filter((p) => !p.isPersona) ?? [];
  const joined = people.filter((p) => p.role === 'trainee');
  const buyers = people.length - joined.length;
  const newestFirst = [...joined].reverse();
  const withCounters = (grid.data?.trainees.length ?? 0) > 0;
  const names = useRef<HTMLUListElement>(null);
  const [hidden, setHidden] = useState(0);

  // The names fill the column (smaller type as the class grows); any that still do not fit are counted, never cut.
  useLayoutEffect(() => {
    const list = names.current;
    if (!list) return;
    const measure = () => {
      const bottom = list.getBoundingClientRect().bottom;
      const items = [...list.querySelectorAll<HTMLElement>('li[data-name]')];
      const overflow = items.filter((item) => item.getBoundingClientRect().bottom > bottom + 1).length;
      setHidden(overflow);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [newestFirst.length]);

  return (
    <div className={`projector${withCounters ? ' projector--with-counters' : ''}`} data-testid="projector">
      <header className="projector__header">
        <h1 className="projector__class">{trainingClass?.name ?? t('app.loading')}</h1>
        <div className="projector__header-side">
          <SimClockView simNowMs={clock.simNowMs} speed={clock.speed} paused={clock.paused} />
          <LiveBadge status={live} />
          <Link className="projector__back" to={linkTo.facilitatorClass(classId)}>
            <IconLabel icon={IconArrowLeft}>{t('console.projector.back')}</IconLabel>
          </Link>
        </div>
      </header>
      <ErrorNote error={detail.error} />

      <div className="projector__body">
        <section className="projector__join" aria-labelledby="projector-join-title">
          <h2 id="projector-join-title" className="projector__step">
            {t('console.projector.howToJoin')}
          </h2>
          {trainingClass && joinLink.link && (
            <>
              <p className="projector__code" data-testid="projector-code" aria-label={trainingClass.joinCode}>
                {spacedCode(trainingClass.joinCode)}
              </p>
              <div className="projector__qr-row">
                <img
                  className="projector__qr"
                  src={`data:image/svg+xml;utf8,${encodeURIComponent(joinLink.link.joinQrSvg)}`}
                  alt={t('console.projector.qrAlt', { url: joinLink.link.joinUrl })}
                  width={260}
                  height={260}
                />
                <div className="projector__url-box">
                  <p>{t('console.projector.scanOrOpen')}</p>
                  <p className="projector__url" data-testid="projector-url">
                    <BreakableUrl url={joinLink.link.joinUrl} />
                  </p>
                </div>
              </div>
              <JoinAddressPicker joinLink={joinLink} compact />
              {trainingClass.status !== 'open' && <p className="projector__closed">{t('console.projector.closed')}</p>}
            </>
          )}
        </section>

        <section className="projector__people" aria-labelledby="projector-count">
          <h2 id="projector-count" className="projector__count" data-testid="projector-count" aria-live="polite">
            {t('console.projector.joinedCount', { count: joined.length })}
            {buyers > 0 && (
              <span className="projector__buyers" data-testid="projector-buyers">
                {t('console.projector.buyers', { count: buyers })}
              </span>
            )}
            {hidden > 0 && (
              <span className="projector__more" data-testid="projector-more">
                {t('console.projector.more', { count: hidden })}
              </span>
            )}
          </h2>
          <ul className="projector__names" data-testid="projector-names" data-density={nameDensity(newestFirst.length)} ref={names}>
            {newestFirst.map((participant) => (
              <li key={participant.id} className="projector__name" data-name={participant.name} title={participant.name}>
                {participant.name}
              </li>
            ))}
          </ul>
          <ErrorNote error={participants.error} />
        </section>
      </div>
      {withCounters && grid.data && <MissionCounters missions={grid.data.missions} size="hall" />}
    </div>
  );
}
