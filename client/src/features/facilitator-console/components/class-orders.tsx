import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWibTime } from '../../../shared/format/wib-date';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconPaymentCheck } from '../../../shared/ui/icons';
import { getClassOrders } from '../api/get-class-orders';
import { payNow } from '../api/pay-now';

const ORDER_TYPES = ['order.placed', 'order.paid', 'order.cancelled'] as const;

/** "Pesanan kelas": the class's latest orders, live, with "Bayar sekarang (demo)" for one that waits for payment. */
export function ClassOrders({ classId, session }: { classId: string; session: FacilitatorSession }) {
  const { t } = useTranslation();
  const orders = useApi(`class-orders:${classId}`, (signal) => getClassOrders(classId, signal));
  const pay = useSubmit((orderId: string) => payNow(classId, orderId));

  useClassEvents({ classId, token: session.token, watch: true, types: ORDER_TYPES, onEvent: orders.reload, onResync: orders.reload });

  const onPay = async (orderId: string) => {
    if (await pay.run(orderId)) orders.reload();
  };
  const items = orders.data?.items ?? [];

  return (
    <section className="card class-orders" aria-labelledby="class-orders-title" data-testid="class-orders">
      <h2 id="class-orders-title" className="section-title">
        <IconPaymentCheck />
        <span>{t('console.orders.title')}</span>
      </h2>
      <ErrorNote error={orders.error ?? pay.error} />
      {orders.data && items.length === 0 && <p className="hint">{t('console.orders.empty')}</p>}
      {items.length > 0 && (
        <ul className="class-orders__list">
          {items.map((order) => (
            <li className="class-orders__item" key={order.id} data-testid="class-order" data-state={order.state}>
              <div className="class-orders__text">
                <strong>{order.invoiceNumber}</strong>
                <span>{t('console.orders.parties', { buyer: order.buyer.name, shop: order.shop.name })}</span>
                <span>
                  {formatRupiah(order.total)} · {formatWibTime(order.placedAt)} · <span className="tag">{t(`order.state.${order.state}`)}</span>
                </span>
              </div>
              {order.state === 'AWAITING_PAYMENT' && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => void onPay(order.id)}
                  disabled={pay.pending}
                  aria-label={t('console.orders.payNowFor', { invoice: order.invoiceNumber })}
                >
                  <IconLabel icon={IconPaymentCheck}>{t('console.orders.payNow')}</IconLabel>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
