import { useTranslation } from 'react-i18next';
import type { GridTraineeView } from '../api/get-mission-grid';
import type { ParticipantView } from '../api/get-participants';

export const ALL_TRAINEES = 'all';

/** The request's target: one trainee, or every trainee (`all`). */
export function targetRequest(target: string): { participantId?: string; all?: boolean } {
  return target === ALL_TRAINEES ? { all: true } : { participantId: target };
}

interface TargetPickerProps {
  id: string;
  label: string;
  allLabel: string;
  value: string;
  onChange: (value: string) => void;
  trainees: GridTraineeView[];
}

/** "Semua peserta dengan produk aktif" or one trainee by name. */
export function TargetPicker({ id, label, allLabel, value, onChange, trainees }: TargetPickerProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      <select className="field__input" id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={ALL_TRAINEES}>{allLabel}</option>
        {trainees.map((row) => (
          <option key={row.participantId} value={row.participantId}>
            {row.name} · {row.shopName}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The class's demo buyers; the first one is used when none is picked. */
export function PersonaPicker({ id, value, onChange, participants }: { id: string; value: string; onChange: (value: string) => void; participants: ParticipantView[] }) {
  const { t } = useTranslation();
  const personas = participants.filter((p) => p.isPersona);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{t('console.demo.persona')}</label>
      <select className="field__input" id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('console.demo.personaDefault')}</option>
        {personas.map((persona) => (
          <option key={persona.id} value={persona.id}>
            {persona.name}
          </option>
        ))}
      </select>
    </div>
  );
}
