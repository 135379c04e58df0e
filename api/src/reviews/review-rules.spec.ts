import { averageRating, reviewProblem, reviewRefusal, tidyReviewText } from './review-rules.js';

describe('review rules', () => {
  it.each([
    [{ rating: 5, text: 'Gula arennya wangi, dibungkus rapi.' }, null],
    [{ rating: 1, text: 'Oke' }, null],
    [{ rating: 0, text: 'Lumayan enak' }, 'RATING_OUT_OF_RANGE'],
    [{ rating: 6, text: 'Lumayan enak' }, 'RATING_OUT_OF_RANGE'],
    [{ rating: 4.5, text: 'Lumayan enak' }, 'RATING_OUT_OF_RANGE'],
    [{ rating: 4, text: '  ok  ' }, 'REVIEW_TEXT_TOO_SHORT'],
    [{ rating: 4, text: 'a'.repeat(501) }, 'REVIEW_TEXT_TOO_LONG'],
    [{ rating: 4, text: `${'a'.repeat(250)}     ${'b'.repeat(249)}` }, null],
  ])('%j → %s', (input, problem) => {
    expect(reviewProblem(input)).toBe(problem);
  });

  it('tidies the text', () => {
    expect(tidyReviewText('  Barang\n\nsampai   cepat ')).toBe('Barang sampai cepat');
  });

  it.each([
    [0, 0, null],
    [5, 1, 5],
    [9, 2, 4.5],
    [13, 3, 4.3],
    [14, 3, 4.7],
    [7, 2, 3.5],
    [1, 3, 0.3],
  ])('average of sum %s over %s is %s', (sum, count, average) => {
    expect(averageRating(sum, count)).toBe(average);
  });

  it.each([
    [{ state: 'COMPLETED', buyerId: 'b' }, 'b', null],
    [{ state: 'DELIVERED', buyerId: 'b' }, 'b', 'REVIEW_NOT_YET'],
    [{ state: 'RETURNED', buyerId: 'b' }, 'b', 'REVIEW_NOT_YET'],
    [{ state: 'COMPLETED', buyerId: 'b' }, 's', 'NOT_YOUR_ORDER'],
  ])('order %j reviewed by %s: %s', (order, caller, refusal) => {
    expect(reviewRefusal(order, caller)).toBe(refusal);
  });
});
