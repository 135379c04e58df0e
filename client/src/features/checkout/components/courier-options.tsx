import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../shared/format/rupiah';
import { IconAlert, IconTruck } from '../../../shared/ui/icons';
import type { QuoteShop } from '../api/checkout-types';
import { EtdText } from './etd-text';

interface CourierOptionsProps {
  shop: QuoteShop;
  chosen: string | undefined;
  onChoose: (code: string) => void;
  /** Shown once the buyer tried to order without choosing. */
  missing: boolean;
}

/** "Pilih Kurir" for one shop: each service with its price and "estimasi tiba", or why none can carry the parcel. */
export function CourierOptions({ shop, chosen, onChoose, missing }: CourierOptionsProps) {
  const { t } = useTranslation();
  const { options, noOptionReason, noOptionMessage } = shop.shipping;
  const name = `courier-${shop.shop.id}`;

  if (options.length === 0) {
    return (
      <p className="error-note" data-testid="no-courier" data-reason={noOptionReason ?? undefined}>
        <IconAlert />
        <span>{noOptionReason ? t(`checkout.courier.noOption.${noOptionReason}`) : (noOptionMessage ?? t('checkout.courier.noOption.NOTHING_FITS'))}</span>
      </p>
    );
  }

  return (
    <fieldset className="choices" aria-invalid={missing ? true : undefined} data-testid="courier-options">
      <legend className="choices__legend">
        <IconTruck />
        <span>{t('checkout.courier.title')}</span>
      </legend>
      {options.map((option) => (
        <label className="choice" key={option.code} data-checked={chosen === option.code ? '' : undefined} data-testid={`courier-${option.code}`}>
          <input type="radio" name={name} value={option.code} checked={chosen === option.code} onChange={() => onChoose(option.code)} />
          <span className="choice__body">
            <span className="choice__title">{option.name}</span>
            <span className="choice__detail">
              <EtdText etd={option.etd} />
              {option.cod && <span className="choice__tag">{t('checkout.courier.cod')}</span>}
            </span>
          </span>
          <span className="choice__price">{formatRupiah(option.price)}</span>
        </label>
      ))}
      {missing && <p className="field__feedback field__feedback--invalid">{t('checkout.courier.choose')}</p>}
    </fieldset>
  );
}
