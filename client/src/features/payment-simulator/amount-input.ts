// Pure: an amount as people type it on a phone: "36000", "36.000", "Rp 36.000" → 36000 (whole rupiah).

/** Whole rupiah from what was typed, or null when it is not a positive whole amount. */
export function parseRupiahInput(text: string): number | null {
  const digits = text.replace(/^\s*rp\s*/i, '').replace(/[.\s]/g, '');
  if (!/^\d{1,12}$/.test(digits)) return null;
  const amount = Number(digits);
  return amount >= 1 ? amount : null;
}
