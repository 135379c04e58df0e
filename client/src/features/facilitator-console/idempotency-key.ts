// Idempotency keys for the console's buttons (the API stores each use case's effect under the key, per class).
// "Kirim pesanan demo": one key per intended batch, kept until it is answered, so a double click or the retry of a
// tap whose answer was lost happens once; two facilitators who each send a batch on purpose make two batches.
// "Jalankan skenario": a key derived from what the facilitator saw (`intentKey`), so two facilitators who tap the
// same scenario for the same trainee on the same screen start ONE run. crypto.randomUUID() exists only on https or
// localhost, and the hall's laptop is reached over plain http on the LAN, so the UUID comes from getRandomValues.

/** A random UUID v4. */
export function newTapKey(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A key derived from the intended action and the state it was taken on: the same parts give the same key on every
 * laptop. Two 32-bit FNV-1a hashes (of the text and of it reversed): visible ASCII, well under 100 characters.
 */
export function intentKey(action: string, parts: readonly string[]): string {
  const text = parts.join('|');
  return `${action}-${fnv1a(text)}${fnv1a([...text].reverse().join(''))}`;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The key a scenario tap carries: the scenario, the target (a trainee or "all") and the newest run of that scenario
 * for that target the console shows. Both consoles show the same runs (live), so both derive the same key and the API
 * starts one run; once that run shows, the next tap is a new intention and starts a new one.
 */
export function scenarioTapKey(scenarioId: string, target: string, runs: readonly { id: string; scenarioId: string; participantId: string }[] | undefined): string {
  const latest = runs?.find((run) => run.scenarioId === scenarioId && (target === 'all' || run.participantId === target));
  return intentKey('scn', [scenarioId, target, latest?.id ?? 'none']);
}
