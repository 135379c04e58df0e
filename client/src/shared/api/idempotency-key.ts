// The one Idempotency-Key maker of the client: a random key for each intended action ("Buat Pesanan", "Tarik Dana",
// "Iklankan", a queued product post, a demo-order batch), made when the attempt starts and sent with every try of it.
// crypto.randomUUID() exists only on https or localhost, and a village hall's laptop is reached over plain http on
// the LAN (http://192.168.1.10:3000), so the UUID is built from crypto.getRandomValues, which works everywhere.

/** A random UUID v4, e.g. "3b241101-e2bb-4255-8caf-4136c566a962". */
export function newIdempotencyKey(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A key the server takes (8 to 100 visible ASCII characters, as the API checks it): for a key read back from storage. */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && /^[\x21-\x7e]{8,100}$/.test(value);
}
