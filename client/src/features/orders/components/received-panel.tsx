import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { ConfirmPanel } from '../../../shared/ui/confirm-panel';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck } from '../../../shared/ui/icons';
import { confirmReceived } from '../api/confirm-received';
import type { OrderDetail } from '../api/order-types';

/** "Pesanan Diterima": the buyer confirms, after a check that the parcel is really here. */
export function ReceivedPanel({ order, onChanged }: { order: OrderDetail; onChanged: (order: OrderDetail) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirm = useSubmit(confirmReceived);

  const onConfirm = async () => {
    const done = await confirm.run(order.id);
    if (done) {
      setConfirming(false);
      onChanged(done);
    }
  };

  return (
    <div className="order-actions" data-testid="received-panel">
      <p className="note note--ok">
        <span>
          {t('orders.received.arrived')}{' '}
          {order.autoCompleteAt && t('orders.received.autoComplete', { time: formatWibDateTime(order.autoCompleteAt) })}
        </span>
      </p>
      {confirming ? (
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
