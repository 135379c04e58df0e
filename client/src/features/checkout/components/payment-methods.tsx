import { useTranslation } from 'react-i18next';
import { translateApiKey } from '../../../shared/i18n/api-key';
import { IconPaymentCheck } from '../../../shared/ui/icons';
import type { PaymentKind, PaymentMethod, PaymentMethodCode } from '../api/checkout-types';
import { PaymentKindIcon } from './checkout-icons';

const GROUPS = [
  { id: 'va', kinds: ['virtual_account', 'bill_payment'] },
  { id: 'qris', kinds: ['qris'] },
  { id: 'ewallet', kinds: ['ewallet'] },
  { id: 'cstore', kinds: ['cstore'] },
  { id: 'cod', kinds: ['cod'] },
] as const satisfies readonly { id: string; kinds: readonly PaymentKind[] }[];

interface PaymentMethodsProps {
  methods: PaymentMethod[];
  chosen: PaymentMethodCode | undefined;
  onChoose: (code: PaymentMethodCode) => void;
  codAllowed: boolean;
  missing: boolean;
}

/** "Metode Pembayaran": Virtual Account, QRIS, e-wallet, minimarket, and COD when every chosen courier carries it. */
export function PaymentMethods({ methods, chosen, onChoose, codAllowed, missing }: PaymentMethodsProps) {
  const { t } = useTranslation();

  return (
    <section className="card checkout-section" aria-labelledby="payment-title" data-testid="payment-methods">
      <h2 className="section-heading" id="payment-title">
        <IconPaymentCheck />
        <span>{t('checkout.payment.title')}</span>
      </h2>
      {GROUPS.map((group) => {
        const inGroup = methods.filter((method) => (group.kinds as readonly PaymentKind[]).includes(method.kind));
        if (inGroup.length === 0) return null;
        return (
          <fieldset className="choices" key={group.id} aria-invalid={missing ? true : undefined}>
            <legend className="choices__legend">{t(`checkout.payment.groups.${group.id}`)}</legend>
            {inGroup.map((method) => {
              const disabled = method.needsCodCourier && !codAllowed;
              return (
                <label
                  className="choice"
                  key={method.code}
                  data-checked={chosen === method.code ? '' : undefined}
                  data-disabled={disabled ? '' : undefined}
                  data-testid={`payment-${method.code}`}
                >
                  <input
                    type="radio"
                    name="payment-method"
                    value={method.code}
                    checked={chosen === method.code}
                    disabled={disabled}
                    onChange={() => onChoose(method.code)}
                  />
                  <span className="choice__icon">
                    <PaymentKindIcon kind={method.kind} />
                  </span>
                  <span className="choice__body">
                    <span className="choice__title">{translateApiKey(t, method.labelKey, method.code)}</span>
                    {disabled && <span className="choice__detail">{t('checkout.payment.codNeedsCourier')}</span>}
                  </span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
      {missing && <p className="field__feedback field__feedback--invalid">{t('checkout.payment.choose')}</p>}
    </section>
  );
}
