import { useTranslation } from 'react-i18next';
import { IconHand } from './order-icons';

/** The fraud lesson, on every unpaid order the seller sees: only the system says an order is paid. */
export function UnpaidWarning({ detailed = false }: { detailed?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className="unpaid-warning" data-testid="unpaid-warning">
      <IconHand />
      <span>
        <strong>{t('orders.seller.unpaid')}</strong>
        {detailed && <span className="unpaid-warning__more">{t('orders.seller.unpaidMore')}</span>}
      </span>
    </p>
  );
}
