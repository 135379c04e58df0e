import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck } from '../../../shared/ui/icons';
import { MissionIcon } from '../../../shared/ui/mission-icon';
import { getCertificateOverview, updateCertificateSettings, type MissionId } from '../api/certificate-settings';

/** The console's "Sertifikat": which missions a certificate needs (none ticked: every enabled one), and who is ready. */
export function CertificatesPanel({ classId, missionIds }: { classId: string; missionIds: readonly MissionId[] }) {
  const { t } = useTranslation();
  const overview = useApi(`certificates:${classId}`, (signal) => getCertificateOverview(classId, signal));
  const [draft, setDraft] = useState<MissionId[] | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const save = useSubmit((missions: MissionId[]) => updateCertificateSettings(classId, missions));
  const chosen = draft ?? overview.data?.chosenMissions ?? [];
  const issued = overview.data?.trainees.filter((trainee) => trainee.code !== null).length ?? 0;

  const toggle = (id: MissionId, on: boolean) => {
    setSaved(false);
    setDraft(on ? [...chosen, id] : chosen.filter((m) => m !== id));
  };

  const onSave = async () => {
    const answer = await save.run(missionIds.filter((id) => chosen.includes(id)));
    if (!answer) return;
    overview.setData(() => answer);
    setDraft(undefined);
    setSaved(true);
  };

  return (
    <section className="card console-panel" aria-labelledby="certificates-panel-title" data-testid="certificates-panel">
      <h2 id="certificates-panel-title" className="section-title">
        <IconCheck />
        <span>{t('console.certificates.title')}</span>
      </h2>
      <p className="hint">{t('console.certificates.hint')}</p>
      <ErrorNote error={overview.error ?? save.error} />
      <ul className="mission-settings">
        {missionIds.map((id) => (
          <li key={id} className="mission-settings__item">
            <label className="checkbox-field">
              <input type="checkbox" checked={chosen.includes(id)} onChange={(event) => toggle(id, event.target.checked)} />
              <MissionIcon id={id} />
              <span>{t(`missions.title.${id}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary button--small" onClick={() => void onSave()} disabled={!draft || save.pending}>
        <IconLabel icon={IconCheck}>{t('console.certificates.save')}</IconLabel>
      </button>
      {saved && (
        <p className="note note--ok" role="status">
          {t('console.certificates.saved')}
        </p>
      )}
      {overview.data && <p data-testid="certificates-issued">{t('console.certificates.earned', { count: issued })}</p>}
    </section>
  );
}
