import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../shared/format/rupiah';
import { IconReceipt } from '../../../shared/ui/icons';
import type { CheckoutSummary } from '../checkout-draft';

/** "Ringkasan": subtotal, ongkir, biaya admin and the total to pay. */
export function CheckoutSummaryCard({ summary }: { summary: CheckoutSummary }) {
  const { t } = useTranslation();
  return (
    <section className="card checkout-section" aria-labelledby="summary-title" data-testid="checkout-summary">
      <h2 className="section-heading" id="summary-title">
        <IconReceipt />
        <span>{t('checkout.summary.title')}</span>
      </h2>
      <dl className="sums">
        <div className="sums__row">
          <dt>{t('checkout.summary.subtotal')}</dt>
          <dd data-testid="summary-subtotal">{formatRupiah(summary.subtotal)}</dd>
        </div>
        <div className="sums__row">
          <dt>{t('checkout.summary.shipping')}</dt>
          <dd data-testid="summary-shipping">{summary.shipping === null ? t('checkout.summary.chooseCourier') : formatRupiah(summary.shipping)}</dd>
        </div>
        <div className="sums__row">
          <dt>{t('checkout.summary.adminFee')}</dt>
          <dd data-testid="summary-admin-fee">{formatRupiah(summary.adminFee)}</dd>
        </div>
        <div className="sums__row sums__row--total">
          <dt>{t('checkout.summary.total')}</dt>
          <dd data-testid="summary-total">{summary.total === null ? '–' : formatRupiah(summary.total)}</dd>
        </div>
      </dl>
    </section>
  );
}
