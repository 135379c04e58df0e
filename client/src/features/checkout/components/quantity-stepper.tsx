import { useTranslation } from 'react-i18next';
import { IconPlus } from '../../../shared/ui/icons';
import { IconMinus } from './checkout-icons';

interface QuantityStepperProps {
  value: number;
  min: number;
  max: number;
  onChange: (quantity: number) => void;
  /** "Gula Aren Asli 1 kg": the buttons say which product they change. */
  label: string;
  disabled?: boolean;
}

/** − 2 +: big buttons rather than a number field, which is fiddly on a cheap phone. */
export function QuantityStepper({ value, min, max, onChange, label, disabled }: QuantityStepperProps) {
  const { t } = useTranslation();
  return (
    <div className="qty" role="group" aria-label={t('checkout.quantity.label', { title: label })}>
      <button
        type="button"
        className="button button--secondary qty__button"
        onClick={() => onChange(value - 1)}
        disabled={disabled || value <= min}
        aria-label={t('checkout.quantity.less', { title: label })}
      >
        <IconMinus />
      </button>
      <output className="qty__value" data-testid="quantity">
        {value}
      </output>
      <button
        type="button"
        className="button button--secondary qty__button"
        onClick={() => onChange(value + 1)}
        disabled={disabled || value >= max}
        aria-label={t('checkout.quantity.more', { title: label })}
      >
        <IconPlus />
      </button>
    </div>
  );
}
