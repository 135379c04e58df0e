import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconClose, IconPlus, IconRefresh } from '../../../shared/ui/icons';
import { cloneClass, resetClass, type ResetClassView } from '../api/class-lifecycle';
import type { ClassDetailView } from '../api/get-class';
import { StatusControls } from './status-controls';

/** Close joins, end and archive the class; reset it for a rerun (typing the class code); clone it as a template. */
export function LifecyclePanel({ trainingClass, onChanged }: { trainingClass: ClassDetailView; onChanged: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const classId = trainingClass.id;
  const [resetOpen, setResetOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [resetDone, setResetDone] = useState<ResetClassView | undefined>(undefined);
  const [cloneName, setCloneName] = useState('');
  const reset = useSubmit((code: string) => resetClass(classId, code));
  const clone = useSubmit((name: string) => cloneClass(classId, name.trim() ? { name: name.trim() } : {}));
  const matches = typed.trim().toUpperCase() === trainingClass.joinCode.toUpperCase();

  const confirmReset = async () => {
    const answer = await reset.run(typed.trim().toUpperCase());
    if (!answer) return;
    setResetDone(answer);
    setResetOpen(false);
    setTyped('');
    onChanged();
  };

  const makeClone = async () => {
    const created = await clone.run(cloneName);
    if (created) void navigate(linkTo.facilitatorClass(created.id));
  };

  return (
    <section className="card console-panel" aria-labelledby="lifecycle-title" data-testid="lifecycle">
      <h2 id="lifecycle-title">{t('console.lifecycle.title')}</h2>
      <StatusControls classId={classId} status={trainingClass.status} onChanged={onChanged} />

      <h3>{t('console.lifecycle.resetTitle')}</h3>
      {resetOpen ? (
        <div className="confirm confirm--danger" role="alertdialog" aria-label={t('console.lifecycle.resetConfirm')}>
          <p className="confirm__title">{t('console.lifecycle.resetConfirm')}</p>
          <p>{t('console.lifecycle.resetExplain')}</p>
          <div className="field">
            <label className="field__label" htmlFor="reset-code">
              {t('console.lifecycle.typeCode', { code: trainingClass.joinCode })}
            </label>
            <input
              id="reset-code"
              className="field__input field__input--code"
              value={typed}
              autoComplete="off"
              autoCapitalize="characters"
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <div className="confirm__actions">
            <button type="button" className="button button--danger" disabled={!matches || reset.pending} onClick={() => void confirmReset()}>
              <IconLabel icon={IconRefresh}>{t('console.lifecycle.resetNow')}</IconLabel>
            </button>
            <button type="button" className="button button--secondary" disabled={reset.pending} onClick={() => setResetOpen(false)}>
              <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--secondary button--small" onClick={() => setResetOpen(true)}>
          <IconLabel icon={IconRefresh}>{t('console.lifecycle.reset')}</IconLabel>
        </button>
      )}
      <ErrorNote error={reset.error} />
      {resetDone && (
        <p className="note note--ok" role="status" data-testid="reset-done">
          {t('console.lifecycle.resetDone', { orders: resetDone.deletedOrders, participants: resetDone.deletedParticipants, products: resetDone.keptProducts })}
        </p>
      )}

      <h3>{t('console.lifecycle.cloneTitle')}</h3>
      <p className="hint">{t('console.lifecycle.cloneExplain')}</p>
      <div className="field">
        <label className="field__label" htmlFor="clone-name">
          {t('console.lifecycle.cloneName')}
        </label>
        <input id="clone-name" className="field__input" value={cloneName} placeholder={t('console.lifecycle.cloneNamePlaceholder', { name: trainingClass.name })} onChange={(event) => setCloneName(event.target.value)} />
      </div>
      <button type="button" className="button button--secondary button--small" onClick={() => void makeClone()} disabled={clone.pending}>
        <IconLabel icon={IconPlus}>{t('console.lifecycle.clone')}</IconLabel>
      </button>
      <ErrorNote error={clone.error} />
    </section>
  );
}
