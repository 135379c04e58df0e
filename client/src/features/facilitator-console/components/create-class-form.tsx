import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { todayInWib } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconClose, IconPlus } from '../../../shared/ui/icons';
import { createClass } from '../api/create-class';
import type { ClassView } from '../api/get-classes';
import { RegionPicker } from '../../../shared/ui/region-picker';

// The programme's home: Kabupaten Pringsewu, Lampung.
export const DEFAULT_PROVINCE = '18';
export const DEFAULT_REGENCY = '18.10';

interface CreateClassFormProps {
  onCreated: (created: ClassView) => void;
  onCancel: () => void;
}

export function CreateClassForm({ onCreated, onCancel }: CreateClassFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(() => todayInWib(Date.now()));
  const [region, setRegion] = useState({ provinceCode: DEFAULT_PROVINCE, regencyCode: DEFAULT_REGENCY });
  const [problem, setProblem] = useState<'name' | 'place' | 'date' | 'regency' | undefined>(undefined);
  const create = useSubmit(createClass);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = { name: name.trim(), place: place.trim() };
    const found =
      trimmed.name.length < 3 ? 'name' : trimmed.place.length < 3 ? 'place' : !date ? 'date' : !region.regencyCode ? 'regency' : undefined;
    setProblem(found);
    if (found || create.pending) return;
    const created = await create.run({ ...trimmed, date, regencyCode: region.regencyCode });
    if (created) onCreated(created);
  };

  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} aria-label={t('console.create.title')} noValidate>
      <h2>{t('console.create.title')}</h2>
      <label className="field">
        <span className="field__label">{t('console.create.name')}</span>
        <input
          className="field__input"
          name="className"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={120}
          placeholder={t('console.create.namePlaceholder')}
          aria-invalid={problem === 'name' ? true : undefined}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('console.create.place')}</span>
        <input
          className="field__input"
          name="place"
          value={place}
          onChange={(event) => setPlace(event.target.value)}
          maxLength={160}
          placeholder={t('console.create.placePlaceholder')}
          aria-invalid={problem === 'place' ? true : undefined}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('console.create.date')}</span>
        <input
          className="field__input"
          name="date"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          aria-invalid={problem === 'date' ? true : undefined}
        />
      </label>
      <RegionPicker provinceCode={region.provinceCode} regencyCode={region.regencyCode} onChange={setRegion} />
      {problem && (
        <p className="field__feedback--invalid" role="alert">
          <IconLabel icon={IconAlert}>{t(`console.create.problems.${problem}`)}</IconLabel>
        </p>
      )}
      <ErrorNote error={create.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={create.pending} aria-busy={create.pending}>
          <IconLabel icon={IconPlus}>{create.pending ? t('console.create.creating') : t('console.create.submit')}</IconLabel>
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={create.pending}>
          <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
        </button>
      </div>
    </form>
  );
}
