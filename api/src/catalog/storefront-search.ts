// The storefront's word search: what a buyer types becomes a PostgreSQL tsquery in which every word must
// match the start of a word of the title or description ("gula ar" finds "Gula Aren"). Only letters and
// digits reach the query, so quotes, `&`, `|`, `!`, `:` and parentheses can never change its meaning.

export const STOREFRONT_SORTS = ['newest', 'price_asc', 'price_desc'] as const;
export type StorefrontSort = (typeof STOREFRONT_SORTS)[number];

const MAX_WORDS = 8;
const MAX_WORD_CHARS = 40;

/** `'gula aren'` → `'gula:* & aren:*'`; null when nothing searchable was typed. */
export function prefixTsQuery(text: string | undefined): string | null {
  const folded = (text ?? '').normalize('NFKC').toLowerCase();
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words.map((word) => word.slice(0, MAX_WORD_CHARS)))].slice(0, MAX_WORDS);
  return unique.length > 0 ? unique.map((word) => `${word}:*`).join(' & ') : null;
}
