import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconPlus, IconUsers } from '../../../shared/ui/icons';
import { addFacilitator } from '../api/add-facilitator';

interface TeamPanelProps {
  classId: string;
  /** Names of the class's facilitators. */
  facilitators: string[];
  ownerId: string;
  ownerName: string;
  session: FacilitatorSession;
  onAdded: () => void;
}

/** "Fasilitator kelas": who runs the class, and (for its owner or an admin) adding a co-facilitator by email. */
export function TeamPanel({ classId, facilitators, ownerId, ownerName, session, onAdded }: TeamPanelProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [added, setAdded] = useState<string | undefined>(undefined);
  const add = useSubmit((address: string) => addFacilitator(classId, address));
  const mayAdd = session.id === ownerId || session.role === 'admin';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = email.trim();
    if (!address) return;
    setAdded(undefined);
    if (!(await add.run(address))) return;
    setAdded(address);
    setEmail('');
    onAdded();
  };

  return (
    <section className="card" aria-labelledby="team-title" data-testid="team-panel">
      <h2 id="team-title" className="section-title">
        <IconUsers />
        <span>{t('console.team.title')}</span>
      </h2>
      <ul className="team-list" data-testid="team-list">
        {facilitators.map((name) => (
          <li key={name} data-testid="team-member" data-name={name}>
            {name}
            {name === ownerName && <span className="hint"> · {t('console.team.owner')}</span>}
          </li>
        ))}
      </ul>
      <p className="hint">{t('console.team.hint')}</p>
      {mayAdd ? (
        <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('console.team.add')}>
          <label className="field">
            <span className="field__label">{t('console.team.email')}</span>
            <input
              className="field__input"
              type="email"
              name="email"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              maxLength={254}
              data-testid="team-email"
            />
          </label>
          <ErrorNote error={add.error} />
          {added && (
            <p className="note" role="status" data-testid="team-added">
              {t('console.team.added', { email: added })}
            </p>
          )}
          <button type="submit" className="button button--secondary button--small" disabled={add.pending || !email.trim()} aria-busy={add.pending}>
            <IconLabel icon={IconPlus}>{t('console.team.add')}</IconLabel>
          </button>
        </form>
      ) : (
        <p className="hint">{t('console.team.ownerOnly', { name: ownerName })}</p>
      )}
    </section>
  );
}
