// Pure: a parcel's tracking, planned when the seller hands it over. Each service follows a script from
// tracking-scripts.json; a step's `at` is a fraction of the time this parcel takes, which lies within the service's
// ETD ("2-3 hari": between 2 and 3 simulated days; instant services in hours). A failed delivery (the scenario)
// follows the script's `failed` path: the same steps up to the courier's round, then a return to the seller.
import scriptsFile from './tracking-scripts.json' with { type: 'json' };
import type { Etd } from './courier-services.js';

export const TRACKING_STEPS = [
  'dropped_off',
  'picked_up',
  'origin_hub',
  'in_transit',
  'destination_hub',
  'out_for_delivery',
  'delivered',
  'delivery_failed',
  'returning',
  'returned',
] as const;
export type TrackingStepCode = (typeof TRACKING_STEPS)[number];

export type DeliveryOutcome = 'delivered' | 'failed';

/** Steps that end the parcel's journey, and what the order becomes. */
export const FINAL_STEPS: Readonly<Partial<Record<TrackingStepCode, 'DELIVERED' | 'RETURNED'>>> = { delivered: 'DELIVERED', returned: 'RETURNED' };

/** Who received the parcel: "YBS" (yang bersangkutan), the addressee in person. */
export const RECEIVER_IN_PERSON = 'YBS';

export interface ScriptStep {
  step: TrackingStepCode;
  /** Fraction of the parcel's travel time (0 = the hand-over; a return may go past 1). */
  at: number;
  city: 'origin' | 'destination';
}

export interface TrackingScript {
  delivered: ScriptStep[];
  failed: ScriptStep[];
}

export interface TrackingScripts {
  scripts: Record<string, TrackingScript>;
  services: Record<string, string>;
}

export interface PlannedStep {
  step: TrackingStepCode;
  at: Date;
  city: string;
}

function pathProblems(name: string, outcome: DeliveryOutcome, steps: unknown): string[] {
  const where = `script ${name}.${outcome}`;
  if (!Array.isArray(steps) || steps.length < 2) return [`${where}: must list at least two steps`];
  const problems: string[] = [];
  let previous = -1;
  const seen = new Set<string>();
  for (const entry of steps as ScriptStep[]) {
    if (!(TRACKING_STEPS as readonly string[]).includes(entry.step)) problems.push(`${where}: unknown step "${String(entry.step)}"`);
    if (seen.has(entry.step)) problems.push(`${where}: step "${entry.step}" twice`);
    seen.add(entry.step);
    if (typeof entry.at !== 'number' || entry.at < previous || entry.at < 0 || entry.at > 3) problems.push(`${where}: "at" must be from 0 to 3, never going back`);
    previous = entry.at;
    if (entry.city !== 'origin' && entry.city !== 'destination') problems.push(`${where}: city must be origin or destination`);
  }
  const list = steps as ScriptStep[];
  if (list[0]!.at !== 0) problems.push(`${where}: the first step is the hand-over, at 0`);
  const last = list[list.length - 1]!.step;
  if (outcome === 'delivered' && last !== 'delivered') problems.push(`${where}: must end with "delivered"`);
  if (outcome === 'failed' && (last !== 'returned' || !seen.has('delivery_failed'))) problems.push(`${where}: must hold "delivery_failed" and end with "returned"`);
  if (outcome === 'delivered' && last === 'delivered' && list[list.length - 1]!.at !== 1) problems.push(`${where}: "delivered" is at 1 (the end of the ETD)`);
  return problems;
}

/** Checks the data: every service has a script; a failed path repeats the delivered one up to where it turns. */
export function parseTrackingScripts(data: unknown, serviceCodes: readonly string[]): TrackingScripts {
  const file = data as TrackingScripts;
  if (typeof file !== 'object' || file === null || typeof file.scripts !== 'object' || typeof file.services !== 'object') {
    throw new Error('tracking-scripts.json is invalid:\n- it must be { scripts, services }');
  }
  const problems: string[] = [];
  for (const [name, script] of Object.entries(file.scripts)) {
    problems.push(...pathProblems(name, 'delivered', script.delivered), ...pathProblems(name, 'failed', script.failed));
    if (problems.length === 0) {
      const turn = script.failed.findIndex((step) => step.step === 'delivery_failed');
      const same = script.failed.slice(0, turn).every((step, i) => script.delivered[i]?.step === step.step && script.delivered[i]?.at === step.at);
      if (!same) problems.push(`script ${name}: the failed path must repeat the delivered path up to "delivery_failed"`);
    }
  }
  for (const code of serviceCodes) {
    const name = file.services[code];
    if (!name) problems.push(`service ${code} has no tracking script`);
    else if (!file.scripts[name]) problems.push(`service ${code}: unknown script "${name}"`);
  }
  if (problems.length > 0) throw new Error(`tracking-scripts.json is invalid:\n- ${problems.join('\n- ')}`);
  return file;
}

let loaded: TrackingScripts | undefined;

export function loadTrackingScripts(serviceCodes: readonly string[]): TrackingScripts {
  loaded ??= parseTrackingScripts(scriptsFile, serviceCodes);
  return loaded;
}

const UNIT_MS = { day: 24 * 60 * 60 * 1000, hour: 60 * 60 * 1000 } as const;

/** How long this parcel travels: min + fraction × (max − min) of the ETD's unit, to the minute. */
export function travelMs(etd: Etd, fraction: number): number {
  const clamped = Math.min(Math.max(fraction, 0), 1);
  const ms = (etd.min + clamped * (etd.max - etd.min)) * UNIT_MS[etd.unit];
  return Math.round(ms / 60_000) * 60_000;
}

export interface PlanInput {
  shippedAt: Date;
  etd: Etd;
  script: TrackingScript;
  outcome: DeliveryOutcome;
  originCity: string;
  destinationCity: string;
  /** Where in the ETD range this parcel arrives, [0, 1) (from its resi, so the plan never changes). */
  fraction: number;
}

/** Every step with its moment on the class clock and its city, in order. */
export function planTracking(input: PlanInput): PlannedStep[] {
  const total = travelMs(input.etd, input.fraction);
  return input.script[input.outcome].map((step) => ({
    step: step.step,
    at: new Date(input.shippedAt.getTime() + Math.round(step.at * total)),
    city: step.city === 'origin' ? input.originCity : input.destinationCity,
  }));
}
