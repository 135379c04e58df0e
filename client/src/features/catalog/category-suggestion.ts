// The category suggested from what the trainee typed as the product's name, so the form picks it for her: the
// words of the class's own products first (palm sugar, salted duck eggs, bamboo, fish, cassava), then the
// general food and craft words. The first rule whose word is in the title wins. A suggestion also says whether
// food keeps (gula aren keeps for months): the form shows both and she can change them with one tap.
import type { ProductCategory } from './api/product-types';

export interface CategorySuggestion {
  category: ProductCategory;
  /** For food: whether it spoils within days (null when the form must ask). */
  perishable: boolean | null;
}

interface Rule extends CategorySuggestion {
  /** Whole words or phrases, lower case ("teh" is not found inside "tehnik"). */
  words: readonly string[];
}

const RULES: readonly Rule[] = [
  { category: 'gula-aren', perishable: false, words: ['gula aren', 'gula merah', 'gula semut', 'gula kelapa', 'gula jawa', 'nira', 'aren', 'palm sugar'] },
  { category: 'telur-bebek', perishable: true, words: ['telur bebek', 'telur asin', 'telor asin', 'telor bebek', 'salted egg', 'duck egg'] },
  { category: 'kerajinan-bambu', perishable: null, words: ['bambu', 'tampah', 'besek', 'tampir', 'tenggok', 'bakul', 'anyaman bambu', 'bamboo'] },
  { category: 'ikan-air-tawar', perishable: true, words: ['ikan', 'lele', 'nila', 'gurame', 'gurami', 'patin', 'mujair', 'bawal', 'fish', 'catfish'] },
  { category: 'olahan-singkong', perishable: true, words: ['singkong', 'tiwul', 'gethuk', 'getuk', 'opak', 'tapai', 'tape', 'keripik singkong', 'cassava'] },
  {
    category: 'makanan-lain',
    perishable: null,
    words: ['keripik', 'kerupuk', 'sambal', 'kue', 'roti', 'madu', 'kopi', 'teh', 'emping', 'dodol', 'rengginang', 'abon', 'beras', 'jahe', 'honey', 'coffee', 'chips'],
  },
  {
    category: 'kerajinan-lain',
    perishable: null,
    words: ['anyaman', 'rajut', 'tas', 'tikar', 'pandan', 'rotan', 'batik', 'tapis', 'sulam', 'gerabah', 'kerajinan', 'handmade', 'bag', 'rattan'],
  },
];

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The category the title points to, or undefined when no rule knows its words. */
export function suggestCategory(title: string): CategorySuggestion | undefined {
  const tidy = normalise(title);
  if (tidy.trim() === '') return undefined;
  const rule = RULES.find((r) => r.words.some((word) => tidy.includes(` ${word} `)));
  return rule ? { category: rule.category, perishable: rule.perishable } : undefined;
}
