// Pure: the bank list (data in banks.json), account-number rules per bank, the simulated name check ("cek rekening")
// and masking. Table-tested in bank-rules.spec.ts.
import banksFile from './banks.json' with { type: 'json' };

export interface Bank {
  code: string;
  /** What sellers see in the list: "BCA", "CIMB Niaga". */
  name: string;
  fullName: string;
  /** Allowed account-number lengths, in digits. */
  lengths: number[];
  /** How many characters of the holder name the bank's inquiry returns. */
  nameMax: number;
}

export const BANKS: readonly Bank[] = (banksFile as { banks: Bank[] }).banks;

export function findBank(code: string): Bank | undefined {
  return BANKS.find((bank) => bank.code === code);
}

/** What the seller typed, without the spaces, dots and dashes people put in account numbers. */
export function normaliseAccountNumber(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

export type AccountNumberProblem = 'ACCOUNT_NUMBER_DIGITS' | 'ACCOUNT_NUMBER_LENGTH';

export function accountNumberProblem(bank: Bank, accountNumber: string): AccountNumberProblem | null {
  if (!/^\d+$/.test(accountNumber)) return 'ACCOUNT_NUMBER_DIGITS';
  if (!bank.lengths.includes(accountNumber.length)) return 'ACCOUNT_NUMBER_LENGTH';
  return null;
}

/** A holder name must have at least two letters (3–60 characters in all, checked by the DTO). */
export function holderNameOk(name: string): boolean {
  return (name.match(/\p{L}/gu) ?? []).length >= 2;
}

/**
 * The simulated bank inquiry: the name as the bank's records print it — capitals, letters and single spaces only
 * (titles' dots and commas dropped, accents folded), cut at the bank's length even mid-word, as banks do.
 */
export function bankHolderName(typed: string, nameMax: number): string {
  const letters = typed
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return letters.slice(0, nameMax).trim();
}

/** Everywhere but to the account's owner: "•••• 7890". */
export function maskAccountNumber(accountNumber: string): string {
  return `•••• ${accountNumber.slice(-4)}`;
}
