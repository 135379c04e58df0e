import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import type { ParticipantSession } from '../../../shared/auth/session';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconEnter } from '../../../shared/ui/icons';
import { joinClass } from '../api/join-class';
import { checkJoinDetails, type JoinDetailsInput, type JoinDetailsProblem } from '../join-details';

interface DetailsFormProps {
  code: string;
  role: 'trainee' | 'buyer';
  onJoined: (session: ParticipantSession) => void;
}

type Field = keyof JoinDetailsInput;

/** Step 2: the trainee's name (required), phone and village (both may stay empty), then "Gabung". */
export function DetailsForm({ code, role, onJoined }: DetailsFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<JoinDetailsInput>({ displayName: '', phone: '', village: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, JoinDetailsProblem>>>({});
  const join = useSubmit(joinClass);
  const ids = { name: useId(), phone: useId(), village: useId() };

  const change = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (problems[field]) setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (join.pending) return;
    const checked = checkJoinDetails(values);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    const session = await join.run({ code, role, ...checked.details });
    if (session) onJoined(session);
  };

  const problem = (field: Field, id: string) =>
    problems[field] ? (
      <span className="field__feedback--invalid" id={id}>
        <IconLabel icon={IconAlert}>{t(`join.problems.${problems[field]}`)}</IconLabel>
      </span>
    ) : null;

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('join.detailsTitle')}>
      <h2>{t('join.detailsTitle')}</h2>

      <label className="field">
        <span className="field__label">{t('join.nameLabel')}</span>
        <input
          className="field__input"
          name="displayName"
          value={values.displayName}
          onChange={(event) => change('displayName', event.target.value)}
          autoComplete="name"
          autoCapitalize="words"
          maxLength={60}
          required
          aria-invalid={problems.displayName ? true : undefined}
          aria-describedby={`${ids.name}-hint ${ids.name}`}
        />
        <span className="field__hint" id={`${ids.name}-hint`}>
          {t('join.nameHint')}
        </span>
        {problem('displayName', ids.name)}
      </label>

      <label className="field">
        <span className="field__label">
          {t('join.phoneLabel')} <span className="field__optional">{t('common.optional')}</span>
        </span>
        <input
          className="field__input"
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={values.phone}
          onChange={(event) => change('phone', event.target.value)}
          maxLength={24}
          aria-invalid={problems.phone ? true : undefined}
          aria-describedby={`${ids.phone}-hint ${ids.phone}`}
        />
        <span className="field__hint" id={`${ids.phone}-hint`}>
          {t('join.phoneHint')}
        </span>
        {problem('phone', ids.phone)}
      </label>

      <label className="field">
        <span className="field__label">
          {t('join.villageLabel')} <span className="field__optional">{t('common.optional')}</span>
        </span>
        <input
          className="field__input"
          name="village"
          value={values.village}
          onChange={(event) => change('village', event.target.value)}
          autoComplete="address-level3"
          maxLength={120}
          aria-invalid={problems.village ? true : undefined}
          aria-describedby={ids.village}
        />
        {problem('village', ids.village)}
      </label>

      <ErrorNote error={join.error} />

      <button type="submit" className="button button--primary" disabled={join.pending} aria-busy={join.pending}>
        <IconLabel icon={IconEnter}>{join.pending ? t('join.joining') : t('join.submit')}</IconLabel>
      </button>
    </form>
  );
}
