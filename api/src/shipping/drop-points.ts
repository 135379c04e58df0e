// Drop points are data (drop-points.json): a few real-sounding counters per courier in the regencies where classes
// train, and for every other regency a counter named from the regency ("Agen JNE Kab. Pringsewu"). Instant couriers
// have no counter: their driver picks the parcel up at the shop. Checked once, when this file loads.
import dropPointsFile from './drop-points.json' with { type: 'json' };

export type DropPointKind = 'counter' | 'pickup';

export interface DropPoint {
  /** Stable: "jne-pringsewu-ahmad-yani", or "agen-jne-18.10-1" for a generated one. */
  id: string;
  courier: string;
  kind: DropPointKind;
  name: string;
  /** Street, or the regency for a generated counter; empty for a pickup. */
  address: string;
}

interface DropPointData {
  couriers: Record<string, { kind: DropPointKind; fallback: string[] }>;
  points: { id: string; courier: string; regencyCode: string; name: string; address: string }[];
}

export function parseDropPoints(data: unknown, knownCouriers: readonly string[]): DropPointData {
  const problems: string[] = [];
  const file = data as DropPointData;
  if (typeof file !== 'object' || file === null || typeof file.couriers !== 'object' || !Array.isArray(file.points)) {
    throw new Error('drop-points.json is invalid:\n- it must be { couriers: {...}, points: [...] }');
  }
  for (const courier of knownCouriers) {
    const entry = file.couriers[courier];
    if (!entry) problems.push(`courier "${courier}" has no entry in couriers`);
    else {
      if (entry.kind !== 'counter' && entry.kind !== 'pickup') problems.push(`courier "${courier}": kind must be counter or pickup`);
      if (!Array.isArray(entry.fallback) || entry.fallback.length === 0 || entry.fallback.some((name) => typeof name !== 'string' || !name.trim())) {
        problems.push(`courier "${courier}": fallback must name at least one drop point`);
      }
    }
  }
  const ids = new Set<string>();
  for (const point of file.points) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(point.id ?? '')) problems.push(`point ${String(point.id)}: id must be kebab-case`);
    if (ids.has(point.id)) problems.push(`point ${point.id}: id is used twice`);
    ids.add(point.id);
    if (!file.couriers[point.courier]) problems.push(`point ${point.id}: unknown courier "${point.courier}"`);
    if (!/^\d{2}\.\d{2}$/.test(point.regencyCode ?? '')) problems.push(`point ${point.id}: regencyCode must look like "18.10"`);
    if (!point.name?.trim() || typeof point.address !== 'string') problems.push(`point ${point.id}: name and address are required`);
  }
  if (problems.length > 0) throw new Error(`drop-points.json is invalid:\n- ${problems.join('\n- ')}`);
  return file;
}

let data: DropPointData | undefined;

/** Loaded and checked against the couriers the services name (on first use, so the courier list comes first). */
export function loadDropPoints(knownCouriers: readonly string[]): DropPointData {
  data ??= parseDropPoints(dropPointsFile, knownCouriers);
  return data;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The drop points of `courier` near a shop in this regency: the data's own for the regency, else the courier's
 * fallback names with the regency's label ("Agen JNE Kab. Pringsewu").
 */
export function dropPointsNear(file: DropPointData, courier: string, regency: { code: string; label: string }): DropPoint[] {
  const entry = file.couriers[courier];
  if (!entry) return [];
  const listed = file.points
    .filter((point) => point.courier === courier && point.regencyCode === regency.code)
    .map((point) => ({ id: point.id, courier, kind: entry.kind, name: point.name, address: point.address }));
  if (listed.length > 0) return listed;
  return entry.fallback.map((template, index) => ({
    id: `${entry.kind === 'pickup' ? 'jemput' : 'agen'}-${slug(courier)}-${regency.code}-${index + 1}`,
    courier,
    kind: entry.kind,
    name: template.replace('{regency}', regency.label),
    address: entry.kind === 'pickup' ? '' : regency.label,
  }));
}
