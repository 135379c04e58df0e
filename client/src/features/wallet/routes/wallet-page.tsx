import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths, linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconBank, IconClock, IconInfo, IconReceipt, IconStore } from '../../../shared/ui/icons';
import { getWallet, type HeldOrder, type WalletHistoryLine } from '../api/wallet-api';
import { WalletBalance } from '../components/wallet-balance';
import { touchesShop, WALLET_EVENT_TYPES } from '../wallet-live';
import '../wallet.css';

/** /toko/saldo: "Saldo Penjual" — what can be withdrawn, what is held and why, and every movement. */
export function WalletPage() {
  return <ParticipantOnly traineeOnly>{(session) => <Wallet key={session.id} session={session} />}</ParticipantOnly>;
}

function Wallet({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const wallet = useApi('wallet', getWallet);
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

  return (
    <div className="page wallet-page" data-testid="wallet-page" data-live={live}>
      <Link className="button button--ghost button--small back-link" to={appPaths.shop}>
        <IconLabel icon={IconArrowLeft}>{t('wallet.backToShop')}</IconLabel>
      </Link>
      <h1>{t('wallet.title')}</h1>
      <ErrorNote error={wallet.error} />
      {wallet.loading && <p className="page-loading">{t('app.loading')}</p>}
      {data && (
        <>
          <WalletBalance available={data.balance.available} held={data.balance.held} />
          <p className="note">
            <IconInfo className="note__icon" />
            <span>{t('wallet.howItWorks', { percent: data.settings.sellerFeePercent })}</span>
          </p>
          <nav className="home-links" aria-label={t('wallet.actionsLabel')}>
            <Link className="button button--primary" to={appPaths.withdraw} data-testid="link-withdraw">
              <IconLabel icon={IconBank}>{t('wallet.withdraw')}</IconLabel>
            </Link>
            <Link className="button button--secondary" to={appPaths.bankAccount} data-testid="link-bank-account">
              <IconLabel icon={IconReceipt}>{data.bankAccount ? t('wallet.bankAccountShort', { bank: data.bankAccount.bankName, number: data.bankAccount.maskedNumber }) : t('wallet.addBankAccount')}</IconLabel>
            </Link>
            <Link className="button button--secondary" to={appPaths.promotions} data-testid="link-promotions">
              <IconLabel icon={IconStore}>{t('wallet.promote')}</IconLabel>
            </Link>
          </nav>

          <section className="wallet-section" aria-labelledby="wallet-held-title">
            <h2 id="wallet-held-title">{t('wallet.heldTitle')}</h2>
            {data.held.length === 0 ? <p className="hint">{t('wallet.heldEmpty')}</p> : <HeldList items={data.held} />}
          </section>

          <section className="wallet-section" aria-labelledby="wallet-history-title">
            <h2 id="wallet-history-title">{t('wallet.historyTitle')}</h2>
            {data.history.length === 0 ? <p className="hint">{t('wallet.historyEmpty')}</p> : <HistoryList lines={data.history} />}
          </section>
        </>
      )}
    </div>
  );
}

/**
 * "INV/20261215/PL/0002" in a narrow column: it may break after a slash only, never inside a number (a break there
 * reads as two numbers). Unicode allows no break after a slash before a digit, so each slash is followed by a <wbr>.
 */
function Invoice({ number }: { number: string }) {
  const parts = number.split('/');
  return (
    <span>
      {parts.map((part, index) => (index < parts.length - 1 ? [`${part}/`, <wbr key={index} />] : part))}
    </span>
  );
}

function HeldList({ items }: { items: HeldOrder[] }) {
  const { t } = useTranslation();
  return (
    <ul className="wallet-list" data-testid="wallet-held-list">
      {items.map((item) => (
        <li key={item.orderId} className="wallet-list__item">
          <div className="wallet-list__main">
            <Link to={linkTo.shopOrder(item.orderId)} className="wallet-list__link">
              <Invoice number={item.invoiceNumber} />
            </Link>
            <span className="wallet-list__why">
              <IconClock />
              <span>{t(item.waitingKey as 'wallet.waiting.PAID')}</span>
            </span>
            {item.dueAt && <span className="hint">{t(`wallet.waitingDue.${item.state}`, { at: formatWibDateTime(item.dueAt) })}</span>}
          </div>
          <strong className="wallet-list__amount">{formatRupiah(item.amount)}</strong>
        </li>
      ))}
    </ul>
  );
}

function HistoryList({ lines }: { lines: WalletHistoryLine[] }) {
  const { t } = useTranslation();
  return (
    <ul className="wallet-list" data-testid="wallet-history">
      {lines.map((line) => (
        <li key={line.id} className="wallet-list__item" data-kind={line.kind}>
          <div className="wallet-list__main">
            <span className="wallet-list__title">{t(`wallet.kind.${line.kind}`)}</span>
            <span className="hint">
              {t(`wallet.account.${line.account}`)} · {formatWibDateTime(line.at)}
            </span>
            {line.orderId && line.invoiceNumber && (
              <Link to={linkTo.shopOrder(line.orderId)} className="wallet-list__link">
                <Invoice number={line.invoiceNumber} />
              </Link>
            )}
            {line.fee !== null && line.fee > 0 && line.account === 'available' && <span className="hint">{t('wallet.feeTaken', { fee: formatRupiah(line.fee) })}</span>}
          </div>
          <strong className={line.amount < 0 ? 'wallet-list__amount wallet-list__amount--out' : 'wallet-list__amount wallet-list__amount--in'}>
            {line.amount > 0 ? `+${formatRupiah(line.amount)}` : formatRupiah(line.amount)}
          </strong>
        </li>
      ))}
    </ul>
  );
}
