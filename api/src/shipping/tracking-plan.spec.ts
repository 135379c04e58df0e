import { COURIER_SERVICES } from './courier-services.js';
import { loadTrackingScripts, parseTrackingScripts, planTracking, travelMs } from './tracking-plan.js';

const scripts = loadTrackingScripts(COURIER_SERVICES.map((s) => s.code));
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const shippedAt = new Date('2026-11-28T03:00:00Z');

describe('tracking plan', () => {
  it.each([
    [{ unit: 'day', min: 2, max: 3 }, 0, 2 * DAY],
    [{ unit: 'day', min: 2, max: 3 }, 0.5, 2.5 * DAY],
    [{ unit: 'day', min: 2, max: 3 }, 0.999, 3 * DAY - 1.44 * 60_000],
    [{ unit: 'day', min: 1, max: 1 }, 0.7, DAY],
    [{ unit: 'hour', min: 1, max: 3 }, 0.5, 2 * HOUR],
    [{ unit: 'hour', min: 6, max: 8 }, 1.5, 8 * HOUR],
  ] as const)('travels %j at fraction %s for %s ms', (etd, fraction, ms) => {
    expect(travelMs(etd, fraction)).toBe(Math.round(ms / 60_000) * 60_000);
  });

  it('times the hub script within a "2-3 hari" ETD, from drop point to the buyer', () => {
    const plan = planTracking({
      shippedAt,
      etd: { unit: 'day', min: 2, max: 3 },
      script: scripts.scripts[scripts.services['jne-reg']!]!,
      outcome: 'delivered',
      originCity: 'Pringsewu',
      destinationCity: 'Kota Bandar Lampung',
      fraction: 0.5,
    });
    expect(plan.map((s) => [s.step, s.at.getTime() - shippedAt.getTime(), s.city])).toEqual([
      ['dropped_off', 0, 'Pringsewu'],
      ['origin_hub', 0.15 * 2.5 * DAY, 'Pringsewu'],
      ['in_transit', 0.35 * 2.5 * DAY, 'Pringsewu'],
      ['destination_hub', 0.7 * 2.5 * DAY, 'Kota Bandar Lampung'],
      ['out_for_delivery', 0.85 * 2.5 * DAY, 'Kota Bandar Lampung'],
      ['delivered', 2.5 * DAY, 'Kota Bandar Lampung'],
    ]);
  });

  it.each(COURIER_SERVICES.map((s) => [s.code, s.etd] as const))('%s delivers within its ETD %j, whatever the fraction', (code, etd) => {
    const unit = etd.unit === 'day' ? DAY : HOUR;
    for (const fraction of [0, 0.3, 0.9999]) {
      const plan = planTracking({ shippedAt, etd, script: scripts.scripts[scripts.services[code]!]!, outcome: 'delivered', originCity: 'A', destinationCity: 'B', fraction });
      const took = plan.at(-1)!.at.getTime() - shippedAt.getTime();
      expect(plan.at(-1)!.step).toBe('delivered');
      expect(took).toBeGreaterThanOrEqual(etd.min * unit);
      expect(took).toBeLessThanOrEqual(etd.max * unit);
      // Steps never go back in time.
      for (let i = 1; i < plan.length; i++) expect(plan[i]!.at.getTime()).toBeGreaterThanOrEqual(plan[i - 1]!.at.getTime());
    }
  });

  it('turns back after the courier’s round on a failed delivery, and returns to the seller’s city', () => {
    const common = { shippedAt, etd: { unit: 'hour', min: 1, max: 3 } as const, originCity: 'Pringsewu', destinationCity: 'Pringsewu', fraction: 0.5 };
    const delivered = planTracking({ ...common, script: scripts.scripts.direct!, outcome: 'delivered' });
    const failed = planTracking({ ...common, script: scripts.scripts.direct!, outcome: 'failed' });
    expect(failed.map((s) => s.step)).toEqual(['picked_up', 'out_for_delivery', 'delivery_failed', 'returned']);
    expect(failed.slice(0, 2)).toEqual(delivered.slice(0, 2));
    expect(failed.at(-1)!.at.getTime() - shippedAt.getTime()).toBe(1.5 * 2 * HOUR);

    const hub = planTracking({ ...common, etd: { unit: 'day', min: 2, max: 3 }, script: scripts.scripts.hub!, outcome: 'failed' });
    expect(hub.map((s) => s.step)).toEqual(['dropped_off', 'origin_hub', 'in_transit', 'destination_hub', 'out_for_delivery', 'delivery_failed', 'returning', 'returned']);
  });

  it('refuses scripts that end wrong, go back in time, or forget a service', () => {
    const bad = {
      scripts: {
        x: {
          delivered: [
            { step: 'dropped_off', at: 0, city: 'origin' },
            { step: 'origin_hub', at: 0.5, city: 'origin' },
            { step: 'in_transit', at: 0.2, city: 'origin' },
          ],
          failed: [
            { step: 'dropped_off', at: 0, city: 'origin' },
            { step: 'returned', at: 1, city: 'origin' },
          ],
        },
      },
      services: { 'jne-reg': 'x' },
    };
    expect(() => parseTrackingScripts(bad, ['jne-reg', 'jnt-ez'])).toThrow(/never going back[\s\S]*end with "delivered"[\s\S]*delivery_failed[\s\S]*jnt-ez/);
  });
});
