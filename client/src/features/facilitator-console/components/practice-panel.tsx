import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { formatCalendarDate, formatWibDateTime } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCart, IconChat, IconCheck, IconUsers } from '../../../shared/ui/icons';
import { useDraftSave } from '../hooks/use-draft-save';
import {
  getPracticeFollowUp,
  getPracticeSettings,
  messageClass,
  updatePracticeSettings,
  type UpdatePracticeSettingsRequest,
} from '../api/practice';

const NUMBER_FIELDS = [
  { id: 'daysOpen', min: 1, max: 30 },
  { id: 'ordersPerDay', min: 1, max: 6 },
  { id: 'unpaidPercent', min: 0, max: 100 },
  { id: 'fraudPercent', min: 0, max: 100 },
] as const;

/**
 * "Latihan Mandiri" on the class page: keep the class open for practice after the session, and the rhythm of the
 * persona buyers who then come by themselves on the class clock.
 */
export function PracticePanel({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const settings = useApi(`practice:${classId}`, (signal) => getPracticeSettings(classId, signal));
  const save = useDraftSave(
    settings,
    (current): UpdatePracticeSettingsRequest => ({
      enabled: current.enabled,
      daysOpen: current.daysOpen,
      ordersPerDay: current.ordersPerDay,
      unpaidPercent: current.unpaidPercent,
      fraudPercent: current.fraudPercent,
    }),
    (request: UpdatePracticeSettingsRequest) => updatePracticeSettings(classId, request),
  );
  const current = settings.data;
  const form = save.value;

  const change = (changes: Partial<UpdatePracticeSettingsRequest>) => {
    if (form) save.change({ ...form, ...changes });
  };

  const onSave = () => save.submit();

  return (
    <section className="card console-panel" aria-labelledby="practice-panel-title" data-testid="practice-panel">
      <h2 id="practice-panel-title" className="section-title">
        <IconCart />
        <span>{t('console.practice.title')}</span>
      </h2>
      <p className="hint">{t('console.practice.hint')}</p>
      <ErrorNote error={settings.error ?? save.error} />
      {form && (
        <>
          <label className="checkbox-field">
            <input type="checkbox" checked={form.enabled} onChange={(event) => change({ enabled: event.target.checked })} data-testid="practice-enabled" />
            <span>{t('console.practice.enabled')}</span>
          </label>
          {NUMBER_FIELDS.map(({ id, min, max }) => (
            <label key={id} className="field">
              <span className="field__label">{t(`console.practice.${id}`)}</span>
              <input
                className="field__input"
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                value={form[id]}
                onChange={(event) => change({ [id]: Math.round(Number(event.target.value)) })}
                data-testid={`practice-${id}`}
              />
            </label>
          ))}
          <button type="button" className="button button--primary button--small" onClick={() => void onSave()} disabled={!save.dirty || save.pending} data-testid="practice-save">
            <IconLabel icon={IconCheck}>{t('console.practice.save')}</IconLabel>
          </button>
        </>
      )}
      {save.saved && (
        <p className="note note--ok" role="status">
          {t('console.practice.saved')}
        </p>
      )}
      {current && (
        <p className="card__line" data-testid="practice-status">
          {current.enabled && current.endsAt
            ? t('console.practice.runsUntil', { until: formatWibDateTime(current.endsAt), done: current.visitsDone, failed: current.visitsFailed })
            : t('console.practice.off')}
        </p>
      )}
    </section>
  );
}

/**
 * "Pendampingan setelah pelatihan": who kept practising since the day (missions, last activity, practice orders),
 * and one message to the whole class, which reaches every trainee as a notification.
 */
export function PracticeFollowUp({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const followUp = useApi(`practice-follow-up:${classId}`, (signal) => getPracticeFollowUp(classId, signal));
  const [text, setText] = useState('');
  const [sentTo, setSentTo] = useState<number | undefined>(undefined);
  const send = useSubmit((words: string) => messageClass(classId, words));
  const data = followUp.data;

  const onSend = async () => {
    const answer = await send.run(text.trim());
    if (!answer) return;
    setSentTo(answer.sent);
    setText('');
  };

  return (
    <section className="card console-panel practice-follow-up" aria-labelledby="practice-follow-up-title" data-testid="practice-follow-up">
      <h2 id="practice-follow-up-title" className="section-title">
        <IconUsers />
        <span>{t('console.practice.followUpTitle')}</span>
      </h2>
      <ErrorNote error={followUp.error} />
      {data && (
        <>
          <p className="hint">{t('console.practice.followUpHint', { date: formatCalendarDate(data.classDate) })}</p>
          <p data-testid="practice-active-count">{t('console.practice.activeCount', { count: data.activeCount })}</p>
          <div className="table-scroll">
            <table className="table" data-testid="practice-follow-up-table">
              <thead>
                <tr>
                  <th scope="col">{t('console.practice.name')}</th>
                  <th scope="col">{t('console.practice.missions')}</th>
                  <th scope="col">{t('console.practice.lastActivity')}</th>
                  <th scope="col">{t('console.practice.orders')}</th>
                  <th scope="col">{t('console.practice.handled')}</th>
                  <th scope="col">{t('console.practice.waiting')}</th>
                </tr>
              </thead>
              <tbody>
                {data.trainees.map((trainee) => (
                  <tr key={trainee.participantId} data-testid="practice-follow-up-row" data-active={trainee.activeSinceClass}>
                    <td>
                      {trainee.name}
                      {trainee.activeSinceClass && (
                        <>
                          {' '}
                          <span className="tag">{t('console.practice.active')}</span>
                        </>
                      )}
                    </td>
                    <td>
                      {trainee.missionsDone}/{trainee.missionsTotal}
                    </td>
                    <td>{trainee.lastActivityAt ? formatWibDateTime(trainee.lastActivityAt) : t('console.practice.never')}</td>
                    <td>{trainee.practiceOrders}</td>
                    <td>{trainee.practiceHandled}</td>
                    <td>{trainee.practiceWaiting}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <label className="field">
        <span className="field__label">{t('console.practice.messageLabel')}</span>
        <textarea className="field__input" rows={3} maxLength={500} value={text} onChange={(event) => setText(event.target.value)} data-testid="practice-message" />
      </label>
      <ErrorNote error={send.error} />
      <button type="button" className="button button--secondary button--small" onClick={() => void onSend()} disabled={text.trim().length < 2 || send.pending} data-testid="practice-message-send">
        <IconLabel icon={IconChat}>{t('console.practice.messageSend')}</IconLabel>
      </button>
      {sentTo !== undefined && (
        <p className="note note--ok" role="status" data-testid="practice-message-sent">
          {t('console.practice.messageSent', { count: sentTo })}
        </p>
      )}
    </section>
  );
}
