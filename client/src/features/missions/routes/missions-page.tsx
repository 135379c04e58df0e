import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { ErrorNote } from '../../../shared/ui/error-note';
import { SavedDataNote } from '../../../shared/ui/saved-data-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { Icon, IconArrowLeft, IconArrowRight, IconCheck, IconClose, IconInfo, type IconProps } from '../../../shared/ui/icons';
import { getMyMissions, type MissionResultView } from '../api/get-my-missions';
import { MissionIcon } from '../../../shared/ui/mission-icon';
import { missionLink } from '../mission-links';
import { browserSpeech, speak, speechText, type SpeechLike } from '../../../shared/speech/speech';
import '../missions.css';

// A mission changes when the API announces it; the settings change when the facilitator reorders them.
const LIVE_TYPES = ['mission.progress', 'missions.settings_changed', 'class.reset'] as const;

/** /toko/misi: "Misi hari ini", the trainee's checklist, checked by the system from what she did. */
export function MissionsPage() {
  return <ParticipantOnly traineeOnly>{(session) => <Missions session={session} />}</ParticipantOnly>;
}

function Missions({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const missions = useApi(`missions:${session.id}`, getMyMissions, { keepOffline: true });
  const [speech] = useState<SpeechLike | undefined>(() => browserSpeech());

  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: LIVE_TYPES,
    onEvent: (event) => {
      if (event.type !== 'mission.progress' || event.payload.participantId === session.id) missions.reload();
    },
    onResync: missions.reload,
  });

  const data = missions.data;
  return (
    <div className="page missions-page" data-testid="missions-page">
      <Link className="button button--ghost button--small back-link" to={appPaths.shop}>
        <IconLabel icon={IconArrowLeft}>{t('missions.page.back')}</IconLabel>
      </Link>
      <h1>{t('missions.page.title')}</h1>
      {data && (
        <p className="missions-page__progress" data-testid="missions-progress">
          {t('missions.page.progress', { done: data.doneCount, total: data.total })}
        </p>
      )}
      {data && data.total > 0 && (
        <div className="missions-page__bar" aria-hidden="true">
          <span style={{ width: `${Math.round((data.doneCount / data.total) * 100)}%` }} />
        </div>
      )}
      <ErrorNote error={missions.error} />
      <SavedDataNote savedAt={missions.savedAt} />
      {missions.loading && <p className="page-loading">{t('app.loading')}</p>}
      {data && data.missions.length === 0 && <p className="note">{t('missions.page.none')}</p>}
      {data && data.doneCount === data.total && data.total > 0 && <p className="note note--ok">{t('missions.page.allDone')}</p>}
      <ol className="mission-list">
        {data?.missions.map((mission) => <MissionItem key={mission.id} mission={mission} speech={speech} />)}
      </ol>
    </div>
  );
}

function MissionItem({ mission, speech }: { mission: MissionResultView; speech: SpeechLike | undefined }) {
  const { t } = useTranslation();
  const title = t(`missions.title.${mission.id}`);
  const stateText = t(`missions.state.${mission.state}`);
  const missing = mission.missing ? t(mission.missing.key, { ...mission.missing.params, defaultValue: '' }) : '';

  return (
    <li className={`mission mission--${mission.state}`} data-testid={`mission-${mission.id}`} data-state={mission.state}>
      <span className="mission__icon" aria-hidden="true">
        <MissionIcon id={mission.id} />
      </span>
      <div className="mission__body">
        <h2 className="mission__title">{title}</h2>
        <p className="mission__state">
          {mission.state === 'done' ? <IconCheck /> : mission.state === 'failed' ? <IconClose /> : <IconInfo />}
          <span>{stateText}</span>
        </p>
        {missing && <p className="mission__missing">{missing}</p>}
        <div className="mission__actions">
          {mission.state !== 'done' && (
            <Link className="button button--primary button--small" to={missionLink(mission)} data-testid="mission-go">
              <IconLabel icon={IconArrowRight}>{t('missions.page.go')}</IconLabel>
            </Link>
          )}
          {speech && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => speak(speech, speechText([title, stateText, missing]))}
              aria-label={t('missions.page.listenTo', { title })}
            >
              <IconLabel icon={IconSpeaker}>{t('missions.page.listen')}</IconLabel>
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

function IconSpeaker(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 9v6h4l5 4V5L8 9z" />
      <path d="M16.5 8.5a5 5 0 0 1 0 7" />
      <path d="M19 6a8.5 8.5 0 0 1 0 12" />
    </Icon>
  );
}
