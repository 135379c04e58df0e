import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { formatRupiah } from '../../../shared/format/rupiah';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconBank, IconCheck, IconRefresh } from '../../../shared/ui/icons';
import { getClassWallets, getLedgerCheck, type LedgerCheckView } from '../api/class-tools';

/** The ledger check as sentences: "Semua uang tercatat seimbang", or what is off, one line per kind of problem. */
export function ledgerSentences(check: LedgerCheckView): { key: string; params: Record<string, number | string> }[] {
  if (check.ok) return [{ key: 'console.money.balanced', params: { count: check.entryCount } }];
  const lines: { key: string; params: Record<string, number | string> }[] = [];
  if (check.totalSum !== 0) lines.push({ key: 'console.money.totalOff', params: { amount: formatRupiah(Math.abs(check.totalSum)) } });
  if (check.unbalancedEntries.length > 0) lines.push({ key: 'console.money.unbalanced', params: { count: check.unbalancedEntries.length } });
  if (check.negativeBalances.length > 0) lines.push({ key: 'console.money.negative', params: { count: check.negativeBalances.length } });
  for (const order of check.orderMismatches) lines.push({ key: 'console.money.orderOff', params: { invoice: order.invoiceNumber } });
  if (check.withdrawalMismatches.length > 0) lines.push({ key: 'console.money.withdrawalOff', params: { count: check.withdrawalMismatches.length } });
  if (lines.length === 0) lines.push({ key: 'console.money.unknownOff', params: {} });
  return lines;
}

/** "Uang kelas": every shop's saldo, money held (escrow) and withdrawals, and whether the class's ledger balances. */
export function ClassMoneyPanel({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const wallets = useApi(`wallets:${classId}`, (signal) => getClassWallets(classId, signal));
  const check = useApi(`ledger-check:${classId}`, (signal) => getLedgerCheck(classId, signal));
  const loose = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const reload = () => {
    wallets.reload();
    check.reload();
  };

  return (
    <section className="card class-money" aria-labelledby="class-money-title" data-testid="class-money">
      <div className="class-money__head">
        <h2 id="class-money-title" className="section-title">
          <IconBank />
          <span>{t('console.money.title')}</span>
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={reload}>
          <IconLabel icon={IconRefresh}>{t('console.money.reload')}</IconLabel>
        </button>
      </div>
      {check.data && (
        <div className={`class-money__check class-money__check--${check.data.ok ? 'ok' : 'off'}`} data-testid="ledger-sentence" data-ok={check.data.ok} role="status">
          {ledgerSentences(check.data).map((line) => (
            <p key={`${line.key}:${JSON.stringify(line.params)}`}>
              <IconLabel icon={check.data!.ok ? IconCheck : IconAlert}>{loose(line.key, line.params)}</IconLabel>
            </p>
          ))}
        </div>
      )}
      <ErrorNote error={check.error ?? wallets.error} />
      {wallets.data && wallets.data.length === 0 && <p className="hint">{t('console.money.noShops')}</p>}
      {wallets.data && wallets.data.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="class-wallets">
            <thead>
              <tr>
                <th scope="col">{t('console.money.shop')}</th>
                <th scope="col">{t('console.money.available')}</th>
                <th scope="col">{t('console.money.held')}</th>
                <th scope="col">{t('console.money.withdrawn')}</th>
                <th scope="col">{t('console.money.withdrawing')}</th>
                <th scope="col">{t('console.money.bank')}</th>
              </tr>
            </thead>
            <tbody>
              {wallets.data.map((wallet) => (
                <tr key={wallet.shopId} data-testid="class-wallet" data-shop={wallet.shopName}>
                  <th scope="row">{wallet.shopName}</th>
                  <td data-col="available">{formatRupiah(wallet.available)}</td>
                  <td data-col="held">{formatRupiah(wallet.held)}</td>
                  <td data-col="withdrawn">{formatRupiah(wallet.withdrawn)}</td>
                  <td data-col="withdrawing">
                    {formatRupiah(wallet.withdrawing)}
                    {wallet.failedWithdrawals > 0 && <span className="class-money__failed"> · {t('console.money.failed', { count: wallet.failedWithdrawals })}</span>}
                  </td>
                  <td>{wallet.bankAccount ? `${wallet.bankAccount.bankName} ${wallet.bankAccount.accountNumber ?? ''}`.trim() : t('console.money.noBank')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
