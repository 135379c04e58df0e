import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconCheck, IconClose, IconEdit } from '../../../shared/ui/icons';
import type { ClassView } from '../api/get-classes';
import { updateClass } from '../api/update-class';

/** "Ubah kelas": rename the class, or change its place and date (a workshop moved to another hall or day). */
export function ClassEditPanel({ trainingClass, onSaved }: { trainingClass: ClassView; onSaved: (updated: ClassView) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(trainingClass.name);
  const [place, setPlace] = useState(trainingClass.place);
  const [date, setDate] = useState(trainingClass.date);
  const [problem, setProblem] = useState<'name' | 'place' | 'date' | undefined>(undefined);
  const save = useSubmit((changes: { name: string; place: string; date: string }) => updateClass(trainingClass.id, changes));

  const open = () => {
    setName(trainingClass.name);
    setPlace(trainingClass.place);
    setDate(trainingClass.date);
    setProblem(undefined);
    setEditing(true);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = { name: name.trim(), place: place.trim(), date };
    const found = trimmed.name.length < 3 ? 'name' : trimmed.place.length < 3 ? 'place' : !date ? 'date' : undefined;
    setProblem(found);
    if (found) return;
    const updated = await save.run(trimmed);
    if (!updated) return;
    setEditing(false);
    onSaved(updated);
  };

  if (!editing) {
    return (
      <button type="button" className="button button--secondary button--small" onClick={open} data-testid="edit-class">
        <IconLabel icon={IconEdit}>{t('console.edit.open')}</IconLabel>
      </button>
    );
  }
  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} aria-label={t('console.edit.title')} noValidate data-testid="edit-class-form">
      <h2>{t('console.edit.title')}</h2>
      <label className="field">
        <span className="field__label">{t('console.create.name')}</span>
        <input className="field__input" name="className" value={name} onChange={(event) => setName(event.target.value)} maxLength={120} />
      </label>
      <label className="field">
        <span className="field__label">{t('console.create.place')}</span>
        <input className="field__input" name="place" value={place} onChange={(event) => setPlace(event.target.value)} maxLength={160} />
      </label>
      <label className="field">
        <span className="field__label">{t('console.create.date')}</span>
        <input className="field__input" name="date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      {problem && (
        <p className="field__feedback--invalid" role="alert">
          <IconLabel icon={IconAlert}>{t(`console.create.problems.${problem}`)}</IconLabel>
        </p>
      )}
      <ErrorNote error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.pending} aria-busy={save.pending}>
          <IconLabel icon={IconCheck}>{t('console.edit.save')}</IconLabel>
        </button>
        <button type="button" className="button button--secondary" onClick={() => setEditing(false)} disabled={save.pending}>
          <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
        </button>
      </div>
    </form>
  );
}
