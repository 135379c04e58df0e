import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { useSession } from '../../../shared/auth/session';
import { getOutbox } from '../../../shared/offline/outbox-store';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { ConfirmPanel } from '../../../shared/ui/confirm-panel';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck } from '../../../shared/ui/icons';
import type { OrderDetail } from '../api/order-types';

const isOrder = (value: unknown): value is OrderDetail => typeof value === 'object' && value !== null && typeof (value as OrderDetail).state === 'string';

/**
 * "Pesanan Diterima" through the outbox: with no signal it waits there (a reload keeps it) and goes once when
 * the phone is back online; confirming a completed order again answers the same order, so a repeat is harmless.
 */
async function confirmThroughOutbox(orderId: string, token: string): Promise<OrderDetail | 'waiting'> {
  const outcome = await getOutbox().submit({
    id: `received:${orderId}`,
    kind: 'order.received',
    key: orderId,
    method: 'POST',
    path: `/api/orders/${encodeURIComponent(orderId)}/received`,
    token,
    createdAt: Date.now(),
  });
  if (outcome.status === 'refused') throw outcome.error;
  if (outcome.status === 'waiting') return 'waiting';
  if (!isOrder(outcome.data)) throw new Error('unexpected answer');
  return outcome.data;
}

/** "Pesanan Diterima": the buyer confirms, after a check that the parcel is really here. */
export function ReceivedPanel({ order, onChanged }: { order: OrderDetail; onChanged: (order: OrderDetail) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const confirm = useSubmit(confirmThroughOutbox);
  const changed = useRef(onChanged);
  useEffect(() => {
    changed.current = onChanged;
  });

  // A confirmation still in the outbox (made offline, maybe before a reload), and the moment it goes out.
  useEffect(() => {
    let disposed = false;
    const outbox = getOutbox();
    void outbox
      .list()
      .then((items) => {
        if (!disposed && items.some((item) => item.kind === 'order.received' && item.key === order.id)) setWaiting(true);
      })
      .catch(() => undefined);
    const unsubscribe = outbox.subscribe((item, outcome) => {
      if (item.kind !== 'order.received' || item.key !== order.id) return;
      setWaiting(false);
      if (outcome.status === 'sent' && isOrder(outcome.data)) changed.current(outcome.data);
    });
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, [order.id]);

  const onConfirm = async () => {
    if (!session) return;
    const done = await confirm.run(order.id, session.token);
    if (!done) return;
    setConfirming(false);
    if (done === 'waiting') setWaiting(true);
    else onChanged(done);
  };

  return (
    <div className="order-actions" data-testid="received-panel">
      <p className="note note--ok">
        <span>
          {t('orders.received.arrived')}{' '}
          {order.autoCompleteAt && t('orders.received.autoComplete', { time: formatWibDateTime(order.autoCompleteAt) })}
        </span>
      </p>
      {waiting ? (
        <p className="note" role="status" data-testid="received-waiting">
          <span>{t('orders.received.waiting')}</span>
        </p>
      ) : confirming ? (
        <ConfirmPanel
          title={t('orders.received.question')}
          confirmLabel={t('orders.received.confirm')}
          confirmIcon={IconCheck}
          pending={confirm.pending}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('orders.received.explain')}</p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setConfirming(true)} data-testid="received-open">
          <IconLabel icon={IconCheck}>{t('orders.received.button')}</IconLabel>
        </button>
      )}
      <ErrorNote error={confirm.error} />
    </div>
  );
}
