import { describe, expect, it } from 'vitest';
import { intentKey, newTapKey, scenarioTapKey } from './idempotency-key';

const SRI = 'aaaaaaaa-0000-4000-8000-000000000001';
const MARNI = 'aaaaaaaa-0000-4000-8000-000000000002';

describe('console idempotency keys', () => {
  it('makes a fresh UUID v4 per intended demo batch', () => {
    const key = newTapKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newTapKey()).not.toBe(key);
  });

  it('derives the same key from the same intention on two laptops, a visible-ASCII key the API accepts', () => {
    const key = intentKey('scn', ['unpaid_order', SRI, 'none']);
    expect(intentKey('scn', ['unpaid_order', SRI, 'none'])).toBe(key);
    expect(key).toMatch(/^[\x21-\x7e]{8,100}$/);
    expect(intentKey('scn', ['unpaid_order', MARNI, 'none'])).not.toBe(key);
  });

  it('gives a scenario tap a new key once the run it started shows, and not before', () => {
    const none = scenarioTapKey('unpaid_order', SRI, []);
    expect(scenarioTapKey('unpaid_order', SRI, undefined)).toBe(none);
    // Another trainee's run, or another scenario's, does not change this intention.
    const others = [
      { id: 'r2', scenarioId: 'unpaid_order', participantId: MARNI },
      { id: 'r1', scenarioId: 'failed_delivery', participantId: SRI },
    ];
    expect(scenarioTapKey('unpaid_order', SRI, others)).toBe(none);
    const afterRun = scenarioTapKey('unpaid_order', SRI, [{ id: 'r3', scenarioId: 'unpaid_order', participantId: SRI }, ...others]);
    expect(afterRun).not.toBe(none);
    // "All trainees" follows the newest run of the scenario, whoever it was for.
    expect(scenarioTapKey('unpaid_order', 'all', others)).not.toBe(scenarioTapKey('unpaid_order', 'all', []));
  });
});
