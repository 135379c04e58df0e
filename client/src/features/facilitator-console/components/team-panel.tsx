import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { ConfirmPanel } from '../../../shared/ui/confirm-panel';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconClose, IconPlus, IconUsers } from '../../../shared/ui/icons';
import { addFacilitator, removeFacilitator } from '../api/add-facilitator';

interface TeamMember {
  id: string;
  name: string;
}

interface TeamPanelProps {
  classId: string;
  /** The class's facilitators. */
  team: TeamMember[];
  ownerId: string;
  ownerName: string;
  session: FacilitatorSession;
  /** After a facilitator was added or removed. */
  onChanged: () => void;
}

/**
 * "Fasilitator kelas": who runs the class, and (for its owner or an admin) adding a co-facilitator by email and
 * removing one, after asking.
 */
export function TeamPanel({ classId, team, ownerId, ownerName, session, onChanged }: TeamPanelProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [added, setAdded] = useState<string | undefined>(undefined);
  const [removing, setRemoving] = useState<TeamMember | undefined>(undefined);
  const [removed, setRemoved] = useState<string | undefined>(undefined);
  const add = useSubmit((address: string) => addFacilitator(classId, address));
  const remove = useSubmit((facilitatorId: string) => removeFacilitator(classId, facilitatorId));
  const mayManage = session.id === ownerId || session.role === 'admin';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = email.trim();
    if (!address) return;
    setAdded(undefined);
    setRemoved(undefined);
    if (!(await add.run(address))) return;
    setAdded(address);
    setEmail('');
    onChanged();
  };

  const confirmRemove = async (member: TeamMember) => {
    setAdded(undefined);
    if (!(await remove.run(member.id))) return;
    setRemoving(undefined);
    setRemoved(member.name);
    onChanged();
  };

  return (
    <section className="card" aria-labelledby="team-title" data-testid="team-panel">
      <h2 id="team-title" className="section-title">
        <IconUsers />
        <span>{t('console.team.title')}</span>
      </h2>
      <ul className="team-list" data-testid="team-list">
        {team.map((member) => (
          <li key={member.id} data-testid="team-member" data-name={member.name}>
            {member.name}
            {member.id === ownerId && <span className="hint"> · {t('console.team.owner')}</span>}
            {mayManage && member.id !== ownerId && !removing && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    remove.clearError();
                    setRemoving(member);
                  }}
                  aria-label={t('console.team.removeNamed', { name: member.name })}
                  data-testid="team-remove"
                >
                  <IconLabel icon={IconClose}>{t('console.team.remove')}</IconLabel>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {removing && (
        <ConfirmPanel
          title={t('console.team.removeConfirm', { name: removing.name })}
          confirmLabel={t('console.team.remove')}
          confirmIcon={IconClose}
          onConfirm={() => void confirmRemove(removing)}
          onCancel={() => setRemoving(undefined)}
          pending={remove.pending}
        >
          <p>{t('console.team.removeExplain', { name: removing.name })}</p>
        </ConfirmPanel>
      )}
      <ErrorNote error={remove.error} />
      {removed && (
        <p className="note" role="status" data-testid="team-removed">
          {t('console.team.removed', { name: removed })}
        </p>
      )}
      <p className="hint">{t('console.team.hint')}</p>
      {mayManage ? (
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
