import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck, IconEdit, IconPerson, IconPlus } from '../../../shared/ui/icons';
import { createPersona, updatePersona, type PersonaDestination } from '../api/class-tools';
import type { ParticipantView } from '../api/get-participants';

const DESTINATIONS: readonly PersonaDestination[] = ['near', 'city', 'far'];

function DestinationSelect({ value, onChange, label }: { value: PersonaDestination; onChange: (value: PersonaDestination) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="field__input" value={value} onChange={(event) => onChange(event.target.value as PersonaDestination)}>
        {DESTINATIONS.map((destination) => (
          <option key={destination} value={destination}>
            {t(`console.personas.destination.${destination}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One persona: her name and home, with "Ubah" to rename her or move her. */
function PersonaRow({ classId, persona, onChanged }: { classId: string; persona: ParticipantView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(persona.name);
  const [destination, setDestination] = useState<PersonaDestination>(persona.destination ?? 'city');
  const save = useSubmit((changes: { displayName?: string; destination: PersonaDestination }) => updatePersona(classId, persona.id, changes));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    const saved = await save.run({ ...(trimmed !== persona.name ? { displayName: trimmed } : {}), destination });
    if (!saved) return;
    setEditing(false);
    onChanged();
  };

  if (!editing) {
    return (
      <li className="persona" data-testid="persona" data-name={persona.name} data-destination={persona.destination ?? 'city'}>
        <span className="persona__name">{persona.name}</span>
        <span className="persona__home">{t(`console.personas.destination.${persona.destination ?? 'city'}`)}</span>
        <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)} aria-label={t('console.personas.editFor', { name: persona.name })}>
          <IconLabel icon={IconEdit}>{t('console.personas.edit')}</IconLabel>
        </button>
      </li>
    );
  }
  return (
    <li className="persona persona--editing">
      <form className="form" onSubmit={(event) => void onSubmit(event)} aria-label={t('console.personas.editFor', { name: persona.name })}>
        <label className="field">
          <span className="field__label">{t('console.personas.name')}</span>
          <input className="field__input" value={name} onChange={(event) => setName(event.target.value)} minLength={2} maxLength={60} required />
        </label>
        <DestinationSelect value={destination} onChange={setDestination} label={t('console.personas.home')} />
        <ErrorNote error={save.error} />
        <div className="button-row">
          <button type="submit" className="button button--primary button--small" disabled={save.pending || name.trim().length < 2}>
            <IconLabel icon={IconCheck}>{t('console.personas.save')}</IconLabel>
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </li>
  );
}

/** "Pembeli demo": the personas that place the facilitator's demo orders, each living near, in a city or far. */
export function PersonasPanel({ classId, participants, onChanged }: { classId: string; participants: ParticipantView[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const personas = participants.filter((p) => p.isPersona);
  const [name, setName] = useState('');
  const [destination, setDestination] = useState<PersonaDestination>('city');
  const create = useSubmit((body: { displayName: string; destination: PersonaDestination }) => createPersona(classId, body));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length < 2) return;
    const created = await create.run({ displayName: trimmed, destination });
    if (!created) return;
    setName('');
    onChanged();
  };

  return (
    <section className="card personas" aria-labelledby="personas-title" data-testid="personas-panel">
      <h2 id="personas-title" className="section-title">
        <IconPerson />
        <span>{t('console.personas.title')}</span>
      </h2>
      <p className="hint">{t('console.personas.hint')}</p>
      {personas.length === 0 ? (
        <p className="hint">{t('console.personas.empty')}</p>
      ) : (
        <ul className="persona-list">
          {personas.map((persona) => (
            <PersonaRow key={`${persona.id}:${persona.name}:${persona.destination ?? ''}`} classId={classId} persona={persona} onChanged={onChanged} />
          ))}
        </ul>
      )}
      <form className="form" onSubmit={(event) => void onSubmit(event)} aria-label={t('console.personas.create')}>
        <label className="field">
          <span className="field__label">{t('console.personas.name')}</span>
          <input
            className="field__input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={60}
            placeholder={t('console.personas.namePlaceholder')}
            data-testid="persona-name"
          />
        </label>
        <DestinationSelect value={destination} onChange={setDestination} label={t('console.personas.home')} />
        <ErrorNote error={create.error} />
        <button type="submit" className="button button--primary button--small" disabled={create.pending || name.trim().length < 2}>
          <IconLabel icon={IconPlus}>{t('console.personas.create')}</IconLabel>
        </button>
      </form>
    </section>
  );
}
