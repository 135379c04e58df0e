import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { ConfirmPanel } from '../../../shared/ui/confirm-panel';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconArrowLeft, IconBank, IconCheck, IconClock, IconInfo } from '../../../shared/ui/icons';
import { newIdempotencyKey } from '../../../shared/api/idempotency-key';
import { getWallet, requestWithdrawal, type Withdrawal } from '../api/wallet-api';
import { WalletBalance } from '../components/wallet-balance';
import { touchesShop, WALLET_EVENT_TYPES } from '../wallet-live';
import { checkWithdrawal } from '../withdraw-rules';
import '../wallet.css';

/** /toko/tarik-dana: "Tarik Dana" — from the saldo to the registered account, fee shown, status live. */
export function WithdrawPage() {
  return <ParticipantOnly traineeOnly>{(session) => <Withdraw key={session.id} session={session} />}</ParticipantOnly>;
}

function Withdraw({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const wallet = useApi('wallet', getWallet);
  const [amountText, setAmountText] = useState('');
  // One key per amount the seller settles on: a double tap or a retry of the same request is one withdrawal.
  const [key, setKey] = useState(newIdempotencyKey);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Withdrawal | null>(null);
  const submit = useSubmit(requestWithdrawal);
  const live = useClassEvents({
    classId: session.classId,
    token: session.token,
    types: WALLET_EVENT_TYPES,
    onEvent: (event) => {
      if (touchesShop(event, session.shopId)) wallet.reload();
    },
    onResync: () => wallet.reload(),
  });

  const data = wallet.data;
  const setAmount = (text: string) => {
    setAmountText(text);
    setKey(newIdempotencyKey());
    setConfirming(false);
    setDone(null);
    submit.clearError();
  };

  const onConfirm = async (amount: number) => {
    const result = await submit.run(key, amount);
    setConfirming(false);
    if (result) {
      setDone(result);
      setAmountText('');
      setKey(newIdempotencyKey());
      wallet.reload();
    }
  };

  const check = data
    ? checkWithdrawal(amountText, { available: data.balance.available, minWithdrawal: data.settings.minWithdrawal, withdrawalFee: data.settings.withdrawalFee })
    : null;
  const bank = data?.bankAccount ?? null;

  return (
    <div className="page wallet-page" data-testid="withdraw-page" data-live={live}>
      <Link className="button button--ghost button--small back-link" to={appPaths.wallet}>
        <IconLabel icon={IconArrowLeft}>{t('wallet.backToWallet')}</IconLabel>
      </Link>
      <h1>{t('wallet.withdrawTitle')}</h1>
      <ErrorNote error={wallet.error} />
      {wallet.loading && <p className="page-loading">{t('app.loading')}</p>}
      {data && (
        <>
          <WalletBalance available={data.balance.available} held={data.balance.held} />
          {!bank || bank.rejected ? (
            <div className="note note--block" data-testid="withdraw-needs-bank">
              <p className="note__title">
                <IconAlert />
                <span>{bank ? t('wallet.bank.rejected') : t('wallet.needBank')}</span>
              </p>
              <Link className="button button--primary" to={appPaths.bankAccount}>
                <IconLabel icon={IconBank}>{t('wallet.addBankAccount')}</IconLabel>
              </Link>
            </div>
          ) : (
            <form className="form card" onSubmit={(e) => e.preventDefault()} data-testid="withdraw-form">
              <p className="card__line">
                <IconBank />
                <span>{t('wallet.toAccount', { bank: bank.bankName, number: bank.maskedNumber, name: bank.holderName })}</span>
              </p>
              <label className="field">
                <span className="field__label">{t('wallet.amount')}</span>
                <input
                  className="field__input"
                  inputMode="numeric"
                  value={amountText}
                  onChange={(e) => setAmount(e.target.value)}
                  placeholder={formatRupiah(data.settings.minWithdrawal)}
                  data-testid="withdraw-amount"
                />
                <span className="field__hint">
                  {t('wallet.amountHint', { min: formatRupiah(data.settings.minWithdrawal), fee: formatRupiah(data.settings.withdrawalFee) })}
                </span>
              </label>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  // The whole saldo, written as rupiah are read ("25.650", never "25650"), straight to the last question.
                  setAmount(formatRupiah(data.balance.available).replace(/^Rp /, ''));
                  setConfirming(true);
                }}
                disabled={data.balance.available < data.settings.minWithdrawal}
                data-testid="withdraw-all"
              >
                {t('wallet.withdrawAll')}
              </button>
              {check && !check.ok && check.reason !== 'empty' && (
                <p className="field__feedback field__feedback--invalid" data-testid="withdraw-problem">
                  <IconAlert />
                  <span>
                    {check.reason === 'belowMinimum'
                      ? t('wallet.belowMinimum', { min: formatRupiah(data.settings.minWithdrawal) })
                      : t('wallet.aboveBalance', { available: formatRupiah(data.balance.available) })}
                  </span>
                </p>
              )}
              {check?.ok && (
                <dl className="wallet-summary" data-testid="withdraw-summary">
                  <dt>{t('wallet.summary.amount')}</dt>
                  <dd>{formatRupiah(check.amount)}</dd>
                  <dt>{t('wallet.summary.fee')}</dt>
                  <dd>-{formatRupiah(check.fee)}</dd>
                  <dt className="wallet-summary__total">{t('wallet.summary.net')}</dt>
                  <dd className="wallet-summary__total" data-testid="withdraw-net">
                    {formatRupiah(check.net)}
                  </dd>
                </dl>
              )}
              <ErrorNote error={submit.error} />
              {check?.ok && !confirming && (
                <button type="button" className="button button--primary" onClick={() => setConfirming(true)} data-testid="withdraw-submit">
                  <IconLabel icon={IconBank}>{t('wallet.withdraw')}</IconLabel>
                </button>
              )}
              {check?.ok && confirming && (
                <ConfirmPanel
                  title={t('wallet.confirmTitle', { net: formatRupiah(check.net), bank: bank.bankName, number: bank.maskedNumber })}
                  confirmLabel={t('wallet.confirmWithdraw')}
                  confirmIcon={IconCheck}
                  pending={submit.pending}
                  onConfirm={() => void onConfirm(check.amount)}
                  onCancel={() => setConfirming(false)}
                />
              )}
            </form>
          )}
          {done && (
            <p className="note note--ok" role="status" data-testid="withdraw-done">
              <IconCheck className="note__icon" />
              <span>{t('wallet.requested', { net: formatRupiah(done.net), at: formatWibDateTime(done.dueAt) })}</span>
            </p>
          )}
          <section className="wallet-section" aria-labelledby="withdrawals-title">
            <h2 id="withdrawals-title">{t('wallet.withdrawalsTitle')}</h2>
            {data.withdrawals.length === 0 ? (
              <p className="hint">{t('wallet.withdrawalsEmpty')}</p>
            ) : (
              <ul className="wallet-list" data-testid="withdrawals">
                {data.withdrawals.map((w) => (
                  <WithdrawalItem key={w.id} withdrawal={w} />
                ))}
              </ul>
            )}
          </section>
          <p className="note">
            <IconInfo className="note__icon" />
            <span>{t('wallet.withdrawNote')}</span>
          </p>
        </>
      )}
    </div>
  );
}

function WithdrawalItem({ withdrawal: w }: { withdrawal: Withdrawal }) {
  const { t } = useTranslation();
  const Icon = w.status === 'success' ? IconCheck : w.status === 'failed' ? IconAlert : IconClock;
  return (
    <li className="wallet-list__item" data-testid="withdrawal" data-status={w.status}>
      <div className="wallet-list__main">
        <span className={`wallet-status wallet-status--${w.status}`} data-testid="withdrawal-status">
          <Icon />
          <span>{t(`wallet.status.${w.status}`)}</span>
        </span>
        <span className="hint">
          {w.bankName} {w.maskedNumber} · {formatWibDateTime(w.requestedAt)}
        </span>
        {w.status === 'processing' && <span className="hint">{t('wallet.processingUntil', { at: formatWibDateTime(w.dueAt) })}</span>}
        {w.status === 'failed' && <span className="hint">{t('wallet.failedReturned')}</span>}
        <span className="hint">{t('wallet.netLine', { net: formatRupiah(w.net), fee: formatRupiah(w.fee) })}</span>
      </div>
      <strong className="wallet-list__amount">{formatRupiah(w.amount)}</strong>
    </li>
  );
}
