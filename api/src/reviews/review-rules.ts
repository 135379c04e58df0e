// Pure: what makes a review (ulasan) acceptable, and the product's average as the product page shows it.

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const REVIEW_TEXT_MIN = 3;
export const REVIEW_TEXT_MAX = 500;

export const REVIEW_PROBLEMS = ['RATING_OUT_OF_RANGE', 'REVIEW_TEXT_TOO_SHORT', 'REVIEW_TEXT_TOO_LONG'] as const;
export type ReviewProblem = (typeof REVIEW_PROBLEMS)[number];

/** Whitespace runs become one space; the ends are trimmed. */
export function tidyReviewText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function reviewProblem(input: { rating: number; text: string }): ReviewProblem | null {
  if (!Number.isInteger(input.rating) || input.rating < RATING_MIN || input.rating > RATING_MAX) return 'RATING_OUT_OF_RANGE';
  const text = tidyReviewText(input.text);
  if (text.length < REVIEW_TEXT_MIN) return 'REVIEW_TEXT_TOO_SHORT';
  if (text.length > REVIEW_TEXT_MAX) return 'REVIEW_TEXT_TOO_LONG';
  return null;
}

/** "4,5 dari 5": one decimal, rounded half up; null when nobody reviewed yet. */
export function averageRating(sum: number, count: number): number | null {
  if (count === 0) return null;
  return Math.round((sum / count) * 10 + 1e-9) / 10;
}

/** Who may review an order: its buyer, once the order is COMPLETED, each product of it once. */
export function reviewRefusal(order: { state: string; buyerId: string }, callerId: string): 'NOT_YOUR_ORDER' | 'REVIEW_NOT_YET' | null {
  if (order.buyerId !== callerId) return 'NOT_YOUR_ORDER';
  if (order.state !== 'COMPLETED') return 'REVIEW_NOT_YET';
  return null;
}
