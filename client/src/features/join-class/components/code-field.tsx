import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconCheck } from '../../../shared/ui/icons';
import { isValidJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from '../join-code';

interface CodeFieldProps {
  code: string;
  onChange: (code: string) => void;
  /** Show "incomplete" right away (after a submit), not only once the field is left. */
  forceValidation?: boolean;
  describedBy?: string;
}

/** The 6-character class code: capitals, no spaces or dashes, with feedback as it is typed. */
export function CodeField({ code, onChange, forceValidation = false, describedBy }: CodeFieldProps) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState(code.length > 0);
  const ids = { hint: useId(), feedback: useId() };
  const valid = isValidJoinCode(code);
  const showInvalid = (touched || forceValidation) && !valid;

  return (
    <>
      <label className="field">
        <span className="field__label">{t('join.codeLabel')}</span>
        <input
          className="field__input field__input--code"
          name="joinCode"
          value={code}
          onChange={(event) => onChange(normalizeJoinCode(event.target.value))}
          onBlur={() => setTouched(code.length > 0)}
          inputMode="text"
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          size={JOIN_CODE_LENGTH}
          aria-invalid={showInvalid}
          aria-describedby={[ids.hint, ids.feedback, describedBy].filter(Boolean).join(' ')}
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
    </>
  );
}
