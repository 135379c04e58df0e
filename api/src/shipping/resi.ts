// Pure: resi (AWB) numbers in each courier's own shape, from the service's `awbFormat` in couriers.json
// ("JP##########": the prefix, then a digit for each #). Uniqueness is the database's job (shipment_resi_key).

/** A fresh resi for this format; `random` gives [0, 1) (Math.random in the app, a fixed sequence in tests). */
export function generateResi(awbFormat: string, random: () => number = Math.random): string {
  let out = '';
  for (const char of awbFormat) out += char === '#' ? String(Math.min(9, Math.floor(random() * 10))) : char;
  return out;
}

/** The regular expression a resi of this format matches, whole. */
export function resiPattern(awbFormat: string): RegExp {
  const body = awbFormat.replace(/[.*+?^${}()|[\]\\-]/g, (char) => `\\${char}`).replace(/#/g, '\\d');
  return new RegExp(`^${body}$`);
}

/** What a person types into Cek Resi, tidied: spaces dropped, letters upper case. Null when it cannot be a resi. */
export function normaliseResi(input: string): string | null {
  const resi = input.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9-]{8,40}$/.test(resi) ? resi : null;
}

/** A number in [0, 1) that a resi always gives the same: where in its ETD range this parcel arrives. */
export function resiFraction(resi: string): number {
  let hash = 2166136261;
  for (const char of resi) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash / 2 ** 32;
}
