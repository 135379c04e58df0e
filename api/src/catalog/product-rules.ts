// What a product must be to be posted. Limits follow what Shopee and Tokopedia ask of sellers (a title
// window, a bounded price and stock, weight always required for shipping), and the short prohibited list
// follows their banned-goods rules for the goods a village market might try: alcohol, medicines and
// drugs, weapons, fireworks, tobacco. Pure: no Nest, no database.
import type { ProductHintCode, ProductRuleCode } from './catalog.errors.js';
import { PRODUCT_LIMITS, type ProductCategory, type ProductCondition, type ProductStatus, SHELF_LIFE_REQUIRED_FOR } from './product-limits.js';

export interface ProductDraft {
  title: string;
  description: string;
  price: number;
  stock: number;
  weightGrams: number;
  lengthCm: number | null;
  widthCm: number | null;
  heightCm: number | null;
  category: ProductCategory;
  condition: ProductCondition;
  minOrder: number;
  shelfLifeDays: number | null;
  status: ProductStatus;
  /** Media hashes, in gallery order. */
  photoIds: string[];
}

export type ProductCheck =
  | { ok: true; product: ProductDraft; hints: ProductHintCode[] }
  | { ok: false; code: ProductRuleCode; message: string };

const L = PRODUCT_LIMITS;

/**
 * Checks a whole product (a new one, or an existing one with changes applied) and returns it cleaned
 * (spaces collapsed, photos de-duplicated), or the first rule it breaks. `ownedPhotoIds` are the photos
 * the shop's owner uploaded in this class.
 */
export function checkProduct(draft: ProductDraft, ownedPhotoIds: ReadonlySet<string>): ProductCheck {
  const title = draft.title.replace(/\s+/g, ' ').trim();
  const description = draft.description.replace(/\r\n?/g, '\n').trim();
  const refuse = (code: ProductRuleCode, message: string): ProductCheck => ({ ok: false, code, message });

  const titleChars = [...title].length;
  if (titleChars < L.titleMinChars) return refuse('TITLE_TOO_SHORT', `The title needs at least ${L.titleMinChars} characters`);
  if (titleChars > L.titleMaxChars) return refuse('TITLE_TOO_LONG', `The title may have at most ${L.titleMaxChars} characters`);
  if ([...description].length > L.descriptionMaxChars) {
    return refuse('DESCRIPTION_TOO_LONG', `The description may have at most ${L.descriptionMaxChars} characters`);
  }

  const prohibited = findProhibited(`${title}\n${description}`);
  if (prohibited) {
    return refuse(
      'PROHIBITED_PRODUCT',
      `"${prohibited.word}" looks like ${prohibited.reason}, which marketplaces do not allow to be sold (prohibited goods)`,
    );
  }

  if (!isIntegerIn(draft.price, L.priceMin, L.priceMax)) {
    return refuse('INVALID_PRICE', `The price must be whole rupiah from ${L.priceMin} to ${L.priceMax}`);
  }
  if (!isIntegerIn(draft.stock, 0, L.stockMax)) return refuse('INVALID_STOCK', `The stock must be a whole number from 0 to ${L.stockMax}`);
  if (!isIntegerIn(draft.weightGrams, L.weightMinGrams, L.weightMaxGrams)) {
    return refuse('INVALID_WEIGHT', `The weight is required: whole grams from ${L.weightMinGrams} to ${L.weightMaxGrams}`);
  }

  const dimensions = [draft.lengthCm, draft.widthCm, draft.heightCm];
  const given = dimensions.filter((d) => d !== null && d !== undefined);
  if (given.length !== 0 && (given.length !== 3 || !given.every((d) => isIntegerIn(d, L.dimensionMinCm, L.dimensionMaxCm)))) {
    return refuse('INVALID_DIMENSIONS', `Give length, width and height together, each ${L.dimensionMinCm} to ${L.dimensionMaxCm} cm, or none`);
  }

  if (!isIntegerIn(draft.minOrder, 1, L.minOrderMax)) return refuse('INVALID_MIN_ORDER', `The minimum order must be from 1 to ${L.minOrderMax}`);
  if (draft.stock > 0 && draft.minOrder > draft.stock) return refuse('INVALID_MIN_ORDER', 'The minimum order cannot be more than the stock');

  if (draft.shelfLifeDays !== null && draft.shelfLifeDays !== undefined) {
    if (!isIntegerIn(draft.shelfLifeDays, L.shelfLifeMinDays, L.shelfLifeMaxDays)) {
      return refuse('INVALID_SHELF_LIFE', `The shelf life must be from ${L.shelfLifeMinDays} to ${L.shelfLifeMaxDays} days`);
    }
  } else if (SHELF_LIFE_REQUIRED_FOR.includes(draft.category)) {
    return refuse('SHELF_LIFE_REQUIRED', 'This food spoils: give its shelf life in days, so it only ships to buyers it can reach in time');
  }

  const photoIds = [...new Set(draft.photoIds)];
  if (photoIds.length === 0) return refuse('PHOTO_REQUIRED', 'Add at least one photo');
  if (photoIds.length > L.photosMax) return refuse('TOO_MANY_PHOTOS', `At most ${L.photosMax} photos`);
  if (!photoIds.every((id) => ownedPhotoIds.has(id))) return refuse('PHOTO_NOT_FOUND', 'A photo was not found among your uploads; upload it again');

  const hints: ProductHintCode[] = [];
  const words = title.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (titleChars < L.findableTitleChars || words.length < L.findableTitleWords) hints.push('TITLE_HARD_TO_FIND');

  return {
    ok: true,
    product: {
      ...draft,
      title,
      description,
      lengthCm: draft.lengthCm ?? null,
      widthCm: draft.widthCm ?? null,
      heightCm: draft.heightCm ?? null,
      shelfLifeDays: draft.shelfLifeDays ?? null,
      photoIds,
    },
    hints,
  };
}

export type StockChange = { kind: 'set' | 'add'; amount: number };

/** A restock: either set the stock, or add to it (the total stays within the stock limit, checked by the update). */
export function checkStockChange(change: { set?: number; add?: number }): { ok: true; change: StockChange } | { ok: false; code: 'INVALID_STOCK'; message: string } {
  const hasSet = change.set !== undefined && change.set !== null;
  const hasAdd = change.add !== undefined && change.add !== null;
  if (hasSet === hasAdd) return { ok: false, code: 'INVALID_STOCK', message: 'Give either the new stock (set) or how much to add (add)' };
  if (hasSet) {
    return isIntegerIn(change.set!, 0, L.stockMax)
      ? { ok: true, change: { kind: 'set', amount: change.set! } }
      : { ok: false, code: 'INVALID_STOCK', message: `The stock must be a whole number from 0 to ${L.stockMax}` };
  }
  return isIntegerIn(change.add!, 1, L.stockMax)
    ? { ok: true, change: { kind: 'add', amount: change.add! } }
    : { ok: false, code: 'INVALID_STOCK', message: `Add a whole number from 1 to ${L.stockMax}` };
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

// Prohibited goods, as words a seller would write. Whole words only ("sabun" is soap, not "sabu"), and
// hyphenated words stay whole ("arak-arakan" is a parade). A word right after a negation ("tanpa
// alkohol", "tidak mengandung alkohol", "alcohol free") is not a match.
const PROHIBITED: { reason: string; words: string[] }[] = [
  {
    reason: 'an alcoholic drink',
    words: ['alkohol', 'beralkohol', 'alcohol', 'alcoholic', 'miras', 'minuman keras', 'tuak', 'arak', 'ciu', 'bir', 'beer', 'wine', 'anggur merah', 'vodka', 'whisky', 'whiskey', 'liquor', 'soju'],
  },
  {
    reason: 'a medicine or drug',
    words: ['obat', 'obat-obatan', 'narkoba', 'narkotika', 'psikotropika', 'ganja', 'sabu', 'sabu-sabu', 'shabu', 'ekstasi', 'tramadol', 'medicine', 'medicines', 'drug', 'drugs', 'marijuana', 'cannabis'],
  },
  {
    reason: 'a weapon',
    words: ['senjata', 'senjata api', 'pistol', 'senapan', 'airsoft', 'airgun', 'softgun', 'peluru', 'amunisi', 'weapon', 'weapons', 'firearm', 'rifle', 'ammunition'],
  },
  {
    reason: 'fireworks or explosives',
    words: ['petasan', 'mercon', 'kembang api', 'bahan peledak', 'firework', 'fireworks', 'firecracker', 'explosive', 'explosives'],
  },
  {
    reason: 'tobacco or a vape',
    words: ['rokok', 'tembakau', 'cerutu', 'vape', 'vapor', 'e-cigarette', 'cigarette', 'cigarettes', 'cigar', 'tobacco'],
  },
];

const NEGATIONS = new Set(['tanpa', 'bebas', 'non', 'bukan', 'anti', 'no', 'zero', 'without']);
const NEGATING_VERBS = new Set(['mengandung', 'pakai', 'memakai', 'menggunakan', 'ada', 'contain', 'contains']);
const NEGATING_ADVERBS = new Set(['tidak', 'tdk', 'tak', 'gak', 'nggak', 'does', 'not']);

const PROHIBITED_PHRASES = PROHIBITED.flatMap(({ reason, words }) => words.map((word) => ({ reason, word, tokens: word.split(' ') })));

/** Whole words, lower case, accents folded; hyphenated words stay one token. */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

export function findProhibited(text: string): { word: string; reason: string } | null {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of PROHIBITED_PHRASES) {
      if (!phrase.tokens.every((token, offset) => tokens[i + offset] === token)) continue;
      if (isNegated(tokens, i, phrase.tokens.length)) continue;
      return { word: phrase.word, reason: phrase.reason };
    }
  }
  return null;
}

function isNegated(tokens: string[], start: number, length: number): boolean {
  const before = tokens[start - 1];
  const twoBefore = tokens[start - 2];
  if (before && NEGATIONS.has(before)) return true;
  if (before && twoBefore && NEGATING_VERBS.has(before) && NEGATING_ADVERBS.has(twoBefore)) return true;
  return tokens[start + length] === 'free';
}
