import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconArrowLeft, IconArrowRight, IconBank, IconCheck, IconInfo } from '../../../shared/ui/icons';
import { checkBankAccount, getBanks, getWallet, registerBankAccount, type BankAccountCheck, type BankAccountView } from '../api/wallet-api';
import { groupDigits } from '../withdraw-rules';
import '../wallet.css';

/** /toko/rekening: register (or replace) the shop's bank account, with the bank's name check. */
export function BankAccountPage() {
  return <ParticipantOnly traineeOnly>{(session) => <BankAccount key={session.id} />}</ParticipantOnly>;
}

function BankAccount() {
  const { t } = useTranslation();
  const wallet = useApi('wallet', getWallet);
  const banks = useApi('banks', getBanks);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<BankAccountView | null>(null);
  const current = saved ?? wallet.data?.bankAccount ?? null;

  return (
    <div className="page wallet-page" data-testid="bank-account-page">
      <Link className="button button--ghost button--small back-link" to={appPaths.wallet}>
        <IconLabel icon={IconArrowLeft}>{t('wallet.backToWallet')}</IconLabel>
      </Link>
      <h1>{t('wallet.bank.title')}</h1>
      <ErrorNote error={wallet.error ?? banks.error} />
      {(wallet.loading || banks.loading) && <p className="page-loading">{t('app.loading')}</p>}
      {current && !editing && (
        <section className="card" data-testid="bank-account-current">
          <p className="card__eyebrow">
            <IconBank />
            <span>{t('wallet.bank.registered')}</span>
          </p>
          <p className="card__title">
            {current.bankName} {current.accountNumber ? groupDigits(current.accountNumber) : current.maskedNumber}
          </p>
          <p>{t('wallet.bank.holder', { name: current.holderName })}</p>
          {current.rejected && (
            <p className="error-note" role="alert">
              <IconAlert />
              <span>{t('wallet.bank.rejected')}</span>
            </p>
          )}
          {saved && (
            <p className="note note--ok" role="status">
              <IconCheck className="note__icon" />
              <span>{t('wallet.bank.savedNote')}</span>
            </p>
          )}
          <div className="button-row">
            <Link className="button button--primary" to={appPaths.withdraw} data-testid="link-withdraw">
              <IconLabel icon={IconArrowRight}>{t('wallet.withdraw')}</IconLabel>
            </Link>
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {t('wallet.bank.replace')}
            </button>
          </div>
        </section>
      )}
      {banks.data && wallet.data && (!current || editing) && (
        <BankForm
          banks={banks.data}
          onSaved={(account) => {
            setSaved(account);
            setEditing(false);
            wallet.reload();
          }}
        />
      )}
    </div>
  );
}

function BankForm({ banks, onSaved }: { banks: { code: string; name: string; lengths: number[] }[]; onSaved: (account: BankAccountView) => void }) {
  const { t } = useTranslation();
  const [bankCode, setBankCode] = useState('');
  const [accountNumber, setAccountNumber] = useState('');
  const [holderName, setHolderName] = useState('');
  const [checked, setChecked] = useState<BankAccountCheck | null>(null);
  const [confirmOwn, setConfirmOwn] = useState(false);
  const check = useSubmit(checkBankAccount);
  const save = useSubmit(registerBankAccount);
  const bank = banks.find((item) => item.code === bankCode);
  const digits = accountNumber.replace(/\D/g, '');

  // Any change after the check asks for a new check: the name shown must be the one for these details.
  const change = (apply: () => void) => {
    apply();
    setChecked(null);
    setConfirmOwn(false);
    check.clearError();
    save.clearError();
  };

  const onCheck = async (event: FormEvent) => {
    event.preventDefault();
    const result = await check.run({ bankCode, accountNumber: digits, holderName });
    if (result) setChecked(result);
  };

  const onSave = async () => {
    if (!checked) return;
    const account = await save.run({ bankCode, accountNumber: digits, holderName, confirmedHolderName: checked.bankHolderName, confirmOwn });
    if (account) onSaved(account);
  };

  return (
    <form className="form card" onSubmit={onCheck} data-testid="bank-form">
      <p className="note">
        <IconInfo className="note__icon" />
        <span>{t('wallet.bank.intro')}</span>
      </p>
      <label className="field">
        <span className="field__label">{t('wallet.bank.bank')}</span>
        <select className="field__input" value={bankCode} onChange={(e) => change(() => setBankCode(e.target.value))} required data-testid="bank-select">
          <option value="">{t('wallet.bank.chooseBank')}</option>
          {banks.map((item) => (
            <option key={item.code} value={item.code}>
              {item.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('wallet.bank.number')}</span>
        <input
          className="field__input"
          inputMode="numeric"
          autoComplete="off"
          value={accountNumber}
          onChange={(e) => change(() => setAccountNumber(e.target.value))}
          required
          data-testid="bank-number"
        />
        <span className="field__hint">
          {bank ? t('wallet.bank.lengthHint', { bank: bank.name, lengths: bank.lengths.join(` ${t('wallet.bank.or')} `), count: digits.length }) : t('wallet.bank.numberHint')}
        </span>
      </label>
      <label className="field">
        <span className="field__label">{t('wallet.bank.holderName')}</span>
        <input
          className="field__input"
          autoComplete="name"
          value={holderName}
          onChange={(e) => change(() => setHolderName(e.target.value))}
          required
          minLength={3}
          maxLength={60}
          data-testid="bank-holder"
        />
        <span className="field__hint">{t('wallet.bank.holderHint')}</span>
      </label>
      <ErrorNote error={check.error} />
      {!checked && (
        <button type="submit" className="button button--primary" disabled={check.pending} data-testid="bank-check">
          <IconLabel icon={IconBank}>{check.pending ? t('wallet.bank.checking') : t('wallet.bank.check')}</IconLabel>
        </button>
      )}
      {checked && (
        <div className="bank-check" data-testid="bank-check-result" role="status">
          <p>{t('wallet.bank.bankSays', { bank: checked.bankName, number: groupDigits(checked.accountNumber) })}</p>
          <p className="bank-check__name" data-testid="bank-check-name">
            {checked.bankHolderName}
          </p>
          <label className="check-row">
            <input type="checkbox" checked={confirmOwn} onChange={(e) => setConfirmOwn(e.target.checked)} data-testid="bank-confirm-own" />
            <span>{t('wallet.bank.confirmOwn')}</span>
          </label>
          <p className="hint">{t('wallet.bank.notYours')}</p>
          <ErrorNote error={save.error} />
          <button type="button" className="button button--primary" disabled={!confirmOwn || save.pending} onClick={onSave} data-testid="bank-save">
            <IconLabel icon={IconCheck}>{save.pending ? t('wallet.bank.saving') : t('wallet.bank.save')}</IconLabel>
          </button>
        </div>
      )}
    </form>
  );
}
