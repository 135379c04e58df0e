import { prefixTsQuery } from './storefront-search.js';

describe('prefixTsQuery: what a buyer types → a safe prefix tsquery', () => {
  it.each<[string, string | undefined, string | null]>([
    ['two words', 'gula aren', 'gula:* & aren:*'],
    ['the start of a word', 'anyam', 'anyam:*'],
    ['capitals and extra spaces', '  Gula   AREN ', 'gula:* & aren:*'],
    ['a repeated word once', 'gula gula', 'gula:*'],
    ['digits and units', 'telur 10 butir', 'telur:* & 10:* & butir:*'],
    ['a hyphenated word as its parts', 'gula-aren', 'gula:* & aren:*'],
    ['quotes and an apostrophe', `gula' OR '1'='1`, 'gula:* & or:* & 1:*'],
    ['tsquery operators', 'gula & !aren | (bambu):*', 'gula:* & aren:* & bambu:*'],
    ['a SQL comment', 'aren; DROP TABLE product; --', 'aren:* & drop:* & table:* & product:*'],
    ['only punctuation', `&|!'"():*`, null],
    ['nothing', '', null],
    ['no parameter', undefined, null],
  ])('%s: %j → %j', (_case, text, expected) => {
    expect(prefixTsQuery(text)).toBe(expected);
  });

  it('keeps at most 8 words of at most 40 characters', () => {
    const query = prefixTsQuery(`${'a'.repeat(60)} b c d e f g h i j`)!;
    expect(query.split(' & ')).toHaveLength(8);
    expect(query.startsWith(`${'a'.repeat(40)}:*`)).toBe(true);
  });
});
