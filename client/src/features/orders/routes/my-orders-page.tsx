import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths, linkTo, ORDER_TAB_PARAM } from '../../../shared/config/paths';
import type { ClassEvent } from '../../../shared/realtime/class-event';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { ErrorNote } from '../../../shared/ui/error-note';
import { SavedDataNote } from '../../../shared/ui/saved-data-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconReceipt, IconStore } from '../../../shared/ui/icons';
import { getMyOrders } from '../api/get-my-orders';
import { isSellerTab, SELLER_TABS, type SellerTab } from '../api/order-types';
import { OrderCard } from '../components/order-card';
import { OrderTabs } from '../components/order-tabs';
import { ORDER_EVENT_TYPES, orderEventPayload, withOrderState } from '../order-events';
import '../orders.css';

type BuyerTab = SellerTab | 'semua';
const ALL = 'semua';

/** /pesanan: "Pesanan Saya", what this person bought, with a tab per status. */
export function MyOrdersPage() {
  return <ParticipantOnly>{(session) => <MyOrders key={session.id} session={session} />}</ParticipantOnly>;
}

function MyOrders({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const param = params.get(ORDER_TAB_PARAM);
  const tab: BuyerTab = isSellerTab(param) ? param : ALL;
  const apiTab = tab === ALL ? undefined : tab;
  const orders = useApi(`my-orders:${tab}`, (signal) => getMyOrders(apiTab, signal), { keepOffline: true });

  const live = useClassEvents({
    classId: session.classId,
    token: session.token,
    types: ORDER_EVENT_TYPES,
    onEvent: (event: ClassEvent) => {
      const payload = orderEventPayload(event);
      if (!payload || payload.buyerId !== session.id) return;
      orders.setData((list) => list && { ...list, items: withOrderState(list.items, payload) });
      orders.reload();
    },
    onResync: orders.reload,
  });

  const tabs = [ALL, ...SELLER_TABS].map((id) => ({ id: id as BuyerTab, label: id === ALL ? t('orders.mine.all') : t(`orders.buyerTabs.${id as SellerTab}`) }));
  const select = (next: BuyerTab) => setParams(next === ALL ? {} : { [ORDER_TAB_PARAM]: next }, { replace: true });
  const items = orders.data?.items;

  return (
    <div className="page orders-page" data-testid="my-orders-page" data-live={live}>
      <Link className="button button--ghost button--small back-link" to={appPaths.shop}>
        <IconLabel icon={IconArrowLeft}>{t('orders.backHome')}</IconLabel>
      </Link>
      <h1 className="orders-page__title">
        <IconReceipt />
        <span>{t('orders.mine.title')}</span>
      </h1>
      <OrderTabs tabs={tabs} active={tab} onSelect={select} label={t('orders.mine.tabsLabel')} />
      <ErrorNote error={orders.error} />
      <SavedDataNote savedAt={orders.savedAt} />
      {orders.loading && (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {items && items.length === 0 && (
        <div className="note note--block" data-testid="orders-empty">
          <p>{t('orders.mine.empty')}</p>
          <Link className="button button--primary" to={appPaths.storefront}>
            <IconLabel icon={IconStore}>{t('checkout.cart.shop')}</IconLabel>
          </Link>
        </div>
      )}
      {items && items.length > 0 && (
        <ul className="order-list">
          {items.map((order) => (
            <OrderCard
              key={order.id}
              order={order}
              viewer="buyer"
              to={order.state === 'AWAITING_PAYMENT' ? linkTo.orderPayment(order.id) : linkTo.order(order.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
