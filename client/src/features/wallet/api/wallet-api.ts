// The wallet's API calls and shapes, named once from the generated schema.
import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

type Schemas = components['schemas'];
export type WalletView = Schemas['WalletView'];
export type WalletHistoryLine = Schemas['WalletHistoryLine'];
export type HeldOrder = Schemas['HeldOrderView'];
export type BankView = Schemas['BankView'];
export type BankAccountView = Schemas['BankAccountView'];
export type BankAccountCheck = Schemas['BankAccountCheckView'];
export type BankAccountCheckRequest = Schemas['BankAccountCheckRequest'];
export type Withdrawal = Schemas['WithdrawalView'];
export type LedgerEntryKind = Schemas['LedgerEntryKind'];

/** GET /api/wallet: "Saldo Penjual" — balances, held orders, history, bank account, withdrawals, fees. */
export function getWallet(signal?: AbortSignal) {
  return callApi(api.GET('/api/wallet', { signal }));
}

/** GET /api/wallet/banks: the banks and their account-number lengths. */
export function getBanks(signal?: AbortSignal) {
  return callApi(api.GET('/api/wallet/banks', { signal }));
}

/** POST /api/wallet/bank-account/check: "Cek rekening" — the holder name as the bank returns it. */
export function checkBankAccount(body: BankAccountCheckRequest) {
  return callApi(api.POST('/api/wallet/bank-account/check', { body }));
}

/** PUT /api/wallet/bank-account: saves the account once the seller confirmed the bank's name is hers. */
export function registerBankAccount(body: BankAccountCheckRequest & { confirmedHolderName: string; confirmOwn: boolean }) {
  return callApi(api.PUT('/api/wallet/bank-account', { body }));
}

/** POST /api/wallet/withdrawals: "Tarik Dana"; the key makes a double tap one withdrawal. */
export function requestWithdrawal(idempotencyKey: string, amount: number) {
  return callApi(api.POST('/api/wallet/withdrawals', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: { amount } }));
}
