// Pure: the promotion form's choices and price.

export const PROMOTION_DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function promotionFee(days: number, pricePerDay: number): number {
  return days * pricePerDay;
}

/** Whether the saldo pays for it (the server checks again under the saldo lock). */
export function affordable(days: number, pricePerDay: number, available: number): boolean {
  return promotionFee(days, pricePerDay) <= available;
}
