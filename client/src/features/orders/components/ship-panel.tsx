import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { linkTo } from '../../../shared/config/paths';
import { ConfirmPanel } from '../../../shared/ui/confirm-panel';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconCheck, IconClose, IconMapPin, IconPrint, IconTruck } from '../../../shared/ui/icons';
import type { OrderDetail } from '../api/order-types';
import { arrangeShipment, getDropPoints, shipOrder } from '../api/ship-order';
import { CopyButton } from './copy-button';
import { IconHand } from './order-icons';

/**
 * The seller's shipping steps: "Atur Pengiriman" (choose a drop point of the courier near the shop; the resi comes),
 * "Cetak Label", then "Sudah diserahkan ke drop point" (with a confirm step; a double tap ships once). On an unpaid
 * order the API refuses (NOT_PAID) and the refusal is the lesson, shown here in full.
 */
export function ShipPanel({ order, onChanged }: { order: OrderDetail; onChanged: (order: OrderDetail) => void }) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>(order.shipment?.dropPoint.id);
  const dropPoints = useApi(choosing ? `drop-points:${order.id}` : null, (signal) => getDropPoints(order.id, signal));
  const arrange = useSubmit(arrangeShipment);
  const ship = useSubmit(shipOrder);
  const shipment = order.shipment;
  const refusal = arrange.error?.code === 'NOT_PAID' ? arrange.error : ship.error?.code === 'NOT_PAID' ? ship.error : undefined;

  const onArrange = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const dropPointId = chosen ?? dropPoints.data?.[0]?.id;
    if (!dropPointId) return;
    const arranged = await arrange.run(order.id, dropPointId);
    if (arranged) {
      setChoosing(false);
      onChanged(arranged);
    }
  };

  const onShip = async () => {
    const shipped = await ship.run(order.id);
    if (shipped) {
      setConfirming(false);
      onChanged(shipped);
    }
  };

  return (
    <div className="ship-panel" data-testid="ship-panel">
      {refusal && (
        <p className="note note--danger" role="alert" data-testid="not-paid-refusal">
          <IconAlert className="note__icon" />
          <span>
            <strong>{t('shipping.refused.title')}</strong> {t('errors.notPaid')}
          </span>
        </p>
      )}
      {shipment ? (
        <div className="ship-panel__arranged" data-testid="shipment-arranged">
          <p className="ship-panel__resi">
            <span>{t('shipping.resi')}</span> <strong data-testid="shipment-resi">{shipment.resi}</strong>
            <CopyButton text={shipment.resi} label={t('shipping.copyResi')} />
          </p>
          <p className="hint">
            <IconMapPin /> {shipment.dropPoint.name}
            {shipment.dropPoint.address && <> — {shipment.dropPoint.address}</>}
          </p>
          <Link className="button button--secondary" to={linkTo.shippingLabel(order.id)} data-testid="print-label">
            <IconLabel icon={IconPrint}>{t('shipping.printLabel')}</IconLabel>
          </Link>
          {confirming ? (
            <ConfirmPanel
              title={t('shipping.handOverQuestion')}
              confirmLabel={t('shipping.handOverConfirm')}
              confirmIcon={IconCheck}
              pending={ship.pending}
              onConfirm={() => void onShip()}
              onCancel={() => setConfirming(false)}
            >
              <p>{t('shipping.handOverExplain', { name: shipment.dropPoint.name })}</p>
            </ConfirmPanel>
          ) : (
            <button type="button" className="button button--primary" onClick={() => setConfirming(true)} data-testid="hand-over">
              <IconLabel icon={IconHand}>{t('shipping.handOver')}</IconLabel>
            </button>
          )}
          {!choosing && (
            <button type="button" className="button button--ghost button--small" onClick={() => setChoosing(true)}>
              <IconLabel icon={IconMapPin}>{t('shipping.changeDropPoint')}</IconLabel>
            </button>
          )}
        </div>
      ) : (
        !choosing && (
          <button type="button" className="button button--primary" onClick={() => setChoosing(true)} data-testid="arrange-open">
            <IconLabel icon={IconTruck}>{t('shipping.arrange')}</IconLabel>
          </button>
        )
      )}
      {choosing && (
        <form className="drop-points" onSubmit={(event) => void onArrange(event)} data-testid="drop-point-form">
          <fieldset>
            <legend className="confirm__title">{t('shipping.chooseDropPoint', { courier: order.courier.name })}</legend>
            {dropPoints.loading && <p role="status">{t('app.loading')}</p>}
            {dropPoints.data?.map((point) => (
              <label className="drop-point" key={point.id} data-testid="drop-point">
                <input
                  type="radio"
                  name="dropPoint"
                  value={point.id}
                  checked={(chosen ?? dropPoints.data?.[0]?.id) === point.id}
                  onChange={() => setChosen(point.id)}
                />
                <span>
                  <strong>{point.name}</strong>
                  {point.address && <span className="hint">{point.address}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <ErrorNote error={dropPoints.error} />
          <div className="confirm__actions">
            <button type="submit" className="button button--primary" disabled={arrange.pending || !dropPoints.data?.length} data-testid="arrange-submit">
              <IconLabel icon={IconCheck}>{t('shipping.useDropPoint')}</IconLabel>
            </button>
            <button type="button" className="button button--secondary" onClick={() => setChoosing(false)} disabled={arrange.pending}>
              <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
            </button>
          </div>
        </form>
      )}
      {!refusal && <ErrorNote error={arrange.error ?? ship.error} />}
    </div>
  );
}
