// Courier services are data (couriers.json, DESIGN "Shipping"); their shape is checked once, when this file loads,
// so a typo in the data stops the boot with a list of what is wrong instead of mis-pricing a checkout.
import couriersFile from './couriers.json' with { type: 'json' };
import { SHIPPING_ZONES, type ShippingZone } from '../regions/zone.js';

export const SERVICE_TYPES = ['regular', 'express', 'economy', 'instant', 'same-day'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Instant and same-day couriers ride within one regency (DESIGN: "instant services are offered only within the same regency"). */
export const LOCAL_ONLY_TYPES: readonly ServiceType[] = ['instant', 'same-day'];

export interface Etd {
  unit: 'day' | 'hour';
  min: number;
  max: number;
}

export interface ZoneRate {
  /** Whole rupiah for the first kilogram. */
  firstKg: number;
  /** Whole rupiah for each further kilogram. */
  nextKg: number;
  /** Replaces the service's ETD on this zone (a far island takes longer than the headline "1 hari"). */
  etd?: Etd;
}

export interface CourierService {
  /** "jne-reg" */
  code: string;
  /** "JNE" */
  courier: string;
  /** "REG" */
  service: string;
  /** "JNE Reguler" */
  name: string;
  type: ServiceType;
  etd: Etd;
  maxWeightKg: number;
  /** Whether the buyer may pay cash on delivery with this service. */
  cod: boolean;
  /** For the later resi (AWB) numbers: "JP", and "JP##########" where each # is a digit. */
  awbPrefix: string;
  awbFormat: string;
  /** A zone without a rate is a zone the service does not serve. */
  rates: Partial<Record<ShippingZone, ZoneRate>>;
}

const SERVICE_KEYS = ['code', 'courier', 'service', 'name', 'type', 'etd', 'maxWeightKg', 'cod', 'awbPrefix', 'awbFormat', 'rates'];
const RATE_KEYS = ['firstKg', 'nextKg', 'etd'];
const ETD_KEYS = ['unit', 'min', 'max'];
/** The longest a parcel may say it takes: a week and a half, or a day for the hour-based services. */
const ETD_LIMITS = { day: 14, hour: 24 } as const;
const MAX_RATE = 1_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[]): string[] {
  return Object.keys(value).filter((key) => !known.includes(key));
}

function etdProblems(etd: unknown, where: string): string[] {
  if (!isRecord(etd)) return [`${where}: etd must be { unit, min, max }`];
  const problems = unknownKeys(etd, ETD_KEYS).map((key) => `${where}: etd has an unknown field "${key}"`);
  if (etd.unit !== 'day' && etd.unit !== 'hour') return [...problems, `${where}: etd.unit must be "day" or "hour"`];
  const limit = ETD_LIMITS[etd.unit];
  if (!isWhole(etd.min, 1, limit) || !isWhole(etd.max, 1, limit) || etd.min > etd.max) {
    problems.push(`${where}: etd min and max must be whole ${etd.unit}s from 1 to ${limit}, min ≤ max`);
  }
  return problems;
}

function rateProblems(rate: unknown, where: string, serviceUnit: unknown): string[] {
  if (!isRecord(rate)) return [`${where}: a rate must be { firstKg, nextKg }`];
  const problems = unknownKeys(rate, RATE_KEYS).map((key) => `${where}: unknown field "${key}"`);
  if (!isWhole(rate.firstKg, 1, MAX_RATE)) problems.push(`${where}: firstKg must be whole rupiah from 1 to ${MAX_RATE}`);
  if (!isWhole(rate.nextKg, 0, MAX_RATE)) problems.push(`${where}: nextKg must be whole rupiah from 0 to ${MAX_RATE}`);
  if (rate.etd !== undefined) {
    problems.push(...etdProblems(rate.etd, where));
    if (isRecord(rate.etd) && rate.etd.unit !== serviceUnit) problems.push(`${where}: etd.unit must match the service's etd.unit`);
  }
  return problems;
}

function serviceProblems(entry: unknown, index: number): string[] {
  const where = `service #${index + 1}${isRecord(entry) && isText(entry.code) ? ` (${entry.code})` : ''}`;
  if (!isRecord(entry)) return [`${where}: must be an object`];
  const problems = unknownKeys(entry, SERVICE_KEYS).map((key) => `${where}: unknown field "${key}"`);
  if (typeof entry.code !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.code)) problems.push(`${where}: code must be kebab-case, like "jne-reg"`);
  for (const key of ['courier', 'service', 'name'] as const) {
    if (!isText(entry[key])) problems.push(`${where}: ${key} must be a non-empty text`);
  }
  const type = entry.type as ServiceType;
  if (!SERVICE_TYPES.includes(type)) problems.push(`${where}: type must be one of ${SERVICE_TYPES.join(', ')}`);
  problems.push(...etdProblems(entry.etd, where));
  const unit = isRecord(entry.etd) ? entry.etd.unit : undefined;
  const local = LOCAL_ONLY_TYPES.includes(type);
  if (local && unit !== 'hour') problems.push(`${where}: an ${type} service's etd is in hours`);
  if (!local && SERVICE_TYPES.includes(type) && unit !== 'day') problems.push(`${where}: a ${type} service's etd is in days`);
  if (!isWhole(entry.maxWeightKg, 1, 1000)) problems.push(`${where}: maxWeightKg must be a whole number of kg from 1 to 1000`);
  if (typeof entry.cod !== 'boolean') problems.push(`${where}: cod must be true or false`);
  if (typeof entry.awbPrefix !== 'string' || !/^[A-Z0-9][A-Z0-9-]*$/.test(entry.awbPrefix)) {
    problems.push(`${where}: awbPrefix must be capital letters, digits or "-"`);
  } else if (
    typeof entry.awbFormat !== 'string' ||
    !entry.awbFormat.startsWith(entry.awbPrefix) ||
    !/^[A-Z0-9#-]+$/.test(entry.awbFormat) ||
    (entry.awbFormat.match(/#/g) ?? []).length < 8
  ) {
    problems.push(`${where}: awbFormat must start with awbPrefix and hold at least 8 "#" digits`);
  }
  if (!isRecord(entry.rates) || Object.keys(entry.rates).length === 0) {
    problems.push(`${where}: rates must name at least one zone`);
    return problems;
  }
  for (const [zone, rate] of Object.entries(entry.rates)) {
    if (!(SHIPPING_ZONES as readonly string[]).includes(zone)) problems.push(`${where}: unknown zone "${zone}" in rates`);
    else if (local && zone !== 'same-regency') problems.push(`${where}: an ${type} service only has a same-regency rate`);
    problems.push(...rateProblems(rate, `${where} rates.${zone}`, unit));
  }
  return problems;
}

/** The data file's content → courier services, or an Error that lists every problem at once. */
export function parseCourierServices(data: unknown, source = 'couriers.json'): CourierService[] {
  if (!Array.isArray(data) || data.length === 0) throw new Error(`${source} is invalid:\n- it must be a non-empty array of courier services`);
  const problems = data.flatMap((entry, index) => serviceProblems(entry, index));
  const seen = new Set<unknown>();
  for (const entry of data) {
    const code = isRecord(entry) ? entry.code : undefined;
    if (seen.has(code)) problems.push(`service ${String(code)}: code is used twice`);
    seen.add(code);
  }
  if (problems.length > 0) throw new Error(`${source} is invalid:\n- ${problems.join('\n- ')}`);
  return data as CourierService[];
}

/** Every courier service the marketplace offers, in the data file's order. */
export const COURIER_SERVICES: readonly CourierService[] = parseCourierServices(couriersFile);

export function findCourierService(code: string): CourierService | undefined {
  return COURIER_SERVICES.find((service) => service.code === code);
}
