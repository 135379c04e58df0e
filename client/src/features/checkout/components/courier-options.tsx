import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../shared/format/rupiah';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconPlus, IconTruck } from '../../../shared/ui/icons';
import type { QuoteShop } from '../api/checkout-types';
import { EtdText } from './etd-text';

interface CourierOptionsProps {
  shop: QuoteShop;
  chosen: string | undefined;
  onChoose: (code: string) => void;
  /** Shown once the buyer tried to order without choosing. */
  missing: boolean;
}

/** How many services show before "Lihat N kurir lain" (the cheapest: the quote lists them cheapest first). */
export const COURIERS_SHOWN = 4;

/** The services shown: the first COURIERS_SHOWN and the chosen one, or all once asked for (or when one more is all). */
export function shownCouriers<T extends { code: string }>(options: readonly T[], chosen: string | undefined, all: boolean): T[] {
  if (all || options.length <= COURIERS_SHOWN + 1) return [...options];
  return options.filter((option, index) => index < COURIERS_SHOWN || option.code === chosen);
}

/**
 * "Pilih Kurir" for one shop: each service with its price and "estimasi tiba", or why none can carry the parcel. On a
 * phone nine services were more than a screen of the checkout: the cheapest four show, the rest one tap away.
 */
export function CourierOptions({ shop, chosen, onChoose, missing }: CourierOptionsProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const { options, noOptionReason, noOptionMessage } = shop.shipping;
  const name = `courier-${shop.shop.id}`;
  const shown = shownCouriers(options, chosen, all);
  const hidden = options.length - shown.length;

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
      {shown.map((option) => (
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
      {hidden > 0 && (
        <button type="button" className="button button--ghost button--small" onClick={() => setAll(true)} data-testid="more-couriers">
          <IconLabel icon={IconPlus}>{t('checkout.courier.more', { count: hidden })}</IconLabel>
        </button>
      )}
      {missing && <p className="field__feedback field__feedback--invalid">{t('checkout.courier.choose')}</p>}
    </fieldset>
  );
}
