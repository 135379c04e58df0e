import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { translateApiKey } from '../../../shared/i18n/api-key';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowRight, IconBank } from '../../../shared/ui/icons';
import type { OrderPayment, PaymentInstructions as Instructions } from '../api/order-types';
import { CopyButton } from './copy-button';
import { IconPhone } from './order-icons';
import { PaymentCountdown } from './payment-countdown';

/** "1270 8123 4567": numbers read and typed in groups of four. */
export function groupDigits(number: string): string {
  return number.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The simulator page that pays this: the QR's own link, or the bank app with this bank chosen. */
export function simulatorLink(payment: OrderPayment): string {
  const payerUrl = payment.instructions?.payerUrl;
  if (payerUrl) {
    try {
      // Only the path: the API may know itself by another address than the phone does.
      return new URL(payerUrl, window.location.origin).pathname;
    } catch {
      // fall back to the bank app
    }
  }
  return linkTo.simulatorChannel(payment.method);
}

/** What to pay with (VA number, bill key, QR, payment code), how much, until when, and the steps "Cara bayar". */
export function PaymentInstructions({ payment }: { payment: OrderPayment }) {
  const { t } = useTranslation();
  const instructions = payment.instructions;
  const method = translateApiKey(t, payment.labelKey, payment.method);

  return (
    <section className="card pay-card" aria-labelledby="pay-method" data-testid="payment-instructions">
      <p className="card__eyebrow" id="pay-method">
        <IconBank />
        <span>{method}</span>
      </p>
      {instructions && <PayWith instructions={instructions} payment={payment} />}
      <div className="pay-amount">
        <p className="pay-amount__label">{t('orders.pay.amount')}</p>
        <p className="pay-amount__value" data-testid="pay-amount">
          {formatRupiah(payment.amount)}
        </p>
        <CopyButton text={String(payment.amount)} label={t('orders.pay.copyAmount')} />
        {payment.kind === 'virtual_account' && <p className="hint">{t('orders.pay.exactAmount')}</p>}
      </div>
      {payment.state === 'pending' && <PaymentCountdown payment={payment} />}
      {instructions && instructions.howToPaySteps.length > 0 && (
        <details className="how-to-pay" open>
          <summary>{t('orders.pay.howTo')}</summary>
          <ol className="how-to-pay__steps" data-testid="how-to-pay">
            {instructions.howToPaySteps.map((key) => (
              <li key={key}>{translateApiKey(t, key)}</li>
            ))}
          </ol>
        </details>
      )}
      {payment.state === 'pending' && payment.instruction !== 'cash_on_delivery' && (
        <Link className="button button--secondary" to={simulatorLink(payment)} target="_blank" rel="noopener" data-testid="open-simulator">
          <IconLabel icon={IconPhone}>{t('orders.pay.openSimulator')}</IconLabel>
        </Link>
      )}
    </section>
  );
}

function PayWith({ instructions, payment }: { instructions: Instructions; payment: OrderPayment }) {
  const { t } = useTranslation();
  switch (payment.instruction) {
    case 'va_number':
      return instructions.vaNumber ? <BigNumber label={t('orders.pay.vaNumber')} number={instructions.vaNumber} testId="va-number" /> : null;
    case 'bill_key':
      return (
        <>
          {instructions.billerCode && <BigNumber label={t('orders.pay.billerCode')} number={instructions.billerCode} testId="biller-code" />}
          {instructions.billKey && <BigNumber label={t('orders.pay.billKey')} number={instructions.billKey} testId="bill-key" />}
        </>
      );
    case 'payment_code':
      return instructions.paymentCode ? <BigNumber label={t('orders.pay.paymentCode')} number={instructions.paymentCode} testId="payment-code" /> : null;
    case 'qr_code':
    case 'deeplink_and_qr':
      return (
        <div className="pay-qr">
          {instructions.qrImageDataUrl && <img className="pay-qr__image" src={instructions.qrImageDataUrl} alt={t('orders.pay.qrAlt')} width="240" height="240" data-testid="qr-image" />}
          <p className="hint">{t('orders.pay.qrHint')}</p>
          {payment.state === 'pending' && instructions.payerUrl && (
            <Link className="button button--ghost button--small" to={simulatorLink(payment)} target="_blank" rel="noopener">
              <IconLabel icon={IconArrowRight}>{t('orders.pay.openQrLink')}</IconLabel>
            </Link>
          )}
        </div>
      );
    case 'cash_on_delivery':
      return <p className="note">{t('orders.pay.cod')}</p>;
  }
}

function BigNumber({ label, number, testId }: { label: string; number: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="big-number">
      <p className="big-number__label">{label}</p>
      <p className="big-number__value" data-testid={testId} data-number={number} aria-label={number}>
        {groupDigits(number)}
      </p>
      <CopyButton text={number} label={t('orders.pay.copyLabel', { label })} />
    </div>
  );
}
