import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths, linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconArrowLeft, IconArrowRight, IconClock, IconPaymentCheck, IconRefresh } from '../../../shared/ui/icons';
import type { OrderDetail } from '../api/order-types';
import { retryPayment } from '../api/retry-payment';
import { PaymentInstructions } from '../components/payment-instructions';
import { useLiveOrder } from '../hooks/use-live-order';
import '../orders.css';

/** /pesanan/:orderId/bayar: how to pay, and "Menunggu pembayaran" flipping to "Pembayaran diterima" live. */
export function OrderPaymentPage() {
  const orderId = useParams().orderId ?? '';
  return <ParticipantOnly>{(session) => <Payment key={orderId} orderId={orderId} session={session} />}</ParticipantOnly>;
}

function Payment({ orderId, session }: { orderId: string; session: ParticipantSession }) {
  const { t } = useTranslation();
  const { order, live } = useLiveOrder(orderId, session);
  const retry = useSubmit(retryPayment);
  const detail = order.data;
  const payment = detail?.payment ?? null;
  const status = paymentStatus(detail);

  const onRetry = async () => {
    const updated = await retry.run(orderId);
    if (updated) order.setData(() => updated);
  };

  return (
    <div className="page pay-page" data-testid="payment-page" data-live={live} data-status={status}>
      <Link className="button button--ghost button--small back-link" to={linkTo.order(orderId)}>
        <IconLabel icon={IconArrowLeft}>{t('orders.pay.toOrder')}</IconLabel>
      </Link>
      <h1>{t('orders.pay.title')}</h1>
      <ErrorNote error={order.error} />
      {order.loading && (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {detail && (
        <>
          <p className="pay-page__invoice">
            {detail.invoiceNumber} · {detail.shop.name}
          </p>
          <PaymentStatusBanner status={status} />
          {status === 'paid' && (
            <Link className="button button--primary" to={linkTo.order(orderId)}>
              <IconLabel icon={IconArrowRight}>{t('orders.pay.seeOrder')}</IconLabel>
            </Link>
          )}
          {payment?.chargeStatus === 'failed' && payment.state === 'pending' && (
            <div className="note note--block" data-testid="charge-failed">
              <p>{t('orders.pay.chargeFailed')}</p>
              <button type="button" className="button button--primary" onClick={() => void onRetry()} disabled={retry.pending} aria-busy={retry.pending}>
                <IconLabel icon={IconRefresh}>{t('orders.pay.retry')}</IconLabel>
              </button>
              <ErrorNote error={retry.error} />
            </div>
          )}
          {payment && status !== 'paid' && <PaymentInstructions payment={payment} />}
          {!payment && <p className="note">{t('orders.pay.noPayment')}</p>}
          <Link className="button button--ghost" to={appPaths.myOrders}>
            <IconLabel icon={IconArrowLeft}>{t('orders.mine.back')}</IconLabel>
          </Link>
        </>
      )}
    </div>
  );
}

type PaymentStatus = 'waiting' | 'paid' | 'closed';

function paymentStatus(order: OrderDetail | undefined): PaymentStatus {
  if (!order) return 'waiting';
  if (order.payment?.state === 'settled' || (order.state !== 'AWAITING_PAYMENT' && order.state !== 'CANCELLED')) return 'paid';
  if (order.state === 'CANCELLED' || order.payment?.state === 'expired' || order.payment?.state === 'cancelled') return 'closed';
  return 'waiting';
}

function PaymentStatusBanner({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  const Icon = status === 'paid' ? IconPaymentCheck : status === 'closed' ? IconAlert : IconClock;
  return (
    <p className={`pay-status pay-status--${status}`} role="status" aria-live="polite" data-testid="payment-status">
      <Icon />
      <span>{t(`orders.pay.status.${status}`)}</span>
    </p>
  );
}
