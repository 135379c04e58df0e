// Pure courier rates (DESIGN "Shipping"): volumetric divisor 6000 is what the couriers use (p×l×t cm / 6000 = kg).
// Chargeable weight is rounded to whole kg the way Indonesian couriers do: up to 0.3 kg over a whole kg is forgiven.
import { type CourierService, type Etd, LOCAL_ONLY_TYPES, type ServiceType, type ZoneRate } from './courier-services.js';
import type { ShippingZone } from '../regions/zone.js';

export interface ParcelItem {
  /** Whole grams of one unit. */
  weightGrams: number;
  quantity: number;
  /** Whole centimetres; all three or none. */
  lengthCm?: number | null;
  widthCm?: number | null;
  heightCm?: number | null;
}

/** Grams over a whole kilogram that are not charged as another kilogram: 1.300 kg → 1 kg, 1.301 kg → 2 kg. */
export const WEIGHT_TOLERANCE_GRAMS = 300;

/**
 * The arithmetic runs in sixths of a gram, where an item's actual mass is grams × 6 and its volume is cm³
 * (cm³ / 6000 kg = cm³ / 6 g), so the comparison with the 300 g tolerance is exact: no float ever rounds.
 */
const SIXTHS_PER_GRAM = 6;
const SIXTHS_PER_KG = 1000 * SIXTHS_PER_GRAM;

function assertWhole(value: unknown, what: string, min: number): asserts value is number {
  if (!Number.isSafeInteger(value) || (value as number) < min) throw new RangeError(`${what} must be a whole number ≥ ${min}, got ${String(value)}`);
}

function itemSixths(item: ParcelItem): number {
  assertWhole(item.weightGrams, 'weightGrams', 0);
  assertWhole(item.quantity, 'quantity', 1);
  const sides = [item.lengthCm, item.widthCm, item.heightCm];
  const given = sides.filter((side) => side !== undefined && side !== null);
  if (given.length !== 0 && given.length !== 3) throw new RangeError('lengthCm, widthCm and heightCm come all together or not at all');
  given.forEach((side) => assertWhole(side, 'a side in cm', 1));
  const volumeCm3 = given.length === 3 ? (given as number[]).reduce((product, side) => product * side, 1) : 0;
  return Math.max(item.weightGrams * SIXTHS_PER_GRAM, volumeCm3) * item.quantity;
}

/**
 * Per item the heavier of actual and volumetric weight, times its quantity, summed; then whole kg,
 * rounding up only when more than WEIGHT_TOLERANCE_GRAMS lie over a whole kg; at least 1 kg.
 */
export function chargeableWeightKg(items: readonly ParcelItem[]): number {
  const total = items.reduce((sum, item) => sum + itemSixths(item), 0);
  const wholeKg = Math.floor(total / SIXTHS_PER_KG);
  const over = total - wholeKg * SIXTHS_PER_KG;
  const kg = over > WEIGHT_TOLERANCE_GRAMS * SIXTHS_PER_GRAM ? wholeKg + 1 : wholeKg;
  return Math.max(1, kg);
}

/** Price = firstKg + (kg − 1) × nextKg, in whole rupiah. */
export function shippingPrice(rate: Pick<ZoneRate, 'firstKg' | 'nextKg'>, weightKg: number): number {
  assertWhole(weightKg, 'weightKg', 1);
  return rate.firstKg + (weightKg - 1) * rate.nextKg;
}

/** The longest ETD in whole days, as shelf life counts them: hours round up to days (3 jam → 1 hari, 30 jam → 2 hari). */
export function longestEtdDays(etd: Etd): number {
  return etd.unit === 'day' ? etd.max : Math.ceil(etd.max / 24);
}

/** What the checkout shows: "estimasi tiba 2-3 hari", "estimasi tiba 1 hari", "estimasi tiba 1-3 jam". */
export function etdLabel(etd: Etd): string {
  const range = etd.min === etd.max ? `${etd.max}` : `${etd.min}-${etd.max}`;
  return `estimasi tiba ${range} ${etd.unit === 'day' ? 'hari' : 'jam'}`;
}

/** Why one service is not offered. */
export const EXCLUSION_REASONS = ['NOT_IN_ZONE', 'TOO_HEAVY', 'SPOILS_BEFORE_ARRIVAL'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** Why no service at all is offered. */
export const NO_OPTION_REASONS = ['PERISHABLE_TOO_FAR', 'NOTHING_FITS'] as const;
export type NoOptionReason = (typeof NO_OPTION_REASONS)[number];

/** The API answers with the code and this message; the client translates by the code. */
export const SHIPPING_REASON_MESSAGES: Record<ExclusionReason | NoOptionReason, string> = {
  NOT_IN_ZONE: 'Layanan ini tidak melayani tujuan ini. Kurir instan dan same day hanya untuk satu kabupaten/kota.',
  TOO_HEAVY: 'Paket terlalu berat untuk layanan ini.',
  SPOILS_BEFORE_ARRIVAL: 'Produk bisa basi sebelum sampai dengan layanan ini.',
  PERISHABLE_TOO_FAR: 'Produk ini mudah basi, hanya bisa dikirim ke area terdekat.',
  NOTHING_FITS: 'Belum ada kurir yang bisa mengirim pesanan ini. Coba kurangi jumlah barang.',
};

export interface ShippingOption {
  code: string;
  name: string;
  type: ServiceType;
  /** The ETD on this zone. */
  etd: Etd;
  /** Whole rupiah. */
  price: number;
  etdLabel: string;
  cod: boolean;
}

export interface ShippingExclusion {
  code: string;
  reason: ExclusionReason;
}

export interface ShippingQuote {
  zone: ShippingZone;
  weightKg: number;
  /** Cheapest first; at equal price the faster, then by code. */
  options: ShippingOption[];
  excluded: ShippingExclusion[];
  /** Set exactly when `options` is empty. */
  noOptionReason: NoOptionReason | null;
}

export interface QuoteRequest {
  zone: ShippingZone;
  items: readonly ParcelItem[];
  /** The shortest shelf life among the items, in days; null when nothing spoils. */
  perishableShelfLifeDays: number | null;
  services: readonly CourierService[];
}

type Verdict = { option: ShippingOption } | { reason: ExclusionReason };

/** Checks in this order, and names the first that fails: the zone, the weight, then the shelf life. */
function judge(service: CourierService, request: QuoteRequest, weightKg: number): Verdict {
  const rate = service.rates[request.zone];
  if (!rate || (LOCAL_ONLY_TYPES.includes(service.type) && request.zone !== 'same-regency')) return { reason: 'NOT_IN_ZONE' };
  if (weightKg > service.maxWeightKg) return { reason: 'TOO_HEAVY' };
  const etd = rate.etd ?? service.etd;
  const shelfLife = request.perishableShelfLifeDays;
  if (shelfLife !== null && longestEtdDays(etd) > shelfLife) return { reason: 'SPOILS_BEFORE_ARRIVAL' };
  return {
    option: {
      code: service.code,
      name: service.name,
      type: service.type,
      etd,
      price: shippingPrice(rate, weightKg),
      etdLabel: etdLabel(etd),
      cod: service.cod,
    },
  };
}

function etdHours(etd: Etd): number {
  return etd.unit === 'day' ? etd.max * 24 : etd.max;
}

/**
 * Every service, either offered with its price and ETD or excluded with a reason code.
 * With no option left: PERISHABLE_TOO_FAR when every service that serves the zone was ruled out by shelf life
 * (only a nearer buyer can be served), otherwise NOTHING_FITS (a lighter parcel may fit).
 */
export function quoteServices(request: QuoteRequest): ShippingQuote {
  if (request.perishableShelfLifeDays !== null) assertWhole(request.perishableShelfLifeDays, 'perishableShelfLifeDays', 0);
  const weightKg = chargeableWeightKg(request.items);
  const options: ShippingOption[] = [];
  const excluded: ShippingExclusion[] = [];
  for (const service of request.services) {
    const verdict = judge(service, request, weightKg);
    if ('option' in verdict) options.push(verdict.option);
    else excluded.push({ code: service.code, reason: verdict.reason });
  }
  options.sort((a, b) => a.price - b.price || etdHours(a.etd) - etdHours(b.etd) || a.code.localeCompare(b.code));
  let noOptionReason: NoOptionReason | null = null;
  if (options.length === 0) {
    const inZone = excluded.filter((e) => e.reason !== 'NOT_IN_ZONE');
    const onlyShelfLife = inZone.length > 0 && inZone.every((e) => e.reason === 'SPOILS_BEFORE_ARRIVAL');
    noOptionReason = onlyShelfLife ? 'PERISHABLE_TOO_FAR' : 'NOTHING_FITS';
  }
  return { zone: request.zone, weightKg, options, excluded, noOptionReason };
}
