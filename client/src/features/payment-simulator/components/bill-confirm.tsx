import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconCheck, IconLock } from '../../../shared/ui/icons';
import { parseRupiahInput } from '../amount-input';
import { payBill } from '../api/pay-bill';
import type { PayerBill, PayerReceipt } from '../api/simulator-types';

const CLOSED_REASON = { settlement: 'ALREADY_PAID', expire: 'VA_EXPIRED', cancel: 'VA_CLOSED' } as const;

/** The bill found (recipient, amount, expiry: as a real VA inquiry, nothing of the order behind it), the amount typed by the payer, and "Bayar". */
export function BillConfirm({ bill, onPaid }: { bill: PayerBill; onPaid: (receipt: PayerReceipt) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [amountText, setAmountText] = useState('');
  const [tried, setTried] = useState(false);
  const pay = useSubmit(payBill);
  const amount = parseRupiahInput(amountText);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (amount === null) return;
    const receipt = await pay.run(bill.channel, bill.number, amount);
    if (receipt) onPaid(receipt);
  };

  return (
    <form className="sim-card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="bill">
      <h2 className="sim-card__title">{t('simulator.bill.title')}</h2>
      <dl className="sim-facts">
        <div>
          <dt>{t(`simulator.channels.${bill.channel}`)}</dt>
          <dd className="sim-mono">{bill.number}</dd>
        </div>
        <div>
          <dt>{t('simulator.bill.recipient')}</dt>
          <dd data-testid="bill-recipient">{bill.recipient}</dd>
        </div>
        <div>
          <dt>{t('simulator.bill.amount')}</dt>
          <dd className="sim-amount" data-testid="bill-amount">
            {formatRupiah(bill.amount)}
          </dd>
        </div>
        <div>
          <dt>{t('simulator.bill.expires')}</dt>
          <dd data-testid="bill-expires">{formatWibDateTime(bill.expiresAt)}</dd>
        </div>
      </dl>

      {bill.status === 'pending' ? (
        <>
          <div className="field">
            <label className="field__label" htmlFor={id}>
              {t('simulator.bill.enterAmount')}
            </label>
            <input
              className="field__input sim-mono"
              id={id}
              name="amount"
              inputMode="numeric"
              autoComplete="off"
              placeholder="0"
              value={amountText}
              onChange={(event) => setAmountText(event.target.value)}
              aria-invalid={tried && amount === null ? true : undefined}
            />
            {amount !== null && <span className="field__hint">{t('simulator.bill.readback', { amount: formatRupiah(amount) })}</span>}
            {tried && amount === null && <span className="field__feedback field__feedback--invalid">{t('simulator.bill.amountRequired')}</span>}
          </div>
          <ErrorNote error={pay.error} />
          <button type="submit" className="button sim-button" disabled={pay.pending} aria-busy={pay.pending}>
            <IconLabel icon={IconLock}>{pay.pending ? t('simulator.bill.paying') : t('simulator.bill.pay')}</IconLabel>
          </button>
        </>
      ) : (
        <p className="error-note" data-testid="bill-closed" data-code={CLOSED_REASON[bill.status]}>
          <IconAlert />
          <span>{t(`errors.${refusalKey(CLOSED_REASON[bill.status])}`)}</span>
        </p>
      )}
    </form>
  );
}

function refusalKey(code: (typeof CLOSED_REASON)[keyof typeof CLOSED_REASON]) {
  switch (code) {
    case 'ALREADY_PAID':
      return 'alreadyPaid' as const;
    case 'VA_EXPIRED':
      return 'vaExpired' as const;
    case 'VA_CLOSED':
      return 'vaClosed' as const;
  }
}

/** "Pembayaran Berhasil": what a bank app shows after a transfer. */
export function Receipt({ receipt, onDone }: { receipt: PayerReceipt; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="sim-card sim-receipt" data-testid="receipt" aria-labelledby="receipt-title">
      <p className="sim-receipt__icon">
        <IconCheck />
      </p>
      <h2 className="sim-card__title" id="receipt-title">
        {t('simulator.receipt.title')}
      </h2>
      <p className="sim-amount">{formatRupiah(receipt.amount)}</p>
      <dl className="sim-facts">
        <div>
          <dt>{t('simulator.bill.recipient')}</dt>
          <dd>{receipt.recipient}</dd>
        </div>
        <div>
          <dt>{t('simulator.receipt.time')}</dt>
          <dd data-testid="receipt-time">{formatWibDateTime(receipt.paidAt)}</dd>
        </div>
        <div>
          <dt>{t('simulator.receipt.reference')}</dt>
          <dd className="sim-mono">{receipt.transactionId.slice(0, 8).toUpperCase()}</dd>
        </div>
      </dl>
      <p className="sim-receipt__note" data-testid="merchant-notified">
        {receipt.merchantNotified ? t('simulator.receipt.notified') : t('simulator.receipt.notifyLater')}
      </p>
      <button type="button" className="button sim-button" onClick={onDone}>
        <IconLabel icon={IconCheck}>{t('simulator.receipt.done')}</IconLabel>
      </button>
    </section>
  );
}
