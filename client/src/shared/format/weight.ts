// Weight as sellers say it: grams below a kilo, kilos above ("1 kg", "1,5 kg"), with the Indonesian
// decimal comma. Weight is whole grams everywhere; only the screen turns it into kilos.
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

function group(digits: string): string {
  return digits.replace(THOUSANDS, '.');
}

/** 500 → "500 gram", 1000 → "1 kg", 1250 → "1,25 kg", 20000 → "20 kg". Throws on anything but whole grams ≥ 0. */
export function formatWeight(grams: number): string {
  if (!Number.isSafeInteger(grams) || grams < 0) {
    throw new RangeError(`formatWeight expects whole grams, got ${grams}`);
  }
  if (grams < 1000) return `${grams} gram`;
  const kilos = Math.floor(grams / 1000);
  // At most three decimals (whole grams), trailing zeros dropped: 1500 → "1,5", 1005 → "1,005".
  const rest = String(grams % 1000).padStart(3, '0').replace(/0+$/, '');
  return rest ? `${group(String(kilos))},${rest} kg` : `${group(String(kilos))} kg`;
}
