import { useState } from 'react';
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
import { IconArrowLeft, IconArrowRight, IconInfo, IconPaymentCheck, IconReceipt } from '../../../shared/ui/icons';
import { getOrderCounts } from '../api/get-order-counts';
import { getShopOrders } from '../api/get-shop-orders';
import { isSellerTab, SELLER_TABS, type OrderState, type OrderSummary, type SellerTab } from '../api/order-types';
import { OrderCard } from '../components/order-card';
import { ShipSheet } from '../components/ship-sheet';
import { IconBell, IconBellOff } from '../components/order-icons';
import { OrderTabs } from '../components/order-tabs';
import { useOrderSound } from '../hooks/use-order-sound';
import { ORDER_EVENT_TYPES, orderEventPayload, withOrderState } from '../order-events';
import '../orders.css';

/** The states behind each tab (as the API's SELLER_TAB_STATES). */
const TAB_STATES: Record<SellerTab, readonly OrderState[]> = {
  belum_bayar: ['AWAITING_PAYMENT'],
  perlu_dikirim: ['PAID'],
  dikirim: ['SHIPPED', 'DELIVERED'],
  selesai: ['COMPLETED'],
  dibatalkan: ['CANCELLED', 'RETURNED'],
};

/** The cards this tab holds: an order whose newest state heard live belongs to another tab leaves this one. */
function inTab(items: readonly OrderSummary[], tab: SellerTab, heard: ReadonlyMap<string, OrderState>): OrderSummary[] {
  return items.filter((item) => {
    const state = heard.get(item.id);
    return state === undefined || TAB_STATES[tab].includes(state);
  });
}

/** /toko/pesanan: the seller's "Pesanan", by tab with counts, live: a new paid order highlights and rings. */
export function ShopOrdersPage() {
  return <ParticipantOnly traineeOnly>{(session) => <ShopOrders key={session.id} session={session} />}</ParticipantOnly>;
}

function ShopOrders({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const param = params.get(ORDER_TAB_PARAM);
  const tab: SellerTab = isSellerTab(param) ? param : 'belum_bayar';
  const counts = useApi('order-counts', getOrderCounts, { keepOffline: true });
  const orders = useApi(`shop-orders:${tab}`, (signal) => getShopOrders(tab, signal), { keepOffline: true });
  // Orders paid while this page was open: highlighted wherever they show.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  // The newest state each live event told of: a list fetched before an event (a reload in flight) cannot put a card back.
  const [heard, setHeard] = useState<ReadonlyMap<string, OrderState>>(() => new Map());
  const sound = useOrderSound();
  const [shippedNow, setShippedNow] = useState(false);

  const live = useClassEvents({
    classId: session.classId,
    token: session.token,
    types: ORDER_EVENT_TYPES,
    onEvent: (event: ClassEvent) => {
      const payload = orderEventPayload(event);
      if (!payload || payload.shopId !== session.shopId) return;
      counts.reload();
      if (event.type === 'order.paid') {
        setFresh((current) => new Set(current).add(payload.orderId));
        sound.play();
      }
      setHeard((current) => new Map(current).set(payload.orderId, payload.state));
      // An order on screen takes its new state, and leaves a tab that no longer holds it; one new to this tab loads it.
      orders.setData((list) => list && { ...list, items: withOrderState(list.items, payload) });
      const shown = orders.data?.items.some((order) => order.id === payload.orderId) ?? false;
      if (!shown && TAB_STATES[tab].includes(payload.state)) orders.reload();
    },
    onResync: () => {
      counts.reload();
      orders.reload();
    },
  });

  const onShipped = (shipped: { id: string; state: OrderState }) => {
    setHeard((current) => new Map(current).set(shipped.id, shipped.state));
    setShippedNow(true);
    counts.reload();
  };
  const tabCounts = counts.data?.tabs;
  const tabs = SELLER_TABS.map((id) => ({ id, label: t(`orders.sellerTabs.${id}`), count: tabCounts?.[id] }));
  const select = (next: SellerTab) => setParams({ [ORDER_TAB_PARAM]: next }, { replace: true });
  const items = orders.data && inTab(orders.data.items, tab, heard);
  const freshPaidElsewhere = tab !== 'perlu_dikirim' && items !== undefined && [...fresh].some((id) => !items.some((order) => order.id === id));
  // Pesanan opens on "Belum Bayar": when that tab (or another) is empty while paid orders wait, say where they are.
  const toShip = tabCounts?.perlu_dikirim ?? 0;
  const toShipElsewhere = !freshPaidElsewhere && tab !== 'perlu_dikirim' && items?.length === 0 && toShip > 0;

  return (
    <div className="page orders-page" data-testid="shop-orders-page" data-live={live}>
      <Link className="button button--ghost button--small back-link" to={appPaths.shop}>
        <IconLabel icon={IconArrowLeft}>{t('orders.seller.backToShop')}</IconLabel>
      </Link>
      <div className="orders-page__head">
        <h1 className="orders-page__title">
          <IconReceipt />
          <span>{t('orders.seller.title')}</span>
        </h1>
        <button type="button" className="button button--ghost button--small" aria-pressed={!sound.muted} onClick={sound.toggle} data-testid="sound-toggle">
          <IconLabel icon={sound.muted ? IconBellOff : IconBell}>{sound.muted ? t('orders.seller.soundOff') : t('orders.seller.soundOn')}</IconLabel>
        </button>
      </div>
      <OrderTabs tabs={tabs} active={tab} onSelect={select} label={t('orders.seller.tabsLabel')} />
      <ErrorNote error={counts.error ?? orders.error} />
      <SavedDataNote savedAt={orders.savedAt ?? counts.savedAt} />

      {freshPaidElsewhere && (
        <button type="button" className="fresh-banner" onClick={() => select('perlu_dikirim')} data-testid="fresh-banner">
          <IconPaymentCheck />
          <span>{t('orders.seller.freshBanner')}</span>
          <IconArrowRight />
        </button>
      )}
      {toShipElsewhere && (
        <button type="button" className="fresh-banner" onClick={() => select('perlu_dikirim')} data-testid="to-ship-banner">
          <IconPaymentCheck />
          <span>{t('orders.seller.toShipBanner', { count: toShip })}</span>
          <IconArrowRight />
        </button>
      )}
      {shippedNow && (
        <p className="note note--ok" role="status" data-testid="shipped-note">
          <IconPaymentCheck className="note__icon" />
          <span>{t('shipping.sheet.shipped')}</span>
        </p>
      )}
      {tab === 'belum_bayar' && (
        <p className="note" data-testid="unpaid-lesson">
          <IconInfo className="note__icon" />
          <span>{t('orders.seller.unpaidLesson')}</span>
        </p>
      )}

      {orders.loading && (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {items && items.length === 0 && (
        <p className="note" data-testid="orders-empty">
          <span>{t(`orders.seller.empty.${tab}`)}</span>
        </p>
      )}
      {items && items.length > 0 && (
        <ul className="order-list" data-testid="shop-order-list">
          {items.map((order) => (
            <OrderCard
              key={order.id}
              order={order}
              viewer="seller"
              to={linkTo.shopOrder(order.id)}
              fresh={fresh.has(order.id)}
              action={order.state === 'PAID' && <ShipSheet order={order} onShipped={onShipped} />}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
