import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { LogoutButton } from '../../../shared/auth/logout-button';
import { homePath, useSession, type ParticipantSession } from '../../../shared/auth/session';
import { SimClockView } from '../../../shared/clock/sim-clock-view';
import { useSimClock } from '../../../shared/clock/use-sim-clock';
import { appPaths, ORDER_TAB_PARAM } from '../../../shared/config/paths';
import { isClockChanged, type ClassEvent } from '../../../shared/realtime/class-event';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import {
  IconArrowRight,
  IconCart,
  IconChat,
  IconCheck,
  IconClock,
  IconEdit,
  IconInfo,
  IconMapPin,
  IconReceipt,
  IconStore,
  IconTruck,
  IconUsers,
} from '../../../shared/ui/icons';
import { LearningCheckCard } from '../../learning-check/components/learning-check-card';
import { getMyMissions } from '../../missions/api/get-my-missions';
import { missionLink } from '../../missions/mission-links';
import { getMyClass } from '../api/get-my-class';
import { getMyShop } from '../api/get-my-shop';
import { useSellerCounts } from '../hooks/use-seller-counts';
import '../shop.css';

// "Latihan minggu ini" comes in a chunk of its own, after the first paint: the home's first load stays as it was.
const PracticeWeekCard = lazy(() => import('../../practice/components/practice-week-card').then((m) => ({ default: m.PracticeWeekCard })));

const LIVE_TYPES = ['clock.changed', 'class.updated'] as const;
const SELLER_LIVE_TYPES = ['shop.updated', 'mission.progress', 'missions.settings_changed', 'class.reset'] as const;

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

  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: LIVE_TYPES,
    onEvent: (event: ClassEvent) => {
      if (event.type === 'clock.changed' && isClockChanged(event.payload)) clock.apply(event.payload);
      else if (event.type === 'class.updated') trainingClass.reload();
    },
    onResync: () => {
      clock.reload();
      trainingClass.reload();
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

      {isTrainee ? (
        <SellerToDo session={session} />
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

      <SimClockView simNowMs={clock.simNowMs} speed={clock.speed} paused={clock.paused} />
      <ErrorNote error={clock.error} />

      <LogoutButton kind="participant" warning={t('logout.participantWarning')} />
    </div>
  );
}

/** The seller's to-do list: the mission of the moment, then what waits on her (unpaid, to ship, chats), then the shop. */
function SellerToDo({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const shop = useApi(`shop:${session.id}`, getMyShop, { early: '/api/shops/mine' });
  const missions = useApi(`missions:${session.id}`, getMyMissions, { early: '/api/missions/mine' });
  const counts = useSellerCounts(session);

  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: SELLER_LIVE_TYPES,
    onEvent: (event: ClassEvent) => {
      if (event.type === 'shop.updated' && event.payload.shopId === session.shopId) shop.reload();
      if (event.type !== 'mission.progress' || event.payload.participantId === session.id) missions.reload();
    },
    onResync: () => {
      shop.reload();
      missions.reload();
    },
  });

  const next = missions.data?.missions.find((mission) => mission.state !== 'done');
  const allDone = missions.data !== undefined && missions.data.total > 0 && next === undefined;
  const todo = [
    { id: 'unpaid', count: counts.unpaid, to: `${appPaths.shopOrders}?${ORDER_TAB_PARAM}=belum_bayar`, icon: IconClock },
    { id: 'toShip', count: counts.toShip, to: `${appPaths.shopOrders}?${ORDER_TAB_PARAM}=perlu_dikirim`, icon: IconTruck },
    { id: 'unanswered', count: counts.unanswered, to: appPaths.chats, icon: IconChat },
  ] as const;

  return (
    <>
      <LearningCheckCard session={session} />
      {next && (
        <section className="card mission-now" data-testid="mission-now" aria-labelledby="mission-now-title">
          <p className="card__eyebrow">
            <IconCheck />
            <span>{t('shop.todo.missionNow', { done: missions.data?.doneCount ?? 0, total: missions.data?.total ?? 0 })}</span>
          </p>
          <h2 className="card__title" id="mission-now-title">
            {t(`missions.title.${next.id}`)}
          </h2>
          {next.missing && <p className="card__line">{t(next.missing.key, { ...next.missing.params, defaultValue: '' })}</p>}
          <Link className="button button--primary" to={missionLink(next)} data-testid="mission-now-go">
            <IconLabel icon={IconArrowRight}>{t('missions.page.go')}</IconLabel>
          </Link>
        </section>
      )}
      {allDone && (
        <p className="note note--ok" data-testid="missions-all-done">
          <IconCheck className="note__icon" />
          <span>{t('missions.page.allDone')}</span>
        </p>
      )}
      <ErrorNote error={missions.error} />

      <nav className="todo-counters" aria-label={t('shop.todo.label')}>
        {todo.map(({ id, count, to, icon: TodoIcon }) => (
          <Link key={id} className={`todo-counter${count > 0 ? ' todo-counter--active' : ''}`} to={to} data-testid={`todo-${id}`}>
            <span className="todo-counter__count" data-testid={`todo-${id}-count`}>
              {count}
            </span>
            <span className="todo-counter__label">
              <TodoIcon />
              <span>{t(`shop.todo.${id}`)}</span>
            </span>
          </Link>
        ))}
      </nav>

      <Suspense fallback={null}>
        <PracticeWeekCard session={session} />
      </Suspense>

      {shop.data ? (
        <section className="card shop-card" aria-labelledby="shop-card-title" data-testid="shop-card">
          <p className="card__eyebrow">
            <IconStore />
            <span>{t('shop.yourShop')}</span>
          </p>
          <h2 className="card__title" id="shop-card-title" data-testid="shop-name">
            {shop.data.name}
          </h2>
          {shop.data.description && <p className="card__line" data-testid="shop-description">{shop.data.description}</p>}
          <p className="card__line">
            <IconMapPin />
            <span>{t('shop.origin', { regency: shop.data.regencyLabel })}</span>
          </p>
          <Link className="button button--secondary" to={appPaths.shopProfile} data-testid="link-shop-profile">
            <IconLabel icon={IconEdit}>{t('shop.profile.edit')}</IconLabel>
          </Link>
        </section>
      ) : (
        shop.loading && <p className="page-loading">{t('app.loading')}</p>
      )}
      <ErrorNote error={shop.error} />

      <nav className="home-links" aria-label={t('shop.linksLabel')}>
        <div className="home-links__row">
          <Link className="button button--secondary" to={appPaths.myMissions} data-testid="link-missions">
            <IconLabel icon={IconCheck}>{t('missions.homeLink')}</IconLabel>
          </Link>
          <Link className="button button--secondary" to={appPaths.myCertificate} data-testid="link-certificate">
            <IconLabel icon={IconReceipt}>{t('certificate.homeLink')}</IconLabel>
          </Link>
          <Link className="button button--secondary" to={appPaths.storefront} data-testid="link-storefront">
            <IconLabel icon={IconStore}>{t('shop.storefront')}</IconLabel>
          </Link>
        </div>
        <BuyerLinks />
      </nav>
    </>
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
