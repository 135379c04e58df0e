import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { useSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconEnter, IconInfo } from '../../../shared/ui/icons';
import { login } from '../api/login';

interface LoginLocationState {
  from?: string;
  sessionExpired?: boolean;
}

/** Only facilitator pages may be returned to after login (never an address from elsewhere). */
function returnPath(state: LoginLocationState | null): string {
  const from = state?.from;
  return from && from.startsWith(`${appPaths.facilitatorHome}/`) && from !== appPaths.facilitatorLogin
    ? from
    : appPaths.facilitatorHome;
}

export function FacilitatorLoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as LoginLocationState | null;
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSubmit(login);

  if (session?.kind === 'facilitator') return <Navigate to={returnPath(state)} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.pending) return;
    const signedIn = await signIn.run(email.trim(), password);
    if (signedIn) navigate(returnPath(state), { replace: true });
  };

  return (
    <div className="page" data-testid="facilitator-login">
      <h1>{t('facilitatorLogin.title')}</h1>
      {state?.sessionExpired && (
        <p className="note" role="status">
          <IconInfo className="note__icon" />
          <span>{t('errors.unauthenticated')}</span>
        </p>
      )}
      <p>{t('facilitatorLogin.intro')}</p>
      <form className="form" onSubmit={(event) => void onSubmit(event)} aria-label={t('facilitatorLogin.title')}>
        <label className="field">
          <span className="field__label">{t('facilitatorLogin.email')}</span>
          <input
            className="field__input"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
          />
        </label>
        <label className="field">
          <span className="field__label">{t('facilitatorLogin.password')}</span>
          <input
            className="field__input"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        <ErrorNote error={signIn.error} />
        <button type="submit" className="button button--primary" disabled={signIn.pending} aria-busy={signIn.pending}>
          <IconLabel icon={IconEnter}>{signIn.pending ? t('facilitatorLogin.signingIn') : t('facilitatorLogin.submit')}</IconLabel>
        </button>
      </form>
      <Link className="button button--ghost" to={appPaths.home}>
        <IconLabel icon={IconArrowLeft}>{t('facilitatorLogin.backHome')}</IconLabel>
      </Link>
    </div>
  );
}
