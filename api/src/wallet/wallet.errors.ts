// Codes the wallet owns (ledger, bank account, withdrawal, settings, promotions); the client translates them by
// `errors.<CODE>`. A missing shop or product is the catalog's; the Idempotency-Key's codes are common.
import { domainErrorsOf } from '../common/errors/domain-error.js';
import { catalogErrors } from '../catalog/catalog.errors.js';

export const WALLET_ERROR_CODES = [
  'UNKNOWN_BANK',
  'ACCOUNT_NUMBER_DIGITS',
  'ACCOUNT_NUMBER_LENGTH',
  'HOLDER_NAME_INVALID',
  'BANK_OWNERSHIP_NOT_CONFIRMED',
  'BANK_NAME_CHECK_CHANGED',
  'BANK_ACCOUNT_NOT_FOUND',
  'BANK_ACCOUNT_REJECTED',
  'WITHDRAWAL_BELOW_MINIMUM',
  'INSUFFICIENT_BALANCE',
  'INVALID_WALLET_SETTINGS',
  'PROMOTION_PRODUCT_INACTIVE',
  'PROMOTION_ALREADY_ACTIVE',
] as const;

const error = domainErrorsOf(WALLET_ERROR_CODES);

export const walletErrors = {
  noShop: catalogErrors.noShop,
  unknownBank: (bankCode: string) => error(400, 'UNKNOWN_BANK', 'This bank is not in the list', { bankCode }),
  accountNumberDigits: () => error(400, 'ACCOUNT_NUMBER_DIGITS', 'An account number has digits only'),
  accountNumberLength: (bankCode: string, lengths: number[]) =>
    error(400, 'ACCOUNT_NUMBER_LENGTH', `A ${bankCode.toUpperCase()} account number has ${lengths.join(' or ')} digits`, { bankCode, lengths }),
  holderNameInvalid: () => error(400, 'HOLDER_NAME_INVALID', 'Write the account holder\'s name'),
  ownershipNotConfirmed: () =>
    error(400, 'BANK_OWNERSHIP_NOT_CONFIRMED', 'Confirm that the name the bank gave is your own'),
  holderNameChanged: () =>
    error(409, 'BANK_NAME_CHECK_CHANGED', 'The name the bank gives differs from the one you confirmed; check the account again'),
  bankAccountNotFound: () => error(404, 'BANK_ACCOUNT_NOT_FOUND', 'No bank account is registered yet'),
  bankAccountRejected: () =>
    error(409, 'BANK_ACCOUNT_REJECTED', 'The bank refused this account (closed); register another one'),
  belowMinimum: (minimum: number) => error(400, 'WITHDRAWAL_BELOW_MINIMUM', `A withdrawal is at least Rp ${minimum}`, { minimum }),
  insufficientBalance: (available: number) => error(409, 'INSUFFICIENT_BALANCE', 'The balance is not enough', { available }),
  invalidSettings: (problems: string[]) => error(400, 'INVALID_WALLET_SETTINGS', problems.join('; ')),
  shopNotInClass: catalogErrors.shopNotFound,
  unbalancedPosting: (problems: string[]) => new Error(`refusing an unbalanced journal entry: ${problems.join(', ')}`),
};

export const promotionErrors = {
  productNotFound: catalogErrors.productNotFound,
  productNotActive: () => error(409, 'PROMOTION_PRODUCT_INACTIVE', 'Only a product on sale can be promoted'),
  alreadyPromoted: (endsAt: string) => error(409, 'PROMOTION_ALREADY_ACTIVE', 'This product is already being promoted', { endsAt }),
  insufficientBalance: (available: number, fee: number) =>
    error(409, 'INSUFFICIENT_BALANCE', 'The balance is not enough for this promotion', { available, fee }),
};
