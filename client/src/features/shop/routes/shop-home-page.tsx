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
import { IconBank, IconBox, IconCart, IconCheck, IconInfo, IconReceipt, IconStore, IconUsers } from '../../../shared/ui/icons';
import { getMyClass } from '../api/get-my-class';
import { getMyShop } from '../api/get-my-shop';
import { getOrderCounts } from '../api/get-order-counts';
import { ShopCard } from '../components/shop-card';

const LIVE_TYPES = ['clock.changed', 'class.updated', 'shop.updated', 'order.placed', 'order.paid', 'order.cancelled'] as const;

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
  const orderCounts = useApi(isTrainee && session.shopId ? `order-counts:${session.shopId}` : null, getOrderCounts);

  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: LIVE_TYPES,
    onEvent: (event: ClassEvent) => {
      if (event.type === 'clock.changed' && isClockChanged(event.payload)) clock.apply(event.payload);
      else if (event.type === 'class.updated') trainingClass.reload();
      else if (event.type === 'shop.updated' && event.payload.shopId === shop.data?.id) shop.reload();
      else if (event.type.startsWith('order.') && isTrainee && event.payload.shopId === session.shopId) orderCounts.reload();
    },
    onResync: () => {
      clock.reload();
      trainingClass.reload();
      shop.reload();
      orderCounts.reload();
    },
  });

  const className = trainingClass.data?.name ?? session.className;
  // Paid orders waiting to be shipped: what the seller must act on.
  const toShip = orderCounts.data?.tabs.perlu_dikirim ?? 0;

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
            <Link className="button button--primary" to={appPaths.myMissions} data-testid="link-missions">
              <IconLabel icon={IconCheck}>{t('missions.homeLink')}</IconLabel>
            </Link>
            <Link className="button button--primary" to={appPaths.myProducts} data-testid="link-my-products">
              <IconLabel icon={IconBox}>{t('shop.myProducts')}</IconLabel>
            </Link>
            <Link className="button button--primary" to={appPaths.shopOrders} data-testid="link-shop-orders">
              <IconReceipt />
              <span>{t('shop.shopOrders')}</span>
              {toShip > 0 && (
                <span className="count-badge" data-testid="shop-orders-badge" aria-label={t('shop.toShip', { count: toShip })}>
                  {toShip}
                </span>
              )}
            </Link>
            <Link className="button button--secondary" to={appPaths.wallet} data-testid="link-wallet">
              <IconLabel icon={IconBank}>{t('shop.wallet')}</IconLabel>
            </Link>
            <Link className="button button--secondary" to={appPaths.storefront} data-testid="link-storefront">
              <IconLabel icon={IconStore}>{t('shop.storefront')}</IconLabel>
            </Link>
            <BuyerLinks />
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
          <nav className="home-links" aria-label={t('shop.linksLabel')}>
            <Link className="button button--primary" to={appPaths.storefront} data-testid="link-storefront">
              <IconLabel icon={IconStore}>{t('shop.storefront')}</IconLabel>
            </Link>
            <BuyerLinks />
          </nav>
        </>
      )}

      <LogoutButton kind="participant" warning={t('logout.participantWarning')} />
    </div>
  );
}

/** The buyer's side, for everyone in the class (trainees buy from classmates too). */
function BuyerLinks() {
  const { t } = useTranslation();
  return (
    <div className="home-links__row">
      <Link className="button button--secondary" to={appPaths.cart} data-testid="link-cart">
        <IconLabel icon={IconCart}>{t('shop.cart')}</IconLabel>
      </Link>
      <Link className="button button--secondary" to={appPaths.myOrders} data-testid="link-my-orders">
        <IconLabel icon={IconReceipt}>{t('shop.myOrders')}</IconLabel>
      </Link>
    </div>
  );
}
