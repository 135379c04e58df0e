import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { appPaths, JOIN_CODE_PARAM } from '../../../shared/config/paths';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconArrowLeft, IconCheck, IconInfo } from '../../../shared/ui/icons';
import { isValidJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from '../join-code';

// Joining needs the classes API, which does not exist yet. Until it does, this page takes the code
// (typed, or from a QR link ?kode=AB12CD) and says plainly that joining opens when the facilitator starts a class.
export function JoinPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const [code, setCode] = useState(() => normalizeJoinCode(searchParams.get(JOIN_CODE_PARAM) ?? ''));
  const [touched, setTouched] = useState(code.length > 0);
  const ids = { hint: useId(), feedback: useId(), notOpen: useId() };

  const valid = isValidJoinCode(code);
  const showInvalid = touched && !valid;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
  };

  return (
    <div className="page" data-testid="join">
      <h1>{t('join.title')}</h1>
      <p>{t('join.intro')}</p>

      <form className="form" noValidate onSubmit={onSubmit}>
        <label className="field">
          <span className="field__label">{t('join.codeLabel')}</span>
          <input
            className="field__input field__input--code"
            name="joinCode"
            value={code}
            onChange={(event) => setCode(normalizeJoinCode(event.target.value))}
            onBlur={() => setTouched(code.length > 0)}
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            size={JOIN_CODE_LENGTH}
            aria-invalid={showInvalid}
            aria-describedby={`${ids.hint} ${ids.feedback} ${ids.notOpen}`}
          />
          <span className="field__hint" id={ids.hint}>
            {t('join.codeHint')}
          </span>
        </label>
        <p className="field__feedback" id={ids.feedback} aria-live="polite">
          {showInvalid && (
            <span className="field__feedback--invalid">
              <IconLabel icon={IconAlert}>{t('join.codeInvalid')}</IconLabel>
            </span>
          )}
          {valid && (
            <span className="field__feedback--valid">
              <IconLabel icon={IconCheck}>{t('join.codeComplete')}</IconLabel>
            </span>
          )}
        </p>
      </form>

      <section className="note note--block" id={ids.notOpen} aria-labelledby={`${ids.notOpen}-title`}>
        <h2 className="note__title" id={`${ids.notOpen}-title`}>
          <IconLabel icon={IconInfo}>{t('join.notOpenTitle')}</IconLabel>
        </h2>
        <p>{t('join.notOpenBody')}</p>
      </section>

      <Link className="button button--secondary" to={appPaths.home}>
        <IconLabel icon={IconArrowLeft}>{t('join.backHome')}</IconLabel>
      </Link>
    </div>
  );
}
