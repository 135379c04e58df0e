import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { homePath, useSession, type ParticipantSession } from '../../../shared/auth/session';
import { appPaths, JOIN_CODE_PARAM, JOIN_ROLE_BUYER, JOIN_ROLE_PARAM } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconArrowRight, IconEdit, IconEnter, IconInfo, IconKey, IconPerson } from '../../../shared/ui/icons';
import { lookupJoinCode } from '../api/lookup-join-code';
import { ClassCard } from '../components/class-card';
import { CodeField } from '../components/code-field';
import { DetailsForm } from '../components/details-form';
import { PinForm } from '../components/pin-form';
import { isValidJoinCode, normalizeJoinCode } from '../join-code';

type Mode = 'join' | 'pin';

/**
 * Joining a class: (1) the code, typed or opened from the QR code (/gabung/KODE), is looked up and the class
 * shown; (2) the trainee's name, with phone and village optional; then the token is kept and she goes to her shop.
 * "Pindah HP?" signs the same person in on another phone with a PIN from the facilitator.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const params = useParams();
  const [searchParams] = useSearchParams();
  const session = useSession();

  const initialCode = normalizeJoinCode(params.code ?? searchParams.get(JOIN_CODE_PARAM) ?? '');
  const role = searchParams.get(JOIN_ROLE_PARAM) === JOIN_ROLE_BUYER ? 'buyer' : 'trainee';
  const sessionExpired = Boolean((location.state as { sessionExpired?: boolean } | null)?.sessionExpired);

  const [mode, setMode] = useState<Mode>('join');
  const [code, setCode] = useState(initialCode);
  const [submitted, setSubmitted] = useState(false);
  const [asSomeoneElse, setAsSomeoneElse] = useState(false);
  // The code being looked up: straight away when the QR code brought a complete one.
  const [query, setQuery] = useState<string | null>(isValidJoinCode(initialCode) ? initialCode : null);
  const lookup = useApi(query ? `join:${query}` : null, (signal) => lookupJoinCode(query!, signal), { early: query ? `/api/join/${encodeURIComponent(query)}` : undefined });
  const found = query && lookup.data ? lookup.data : undefined;

  const onJoined = (joined: ParticipantSession) => navigate(homePath(joined), { replace: true });

  const onFind = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (!isValidJoinCode(code) || lookup.fetching) return;
    if (code === query) lookup.reload();
    else setQuery(code);
  };

  const changeCode = () => {
    setQuery(null);
    setSubmitted(false);
  };

  if (session && !asSomeoneElse) {
    return (
      <div className="page" data-testid="join">
        <h1>{t('join.title')}</h1>
        <section className="card" data-testid="continue-session">
          <p className="card__eyebrow">{t('join.continueEyebrow')}</p>
          <h2 className="card__title">{session.name}</h2>
          {session.kind === 'participant' ? (
            <p className="card__line">{t('join.continueClass', { className: session.className })}</p>
          ) : (
            <p className="card__line">{t('join.continueFacilitator')}</p>
          )}
          <Link className="button button--primary" to={homePath(session)}>
            <IconLabel icon={IconArrowRight}>{t('join.continueAs', { name: session.name })}</IconLabel>
          </Link>
        </section>
        <button type="button" className="button button--secondary" onClick={() => setAsSomeoneElse(true)}>
          <IconLabel icon={IconPerson}>{t('join.someoneElse')}</IconLabel>
        </button>
        <p className="hint">{t('join.someoneElseHint')}</p>
      </div>
    );
  }

  return (
    <div className="page" data-testid="join">
      <h1>{t('join.title')}</h1>

      {sessionExpired && (
        <p className="note" role="status">
          <IconInfo className="note__icon" />
          <span>{t('errors.unauthenticated')}</span>
        </p>
      )}

      {mode === 'pin' ? (
        <>
          <PinForm initialCode={code} onSignedIn={onJoined} />
          <button type="button" className="button button--secondary" onClick={() => setMode('join')}>
            <IconLabel icon={IconArrowLeft}>{t('join.backToJoin')}</IconLabel>
          </button>
        </>
      ) : found ? (
        <>
          <ClassCard info={found} />
          <button type="button" className="button button--secondary button--small" onClick={changeCode}>
            <IconLabel icon={IconEdit}>{t('join.changeCode')}</IconLabel>
          </button>
          {role === 'buyer' && (
            <p className="note">
              <IconInfo className="note__icon" />
              <span>{t('join.asBuyer')}</span>
            </p>
          )}
          <DetailsForm code={found.code} role={role} onJoined={onJoined} />
        </>
      ) : (
        <>
          <p>{t('join.intro')}</p>
          <form className="form" noValidate onSubmit={onFind} aria-label={t('join.codeStepTitle')}>
            <CodeField code={code} onChange={setCode} forceValidation={submitted} />
            <ErrorNote error={lookup.error} />
            <button type="submit" className="button button--primary" disabled={lookup.fetching} aria-busy={lookup.fetching}>
              <IconLabel icon={IconEnter}>{lookup.fetching ? t('join.finding') : t('join.find')}</IconLabel>
            </button>
          </form>
        </>
      )}

      {mode === 'join' && (
        <section className="join__pin" aria-labelledby="join-pin-title">
          <h2 id="join-pin-title" className="join__pin-title">
            {t('join.movePhoneTitle')}
          </h2>
          <button type="button" className="button button--secondary" onClick={() => setMode('pin')}>
            <IconLabel icon={IconKey}>{t('join.movePhone')}</IconLabel>
          </button>
        </section>
      )}

      <Link className="button button--ghost" to={appPaths.home}>
        <IconLabel icon={IconArrowLeft}>{t('join.backHome')}</IconLabel>
      </Link>
    </div>
  );
}
