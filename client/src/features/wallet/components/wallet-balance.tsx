import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../shared/format/rupiah';
import { IconBank, IconClock } from '../../../shared/ui/icons';

/** The two numbers a seller looks for: what she can withdraw, and what is still held for her orders. */
export function WalletBalance({ available, held }: { available: number; held: number }) {
  const { t } = useTranslation();
  return (
    <section className="card wallet-balance" aria-label={t('wallet.balanceLabel')}>
      <p className="card__eyebrow">
        <IconBank />
        <span>{t('wallet.available')}</span>
      </p>
      <p className="wallet-balance__amount" data-testid="wallet-available">
        {formatRupiah(available)}
      </p>
      <p className="card__line wallet-balance__held">
        <IconClock />
        <span>
          {t('wallet.held')}: <strong data-testid="wallet-held">{formatRupiah(held)}</strong>
        </span>
      </p>
    </section>
  );
}
