// A shop name as the API accepts it (api/src/catalog/dto/shop.dto.ts): 3–60 characters, spaces tidied.
export const SHOP_NAME_MIN = 3;
export const SHOP_NAME_MAX = 60;

export function tidyShopName(input: string): string {
  return input.replace(/\s+/g, ' ').trim();
}

export type ShopNameProblem = 'tooShort' | 'tooLong' | undefined;

export function checkShopName(input: string): ShopNameProblem {
  const name = tidyShopName(input);
  if (name.length < SHOP_NAME_MIN) return 'tooShort';
  if (name.length > SHOP_NAME_MAX) return 'tooLong';
  return undefined;
}

/** The shop's description ("Keterangan toko"), as the API accepts it. */
export const SHOP_DESCRIPTION_MAX = 500;
