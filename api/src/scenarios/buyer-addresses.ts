// Pure data: where demo buyers live. Real regencies (idn-area-data codes) with streets and kecamatan as
// Indonesian addresses are written, so a demo order's label and courier price look like a real one.

export interface BuyerAddress {
  street: string;
  district: string | null;
  regencyCode: string;
}

/** Addresses near the workshop (same regency as the trainees' shops): what perishable products can reach. */
const NEAR: Record<string, BuyerAddress[]> = {
  '18.10': [
    { street: 'Jl. Raya Gadingrejo No. 21, RT 002 RW 004', district: 'Gading Rejo', regencyCode: '18.10' },
    { street: 'Jl. Ahmad Yani Gg. Melati No. 5, RT 001 RW 003', district: 'Pringsewu', regencyCode: '18.10' },
    { street: 'Jl. Raya Ambarawa No. 40, RT 003 RW 001', district: 'Ambarawa', regencyCode: '18.10' },
  ],
  '18.71': [
    { street: 'Jl. Teuku Umar No. 48, RT 005 RW 002', district: 'Kedaton', regencyCode: '18.71' },
    { street: 'Jl. Pulau Sebesi No. 17, RT 002 RW 001', district: 'Sukarame', regencyCode: '18.71' },
  ],
};

/** Addresses in cities a day or three away by regular courier, from the same island to across the sea. */
export const CITY_ADDRESSES: readonly BuyerAddress[] = [
  { street: 'Jl. Teuku Umar No. 48, RT 005 RW 002', district: 'Kedaton', regencyCode: '18.71' },
  { street: 'Jl. Kemang Raya No. 12, RT 004 RW 001', district: 'Mampang Prapatan', regencyCode: '31.74' },
  { street: 'Jl. Dipatiukur No. 80, RT 003 RW 005', district: 'Coblong', regencyCode: '32.73' },
  { street: 'Jl. Raya Darmo No. 101, RT 001 RW 002', district: 'Wonokromo', regencyCode: '35.78' },
  { street: 'Jl. Pemuda No. 150, RT 002 RW 003', district: 'Semarang Tengah', regencyCode: '33.74' },
];

/** Across the islands: a perishable product cannot get there in time (the "far-away buyer" lesson). */
export const FAR_ADDRESSES: readonly BuyerAddress[] = [
  { street: 'Jl. Raya Abepura–Kotaraja No. 9, RT 001 RW 003', district: 'Abepura', regencyCode: '91.71' },
  { street: 'Jl. Urip Sumoharjo No. 55, RT 004 RW 002', district: 'Panakkukang', regencyCode: '73.71' },
];

export type Destination = 'near' | 'city' | 'far';

/** An address of this kind; `index` turns through the list so a bulk of demo orders goes to several places. */
export function buyerAddress(kind: Destination, shopRegencyCode: string, index = 0): BuyerAddress {
  if (kind === 'near') {
    const list = NEAR[shopRegencyCode];
    if (list) return list[index % list.length]!;
    return { street: `Jl. Pasar Baru No. ${12 + (index % 40)}, RT 002 RW 001`, district: null, regencyCode: shopRegencyCode };
  }
  const list = kind === 'far' ? FAR_ADDRESSES : CITY_ADDRESSES;
  return list[index % list.length]!;
}

/** "Bu Rahma (Bandar Lampung)" receives parcels as "Bu Rahma". */
export function recipientName(displayName: string): string {
  const name = displayName.replace(/\s*\(.*\)\s*$/, '').trim();
  return name.length >= 2 ? name.slice(0, 60) : 'Pembeli Demo';
}

/** The persona's phone if it is an Indonesian mobile number, else a stable made-up one. */
export function recipientPhone(phone: string | null, seed: string): string {
  if (phone && /^(\+62|62|0)8\d{7,12}$/.test(phone)) return phone;
  let n = 0;
  for (const char of seed) n = (n * 31 + char.charCodeAt(0)) % 100_000_000;
  return `0812${String(n).padStart(8, '0')}`;
}
