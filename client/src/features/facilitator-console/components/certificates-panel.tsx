import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck } from '../../../shared/ui/icons';
import { MissionIcon } from '../../../shared/ui/mission-icon';
import { useDraftSave } from '../hooks/use-draft-save';
import { getCertificateOverview, updateCertificateSettings, type MissionId } from '../api/certificate-settings';

/** The console's "Sertifikat": which missions a certificate needs (none ticked: every enabled one), and who is ready. */
export function CertificatesPanel({ classId, missionIds }: { classId: string; missionIds: readonly MissionId[] }) {
  const { t } = useTranslation();
  const overview = useApi(`certificates:${classId}`, (signal) => getCertificateOverview(classId, signal));
  // Sent in the class's mission order, whatever order they were ticked in.
  const save = useDraftSave(
    overview,
    (data): MissionId[] => data.chosenMissions,
    (missions: MissionId[]) => updateCertificateSettings(classId, missionIds.filter((id) => missions.includes(id))),
  );
  const chosen = save.value ?? [];
  const issued = overview.data?.trainees.filter((trainee) => trainee.code !== null).length ?? 0;

  const toggle = (id: MissionId, on: boolean) => save.change(on ? [...chosen, id] : chosen.filter((m) => m !== id));
  const onSave = () => save.submit();

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
      <button type="button" className="button button--primary button--small" onClick={() => void onSave()} disabled={!save.dirty || save.pending}>
        <IconLabel icon={IconCheck}>{t('console.certificates.save')}</IconLabel>
      </button>
      {save.saved && (
        <p className="note note--ok" role="status">
          {t('console.certificates.saved')}
        </p>
      )}
      {overview.data && <p data-testid="certificates-issued">{t('console.certificates.earned', { count: issued })}</p>}
    </section>
  );
}
