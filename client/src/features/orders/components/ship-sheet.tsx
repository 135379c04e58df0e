import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconClose, IconPrint, IconTruck } from '../../../shared/ui/icons';
import type { OrderDetail, OrderSummary } from '../api/order-types';
import { arrangeShipment, getDropPoints, shipOrder } from '../api/ship-order';
import { IconHand } from './order-icons';

/**
 * "Kirim" on a paid order's card: one sheet with the courier's nearest drop point already chosen, then one tap,
 * "Sudah diserahkan", arranges the shipment (the resi) if needed and ships. "Cetak Label" arranges and opens the label.
 */
export function ShipSheet({ order, onShipped }: { order: OrderSummary; onShipped: (order: OrderDetail) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const dropPoints = useApi(open ? `drop-points:${order.id}` : null, (signal) => getDropPoints(order.id, signal));
  const arrange = useSubmit(arrangeShipment);
  const ship = useSubmit(shipOrder);
  const [arranged, setArranged] = useState<OrderDetail | undefined>(undefined);
  const dropPointId = chosen ?? arranged?.shipment?.dropPoint.id ?? dropPoints.data?.[0]?.id;
  const pending = arrange.pending || ship.pending;
  const error = arrange.error ?? ship.error ?? dropPoints.error;

  /** The shipment at the chosen drop point (arranged once; again only when another point is chosen). */
  const ensureArranged = async (): Promise<OrderDetail | undefined> => {
    if (arranged?.shipment && arranged.shipment.dropPoint.id === dropPointId) return arranged;
    if (!dropPointId) return undefined;
    const result = await arrange.run(order.id, dropPointId);
    if (result) setArranged(result);
    return result;
  };

  const onHandOver = async () => {
    if (pending || !(await ensureArranged())) return;
    const shipped = await ship.run(order.id);
    if (shipped) onShipped(shipped);
  };

  const onLabel = async () => {
    if (pending || !(await ensureArranged())) return;
    void navigate(linkTo.shippingLabel(order.id));
  };

  if (!open) {
    return (
      <button type="button" className="button button--primary ship-sheet__open" onClick={() => setOpen(true)} data-testid="ship-open">
        <IconLabel icon={IconTruck}>{t('shipping.sheet.open')}</IconLabel>
      </button>
    );
  }

  return (
    <section className="ship-sheet" aria-labelledby={`ship-sheet-${order.id}`} data-testid="ship-sheet">
      <h3 className="confirm__title" id={`ship-sheet-${order.id}`}>
        {t('shipping.chooseDropPoint', { courier: order.courierName })}
      </h3>
      {dropPoints.loading && <p role="status">{t('app.loading')}</p>}
      <div className="drop-points" role="radiogroup" aria-labelledby={`ship-sheet-${order.id}`}>
        {dropPoints.data?.map((point) => (
          <label className="drop-point" key={point.id} data-testid="drop-point">
            <input type="radio" name={`dropPoint-${order.id}`} value={point.id} checked={dropPointId === point.id} onChange={() => setChosen(point.id)} />
            <span>
              <strong>{point.name}</strong>
              {point.address && <span className="hint">{point.address}</span>}
            </span>
          </label>
        ))}
      </div>
      {arranged?.shipment && (
        <p className="ship-panel__resi">
          <span>{t('shipping.resi')}</span> <strong data-testid="ship-sheet-resi">{arranged.shipment.resi}</strong>
        </p>
      )}
      <p className="hint">
        <IconAlert /> {t('shipping.sheet.explain')}
      </p>
      {error?.code === 'NOT_PAID' ? (
        <p className="note note--danger" role="alert">
          <IconAlert className="note__icon" />
          <span>
            <strong>{t('shipping.refused.title')}</strong> {t('errors.notPaid')}
          </span>
        </p>
      ) : (
        <ErrorNote error={error} />
      )}
      <button type="button" className="button button--primary" onClick={() => void onHandOver()} disabled={pending || !dropPointId} aria-busy={pending} data-testid="ship-hand-over">
        <IconLabel icon={IconHand}>{t('shipping.handOver')}</IconLabel>
      </button>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void onLabel()} disabled={pending || !dropPointId} data-testid="ship-label">
          <IconLabel icon={IconPrint}>{t('shipping.printLabel')}</IconLabel>
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={pending}>
          <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
        </button>
      </div>
    </section>
  );
}
