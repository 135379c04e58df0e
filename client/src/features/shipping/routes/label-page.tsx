import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWeight } from '../../../shared/format/weight';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconPrint } from '../../../shared/ui/icons';
import { getLabel, type ShippingLabel } from '../api/shipping-api';
import { Barcode } from '../components/barcode';
import '../shipping.css';

/** /toko/pesanan/:orderId/label: the print-ready shipping label (A6), with the resi as a Code 128 barcode. */
export function LabelPage() {
  const orderId = useParams().orderId ?? '';
  return <ParticipantOnly traineeOnly>{() => <LabelScreen orderId={orderId} />}</ParticipantOnly>;
}

function LabelScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const label = useApi(`label:${orderId}`, (signal) => getLabel(orderId, signal));
  return (
    <div className="label-page" data-testid="label-page">
      <div className="label-page__tools">
        <Link className="button button--ghost button--small" to={linkTo.shopOrder(orderId)}>
          <IconLabel icon={IconArrowLeft}>{t('shipping.label.back')}</IconLabel>
        </Link>
        {label.data && (
          <button type="button" className="button button--primary" onClick={() => window.print()} data-testid="label-print">
            <IconLabel icon={IconPrint}>{t('shipping.label.print')}</IconLabel>
          </button>
        )}
        <p className="hint">{t('shipping.label.hint')}</p>
      </div>
      <ErrorNote error={label.error} />
      {label.loading && <p role="status">{t('app.loading')}</p>}
      {label.data && <PrintedLabel label={label.data} />}
    </div>
  );
}

function PrintedLabel({ label }: { label: ShippingLabel }) {
  const { t } = useTranslation();
  const { recipient, sender } = label;
  return (
    <article className="shipping-label" aria-label={t('shipping.label.title')} data-testid="shipping-label">
      <header className="shipping-label__head">
        <span className="shipping-label__courier" data-testid="label-courier">
          {label.courier.courier}
        </span>
        <span className="shipping-label__service">{label.courier.service || label.courier.name}</span>
        {label.cod && <span className="shipping-label__cod">COD</span>}
      </header>
      <div className="shipping-label__barcode">
        <Barcode value={label.resi} label={t('shipping.label.barcode', { resi: label.resi })} />
        <p className="shipping-label__resi" data-testid="label-resi">
          {label.resi}
        </p>
      </div>
      <section className="shipping-label__party">
        <h2>{t('shipping.label.recipient')}</h2>
        <p className="shipping-label__name" data-testid="label-recipient">
          {recipient.name}
        </p>
        <p data-testid="label-phone">{recipient.phone}</p>
        <p>
          {[recipient.street, recipient.district, recipient.regencyLabel, recipient.provinceName].filter(Boolean).join(', ')}
        </p>
      </section>
      <section className="shipping-label__party">
        <h2>{t('shipping.label.sender')}</h2>
        <p className="shipping-label__name">{sender.name}</p>
        <p>{sender.regencyLabel}</p>
      </section>
      <dl className="shipping-label__facts">
        <div>
          <dt>{t('shipping.label.weight')}</dt>
          <dd>
            {formatWeight(label.weightGrams)} ({t('shipping.label.chargeable', { kg: label.weightKg })})
          </dd>
        </div>
        <div>
          <dt>{t('shipping.label.items')}</dt>
          <dd>{label.itemCount}</dd>
        </div>
        <div>
          <dt>{t('shipping.label.order')}</dt>
          <dd data-testid="label-invoice">{label.invoiceNumber}</dd>
        </div>
        <div>
          <dt>{t('shipping.label.dropPoint')}</dt>
          <dd>{label.dropPoint.name}</dd>
        </div>
      </dl>
      <p className={label.cod ? 'shipping-label__pay shipping-label__pay--cod' : 'shipping-label__pay'} data-testid="label-cod">
        {label.cod && label.codAmount != null ? t('shipping.label.codAmount', { amount: formatRupiah(label.codAmount) }) : t('shipping.label.nonCod')}
      </p>
    </article>
  );
}
