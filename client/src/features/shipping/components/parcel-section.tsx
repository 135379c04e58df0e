import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkTo } from '../../../shared/config/paths';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconTruck } from '../../../shared/ui/icons';
import type { Shipment } from '../api/shipping-api';
import { TrackingTimeline } from './tracking-timeline';

/** "Lacak Paket" on an order's page: the resi, the drop point and the live timeline. */
export function ParcelSection({ shipment, courierName }: { shipment: Shipment; courierName: string }) {
  const { t } = useTranslation();
  return (
    <section className="card order-section" aria-labelledby="parcel-title" data-testid="parcel-section">
      <h2 className="order-section__title" id="parcel-title">
        <IconTruck />
        <span>{t('tracking.title')}</span>
      </h2>
      <p className="parcel__resi">
        {t('tracking.resi', { courier: courierName })} <strong data-testid="parcel-resi">{shipment.resi}</strong>
      </p>
      <p className="hint">{t('tracking.dropPoint', { name: shipment.dropPoint.name })}</p>
      {shipment.shippedAt ? <TrackingTimeline steps={shipment.tracking} /> : <p className="hint">{t('tracking.notHandedOver')}</p>}
      <Link className="button button--ghost button--small" to={linkTo.cekResi(shipment.resi)}>
        <IconLabel icon={IconTruck}>{t('tracking.openCekResi')}</IconLabel>
      </Link>
    </section>
  );
}
