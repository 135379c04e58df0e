import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { LogoutButton } from '../../../shared/auth/logout-button';
import { homePath, useSession, type ParticipantSession } from '../../../shared/auth/session';
import { SimClockView } from '../../../shared/clock/sim-clock-view';
import { useSimClock } from '../../../shared/clock/use-sim-clock';
import { appPaths } from '../../../shared/config/paths';
import { isClockChanged, type ClassEvent } from '../../../shared/realtime/class-event';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconBox, IconInfo, IconStore, IconUsers } from '../../../shared/ui/icons';
import { getMyClass } from '../api/get-my-class';
import { getMyShop } from '../api/get-my-shop';
import { ShopCard } from '../components/shop-card';

const LIVE_TYPES = ['clock.changed', 'class.updated', 'shop.updated'] as const;

/** /toko: the trainee's home in the class (a demo buyer gets a simpler one). */
export function ShopHomePage() {
  const session = useSession();
  if (!session) return <Navigate to={appPaths.join} replace />;
  if (session.kind !== 'participant') return <Navigate to={homePath(session)} replace />;
  return <ParticipantHome session={session} />;
}

function ParticipantHome({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const isTrainee = session.role === 'trainee';
  const clock = useSimClock(session.classId);
  const trainingClass = useApi(`class:${session.classId}`, (signal) => getMyClass(session.classId, signal));
  const shop = useApi(isTrainee ? `shop:${session.id}` : null, getMyShop);

  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: LIVE_TYPES,
    onEvent: (event: ClassEvent) => {
      if (event.type === 'clock.changed' && isClockChanged(event.payload)) clock.apply(event.payload);
      else if (event.type === 'class.updated') trainingClass.reload();
      else if (event.type === 'shop.updated' && event.payload.shopId === shop.data?.id) shop.reload();
    },
    onResync: () => {
      clock.reload();
      trainingClass.reload();
      shop.reload();
    },
  });

  const className = trainingClass.data?.name ?? session.className;

  return (
    <div className="page trainee-home" data-testid={isTrainee ? 'trainee-home' : 'buyer-home'}>
      <header className="trainee-home__intro">
        <h1>{t('shop.greeting', { name: session.name })}</h1>
        <p className="trainee-home__class">
          <IconUsers />
          <span>{t('shop.inClass', { className })}</span>
        </p>
      </header>

      <SimClockView simNowMs={clock.simNowMs} speed={clock.speed} paused={clock.paused} />
      <ErrorNote error={clock.error} />

      {isTrainee ? (
        <>
          {shop.data ? (
            <ShopCard key={shop.data.id} shop={shop.data} onSaved={(saved) => shop.setData(() => saved)} />
          ) : (
            shop.loading && <p className="page-loading">{t('app.loading')}</p>
          )}
          <ErrorNote error={shop.error} />
          <nav className="home-links" aria-label={t('shop.linksLabel')}>
            <Link className="button button--primary" to={appPaths.myProducts} data-testid="link-my-products">
              <IconLabel icon={IconBox}>{t('shop.myProducts')}</IconLabel>
            </Link>
            <Link className="button button--secondary" to={appPaths.storefront} data-testid="link-storefront">
              <IconLabel icon={IconStore}>{t('shop.storefront')}</IconLabel>
            </Link>
          </nav>
          <p className="note">
            <IconInfo className="note__icon" />
            <span>{t('shop.nextSteps')}</span>
          </p>
        </>
      ) : (
        <>
          <p className="note" data-testid="buyer-note">
            <IconInfo className="note__icon" />
            <span>{t('shop.buyerIntro')}</span>
          </p>
          <Link className="button button--primary" to={appPaths.storefront} data-testid="link-storefront">
            <IconLabel icon={IconStore}>{t('shop.storefront')}</IconLabel>
          </Link>
        </>
      )}

      <LogoutButton kind="participant" warning={t('logout.participantWarning')} />
    </div>
  );
}
