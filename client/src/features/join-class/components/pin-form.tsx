import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import type { ParticipantSession } from '../../../shared/auth/session';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconKey } from '../../../shared/ui/icons';
import { pinLogin } from '../api/pin-login';
import { isValidJoinCode } from '../join-code';
import { CodeField } from './code-field';

const PIN = /^\d{6}$/;

/** "Pindah HP?": the class code and the 6-digit PIN the facilitator read out bring the same person back. */
export function PinForm({ initialCode, onSignedIn }: { initialCode: string; onSignedIn: (session: ParticipantSession) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [pin, setPin] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const signIn = useSubmit(pinLogin);
  const pinInvalid = submitted && !PIN.test(pin);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (signIn.pending || !isValidJoinCode(code) || !PIN.test(pin)) return;
    const session = await signIn.run(code, pin);
    if (session) onSignedIn(session);
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('join.pinTitle')}>
      <h2>{t('join.pinTitle')}</h2>
      <p>{t('join.pinIntro')}</p>
      <CodeField code={code} onChange={setCode} forceValidation={submitted} />
      <label className="field">
        <span className="field__label">{t('join.pinLabel')}</span>
        <input
          className="field__input field__input--code"
          name="pin"
          value={pin}
          onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, 6))}
          inputMode="numeric"
          autoComplete="one-time-code"
          size={6}
          aria-invalid={pinInvalid}
        />
        <span className="field__hint">{t('join.pinHint')}</span>
      </label>
      <p className="field__feedback" aria-live="polite">
        {pinInvalid && (
          <span className="field__feedback--invalid">
            <IconLabel icon={IconAlert}>{t('join.pinInvalid')}</IconLabel>
          </span>
        )}
      </p>
      <ErrorNote error={signIn.error} />
      <button type="submit" className="button button--primary" disabled={signIn.pending} aria-busy={signIn.pending}>
        <IconLabel icon={IconKey}>{signIn.pending ? t('join.pinSigningIn') : t('join.pinSubmit')}</IconLabel>
      </button>
    </form>
  );
}
