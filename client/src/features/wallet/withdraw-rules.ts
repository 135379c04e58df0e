// Pure: what the Tarik Dana form says before anything is sent (the server checks the same, under a lock).

export interface WithdrawLimits {
  available: number;
  minWithdrawal: number;
  withdrawalFee: number;
}

export type WithdrawCheck =
  | { ok: true; amount: number; fee: number; net: number }
  | { ok: false; reason: 'empty' | 'belowMinimum' | 'aboveBalance' };

/** Digits only: "50.000" and "Rp 50000" are both 50000. */
export function parseAmount(input: string): number | null {
  const digits = input.replace(/\D/g, '');
  if (digits === '') return null;
  const amount = Number(digits);
  return Number.isSafeInteger(amount) ? amount : null;
}

/** The bank receives the amount less the fee; the amount itself leaves the saldo. */
export function checkWithdrawal(input: string, limits: WithdrawLimits): WithdrawCheck {
  const amount = parseAmount(input);
  if (amount === null || amount === 0) return { ok: false, reason: 'empty' };
  if (amount < limits.minWithdrawal) return { ok: false, reason: 'belowMinimum' };
  if (amount > limits.available) return { ok: false, reason: 'aboveBalance' };
  return { ok: true, amount, fee: limits.withdrawalFee, net: amount - limits.withdrawalFee };
}

/** Digits of an account number as typed, grouped by four for reading: "1234 5678 90". */
export function groupDigits(value: string): string {
  return value.replace(/\D/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');
}
