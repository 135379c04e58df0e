// One key per tap of "Kirim pesanan demo" or "Jalankan skenario": a double click, or the retry of a tap whose answer
// was lost, reaches the API with the same key and happens once. crypto.randomUUID() exists only on https or
// localhost, and the hall's laptop is reached over plain http on the LAN, so the UUID comes from getRandomValues.

/** A random UUID v4. */
export function newTapKey(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
