// Pure: idn-area-data writes names in UPPER CASE ("KABUPATEN PRINGSEWU"); people read and search
// "Kab. Pringsewu". Abbreviations follow common Indonesian usage (Kab., DKI, DI).

export const REGENCY_TYPES = ['kabupaten', 'kota'] as const;
export type RegencyType = (typeof REGENCY_TYPES)[number];

export interface RegencyNames {
  /** "Pringsewu" for a kabupaten; "Kota Bandar Lampung" for a kota, which keeps its word to tell it apart. */
  name: string;
  type: RegencyType;
  /** What a picker shows: "Kab. Pringsewu", "Kota Bandar Lampung". */
  label: string;
}

/** Words that stay upper case. */
const ACRONYMS = new Set(['DKI', 'DI']);
/** Words that stay lower case unless they open the name. */
const PARTICLES = new Set(['dan']);

/** "NUSA TENGGARA BARAT" → "Nusa Tenggara Barat"; "TOLI-TOLI" → "Toli-Toli"; "PANGKAJENE DAN KEPULAUAN" → "Pangkajene dan Kepulauan". */
export function titleCaseIndonesian(raw: string): string {
  return raw
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word, index) => {
      if (ACRONYMS.has(word.toUpperCase())) return word.toUpperCase();
      const lower = word.toLowerCase();
      if (index > 0 && PARTICLES.has(lower)) return lower;
      // Capitalise the start of each part of "toli-toli" or "(baru)", but not after an apostrophe ("sa'dan").
      return lower.replace(/(^|[-(/.])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}

/** "DAERAH ISTIMEWA YOGYAKARTA" → "DI Yogyakarta"; "DKI JAKARTA" → "DKI Jakarta". */
export function provinceDisplayName(raw: string): string {
  return titleCaseIndonesian(raw.trim().replace(/^DAERAH\s+ISTIMEWA\s+/i, 'DI '));
}

/**
 * "KABUPATEN PRINGSEWU" → Pringsewu (kabupaten, "Kab. Pringsewu").
 * Jakarta's "KOTA ADMINISTRASI" and "KABUPATEN ADMINISTRASI" drop "Administrasi", as people say them.
 */
export function regencyDisplayNames(raw: string): RegencyNames {
  const match = /^(KABUPATEN|KOTA)\s+(?:ADMINISTRASI\s+)?(.+)$/i.exec(raw.trim());
  if (!match) throw new Error(`Regency name "${raw}" starts with neither KABUPATEN nor KOTA`);
  const type: RegencyType = match[1].toUpperCase() === 'KOTA' ? 'kota' : 'kabupaten';
  const base = titleCaseIndonesian(match[2]);
  return type === 'kota'
    ? { name: `Kota ${base}`, type, label: `Kota ${base}` }
    : { name: base, type, label: `Kab. ${base}` };
}
