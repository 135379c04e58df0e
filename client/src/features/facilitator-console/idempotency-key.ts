// Idempotency keys for the console's buttons (the API stores each use case's effect under the key, per class).
// "Kirim pesanan demo": one key per intended batch, kept until it is answered, so a double click or the retry of a
// tap whose answer was lost happens once; two facilitators who each send a batch on purpose make two batches.
// "Jalankan skenario": a key derived from what the facilitator saw (`intentKey`), so two facilitators who tap the
// same scenario for the same trainee on the same screen start ONE run. crypto.randomUUID() exists only on https or
// localhost, and the hall's laptop is reached over plain http on the LAN, so the UUID comes from getRandomValues.
import { newIdempotencyKey } from '../../shared/api/idempotency-key';

/** A fresh key per intended demo batch: the client's one random key. */
export const newTapKey = newIdempotencyKey;

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
