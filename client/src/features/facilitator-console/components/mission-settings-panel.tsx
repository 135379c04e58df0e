import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck, IconEdit } from '../../../shared/ui/icons';
import { getMissionSettings, updateMissionSettings, type MissionSettingInput } from '../api/mission-settings';
import { useDraftSave } from '../hooks/use-draft-save';
import { MissionIcon } from '../../../shared/ui/mission-icon';
import { MoveButtons } from './move-buttons';

/** The class's missions: their order on the trainees' phones, and which are on. Saved together. */
export function MissionSettingsPanel({ classId, onSaved }: { classId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const stored = useApi(`mission-settings:${classId}`, (signal) => getMissionSettings(classId, signal));
  const settings = useDraftSave(
    stored,
    (data) => data.missions.map(({ id, enabled }): MissionSettingInput => ({ id, enabled })),
    (missions: MissionSettingInput[]) => updateMissionSettings(classId, missions),
  );
  const list = settings.value ?? [];
  const change = settings.change;

  const submit = async () => {
    if (await settings.submit()) onSaved();
  };

  return (
    <section className="card console-panel" aria-labelledby="mission-settings-title" data-testid="mission-settings">
      <h2 id="mission-settings-title" className="section-title">
        <IconEdit />
        <span>{t('console.missionSettings.title')}</span>
      </h2>
      <p className="hint">{t('console.missionSettings.hint')}</p>
      <ErrorNote error={stored.error} />
      <ol className="mission-settings">
        {list.map((mission, index) => (
          <li key={mission.id} className="mission-settings__item" data-mission={mission.id}>
            <label className="checkbox-field">
              <input type="checkbox" checked={mission.enabled} onChange={(event) => change(list.map((m) => (m.id === mission.id ? { ...m, enabled: event.target.checked } : m)))} />
              <MissionIcon id={mission.id} />
              <span>{t(`missions.title.${mission.id}`)}</span>
            </label>
            <MoveButtons
              list={list}
              index={index}
              onMove={change}
              upLabel={t('console.missionSettings.up', { title: t(`missions.short.${mission.id}`) })}
              downLabel={t('console.missionSettings.down', { title: t(`missions.short.${mission.id}`) })}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="button button--primary button--small" onClick={() => void submit()} disabled={!settings.dirty || settings.pending}>
        <IconLabel icon={IconCheck}>{t('console.missionSettings.save')}</IconLabel>
      </button>
      {settings.saved && (
        <p className="note note--ok" role="status">
          {t('console.missionSettings.saved')}
        </p>
      )}
      <ErrorNote error={settings.error} />
    </section>
  );
}
