import { COURIER_SERVICES, type CourierService } from './courier-services.js';
import {
  chargeableWeightKg,
  etdLabel,
  longestEtdDays,
  type ParcelItem,
  quoteServices,
  SHIPPING_REASON_MESSAGES,
  shippingPrice,
} from './shipping-rate.js';
import type { ShippingZone } from '../regions/zone.js';

const gulaAren = (quantity = 1): ParcelItem => ({ weightGrams: 500, quantity, lengthCm: 12, widthCm: 8, heightCm: 6 });
const parcel = (weightGrams: number, quantity = 1): ParcelItem => ({ weightGrams, quantity });

describe('chargeable weight (volumetric divisor 6000, 0.3 kg tolerance, at least 1 kg)', () => {
  it.each<[string, number, ParcelItem[]]>([
    ['a 250 g pack of cassava chips', 1, [parcel(250)]],
    ['0.2 kg', 1, [parcel(200)]],
    ['exactly 1 kg', 1, [parcel(1000)]],
    ['1.30 kg: within the tolerance', 1, [parcel(1300)]],
    ['1.301 kg: 1 g over the tolerance', 2, [parcel(1301)]],
    ['1.31 kg', 2, [parcel(1310)]],
    ['2.30 kg', 2, [parcel(2300)]],
    ['2.301 kg', 3, [parcel(2301)]],
    ['thirteen 100 g items: 1.3 kg exactly (13 × 0.1 in floats is 1.3000000000000003)', 1, [parcel(100, 13)]],
    ['two 650 g items: 1.3 kg', 1, [parcel(650, 2)]],
    ['two 651 g items: 1.302 kg', 2, [parcel(651, 2)]],
    ['2 × gula aren 500 g + 10 duck eggs of 65 g: 1.65 kg', 2, [gulaAren(2), parcel(65, 10)]],
    ['a 300 g bamboo basket 30×30×20 cm: volume 3 kg wins', 3, [{ weightGrams: 300, quantity: 1, lengthCm: 30, widthCm: 30, heightCm: 20 }]],
    ['two 400 g lamp shades 20×20×15 cm: 1 kg volume each', 2, [{ weightGrams: 400, quantity: 2, lengthCm: 20, widthCm: 20, heightCm: 15 }]],
    ['a 2 kg block 10×10×10 cm: actual weight wins', 2, [{ weightGrams: 2000, quantity: 1, lengthCm: 10, widthCm: 10, heightCm: 10 }]],
    ['10×10×78 cm: volume exactly 1.3 kg', 1, [{ weightGrams: 100, quantity: 1, lengthCm: 10, widthCm: 10, heightCm: 78 }]],
    ['10×10×79 cm: volume 1.317 kg', 2, [{ weightGrams: 100, quantity: 1, lengthCm: 10, widthCm: 10, heightCm: 79 }]],
    ['volume and weight per item, then summed: basket 3 kg + gula aren 0.5 kg', 4, [{ weightGrams: 300, quantity: 1, lengthCm: 30, widthCm: 30, heightCm: 20 }, gulaAren()]],
    ['basket 3 kg + 250 g of cassava chips: 3.25 kg', 3, [{ weightGrams: 300, quantity: 1, lengthCm: 30, widthCm: 30, heightCm: 20 }, parcel(250)]],
    ['no sizes given: actual weight only', 4, [{ weightGrams: 4200, quantity: 1, lengthCm: null, widthCm: null, heightCm: null }]],
  ])('%s → %i kg', (_case, kg, items) => {
    expect(chargeableWeightKg(items)).toBe(kg);
  });

  it.each<[string, ParcelItem]>([
    ['a fraction of a gram', { weightGrams: 1.5, quantity: 1 }],
    ['a quantity of 0', { weightGrams: 100, quantity: 0 }],
    ['only two of the three sides', { weightGrams: 100, quantity: 1, lengthCm: 10, widthCm: 10 }],
    ['a side of 0 cm', { weightGrams: 100, quantity: 1, lengthCm: 10, widthCm: 0, heightCm: 10 }],
  ])('refuses %s', (_case, item) => {
    expect(() => chargeableWeightKg([item])).toThrow(RangeError);
  });
});

describe('price = firstKg + (kg − 1) × nextKg', () => {
  it.each<[number, number, number, number]>([
    [10000, 10000, 1, 10000],
    [10000, 10000, 3, 30000],
    [25000, 3000, 1, 25000],
    [25000, 3000, 3, 31000],
  ])('first %i, next %i, %i kg → Rp %i', (firstKg, nextKg, kg, price) => {
    expect(shippingPrice({ firstKg, nextKg }, kg)).toBe(price);
  });
});

describe('ETD', () => {
  it.each<[CourierService['etd'], number, string]>([
    [{ unit: 'day', min: 2, max: 3 }, 3, 'estimasi tiba 2-3 hari'],
    [{ unit: 'day', min: 1, max: 1 }, 1, 'estimasi tiba 1 hari'],
    [{ unit: 'hour', min: 3, max: 6 }, 1, 'estimasi tiba 3-6 jam'],
    [{ unit: 'hour', min: 6, max: 24 }, 1, 'estimasi tiba 6-24 jam'],
    [{ unit: 'hour', min: 20, max: 30 }, 2, 'estimasi tiba 20-30 jam'],
  ])('%j counts as %i day(s) of shelf life and reads "%s"', (etd, days, label) => {
    expect(longestEtdDays(etd)).toBe(days);
    expect(etdLabel(etd)).toBe(label);
  });
});

/** Small made-up services, so the rules read apart from the real rates. */
const service = (code: string, type: CourierService['type'], etd: CourierService['etd'], rates: CourierService['rates'], maxWeightKg = 30): CourierService => ({
  code,
  courier: 'TEST',
  service: code.toUpperCase(),
  name: code,
  type,
  etd,
  maxWeightKg,
  cod: false,
  awbPrefix: 'T',
  awbFormat: 'T########',
  rates,
});
const everywhere = (firstKg: number) => ({
  'same-regency': { firstKg, nextKg: firstKg },
  'same-province': { firstKg, nextKg: firstKg },
  'same-island-group': { firstKg, nextKg: firstKg },
  'inter-island': { firstKg, nextKg: firstKg },
});
const days = (min: number, max: number) => ({ unit: 'day' as const, min, max });
const FIXTURES = [
  service('slow', 'economy', days(4, 7), everywhere(6000)),
  service('reg', 'regular', days(2, 3), everywhere(9000)),
  service('fast', 'express', days(1, 1), { ...everywhere(20000), 'inter-island': { firstKg: 50000, nextKg: 50000, etd: days(2, 3) } }, 10),
  // A wrong row in the data must not let an instant courier cross the regency line.
  service('motor', 'instant', { unit: 'hour', min: 1, max: 3 }, { 'same-regency': { firstKg: 20000, nextKg: 2000 }, 'same-province': { firstKg: 1, nextKg: 1 } }, 20),
];

const quote = (zone: ShippingZone, items: ParcelItem[], shelfLife: number | null, services: readonly CourierService[] = FIXTURES) =>
  quoteServices({ zone, items, perishableShelfLifeDays: shelfLife, services });
const offered = (q: ReturnType<typeof quote>) => q.options.map((o) => `${o.code} ${o.price}`);
const refused = (q: ReturnType<typeof quote>) => q.excluded.map((e) => `${e.code} ${e.reason}`);

describe('quoteServices rules (made-up services)', () => {
  it.each<[string, ShippingZone, ParcelItem[], number | null, string[], string[], string | null]>([
    ['1 kg next door: all four, cheapest first', 'same-regency', [parcel(800)], null, ['slow 6000', 'reg 9000', 'motor 20000', 'fast 20000'], [], null],
    ['3 kg next door: the instant courier charges 2000 per further kg', 'same-regency', [parcel(3000)], null, ['slow 18000', 'motor 24000', 'reg 27000', 'fast 60000'], [], null],
    ['instant never leaves the regency, whatever the data says', 'same-province', [parcel(800)], null, ['slow 6000', 'reg 9000', 'fast 20000'], ['motor NOT_IN_ZONE'], null],
    ['the zone ETD replaces the headline ETD', 'inter-island', [parcel(800)], 2, [], ['slow SPOILS_BEFORE_ARRIVAL', 'reg SPOILS_BEFORE_ARRIVAL', 'fast SPOILS_BEFORE_ARRIVAL', 'motor NOT_IN_ZONE'], 'PERISHABLE_TOO_FAR'],
    ['shelf life equal to the longest ETD fits', 'same-province', [parcel(800)], 3, ['reg 9000', 'fast 20000'], ['slow SPOILS_BEFORE_ARRIVAL', 'motor NOT_IN_ZONE'], null],
    ['too heavy for the express', 'same-province', [parcel(12000)], null, ['slow 72000', 'reg 108000'], ['fast TOO_HEAVY', 'motor NOT_IN_ZONE'], null],
    ['too heavy for everything', 'same-province', [parcel(31000)], null, [], ['slow TOO_HEAVY', 'reg TOO_HEAVY', 'fast TOO_HEAVY', 'motor NOT_IN_ZONE'], 'NOTHING_FITS'],
    ['perishable but also too heavy: a lighter parcel may fit', 'same-province', [parcel(12000)], 1, [], ['slow SPOILS_BEFORE_ARRIVAL', 'reg SPOILS_BEFORE_ARRIVAL', 'fast TOO_HEAVY', 'motor NOT_IN_ZONE'], 'NOTHING_FITS'],
    ['weight is checked before shelf life', 'same-regency', [parcel(31000)], 1, [], ['slow TOO_HEAVY', 'reg TOO_HEAVY', 'fast TOO_HEAVY', 'motor TOO_HEAVY'], 'NOTHING_FITS'],
  ])('%s', (_case, zone, items, shelfLife, options, exclusions, noOptionReason) => {
    const q = quote(zone, items, shelfLife);
    expect(offered(q)).toEqual(options);
    expect(refused(q)).toEqual(exclusions);
    expect(q.noOptionReason).toBe(noOptionReason);
  });

  it('breaks a price tie with the faster service', () => {
    const q = quote('same-regency', [parcel(800)], null, [service('b-slow', 'regular', days(2, 3), everywhere(9000)), service('a-slower', 'economy', days(3, 5), everywhere(9000)), service('c-fast', 'express', days(1, 1), everywhere(9000))]);
    expect(q.options.map((o) => o.code)).toEqual(['c-fast', 'b-slow', 'a-slower']);
  });

  it('gives each option its name, type, ETD, label and COD flag', () => {
    const [option] = quote('inter-island', [parcel(800)], null, [FIXTURES[2]]).options;
    expect(option).toEqual({ code: 'fast', name: 'fast', type: 'express', etd: days(2, 3), price: 50000, etdLabel: 'estimasi tiba 2-3 hari', cod: false });
  });

  it('refuses a negative shelf life', () => {
    expect(() => quote('same-regency', [parcel(800)], -1)).toThrow(RangeError);
  });
});

describe('the real couriers (couriers.json) read like the design', () => {
  const real = (zone: ShippingZone, items: ParcelItem[], shelfLife: number | null) => quote(zone, items, shelfLife, COURIER_SERVICES);

  it.each<[ShippingZone, number, number]>([
    ['same-regency', 8000, 24000],
    ['same-province', 11000, 33000],
    ['same-island-group', 19000, 57000],
    ['inter-island', 39000, 117000],
  ])('JNE REG %s: Rp %i for 1 kg, Rp %i for 3 kg', (zone, oneKg, threeKg) => {
    const price = (kg: number) => real(zone, [parcel(kg * 1000)], null).options.find((o) => o.code === 'jne-reg')?.price;
    expect(price(1)).toBe(oneKg);
    expect(price(3)).toBe(threeKg);
  });

  it.each<[string, ShippingZone, number | null, string[], string | null]>([
    ['gula aren (keeps for months) across the islands: every day service', 'inter-island', null,
      ['sicepat-halu', 'jne-oke', 'pos-reguler', 'sicepat-reg', 'anteraja-reg', 'jne-reg', 'jnt-ez', 'sicepat-best', 'jne-yes'], null],
    ['telur bebek (14 days) to the same province: OKE 3-6 hari fits (and POS, as cheap, is faster)', 'same-province', 14,
      ['sicepat-halu', 'pos-reguler', 'jne-oke', 'anteraja-reg', 'jnt-ez', 'sicepat-reg', 'jne-reg', 'sicepat-best', 'jne-yes'], null],
    ['telur bebek (14 days) across the islands: OKE 5-8 hari still fits', 'inter-island', 14,
      ['sicepat-halu', 'jne-oke', 'pos-reguler', 'sicepat-reg', 'anteraja-reg', 'jne-reg', 'jnt-ez', 'sicepat-best', 'jne-yes'], null],
    ['ikan (2 days) in the same regency: instant, same day and next-day only', 'same-regency', 2,
      ['sicepat-best', 'jne-yes', 'grab-sameday', 'gosend-instant'], null],
    ['ikan (2 days) to the same province: next-day only', 'same-province', 2, ['sicepat-best', 'jne-yes'], null],
    ['ikan (2 days) to the same island group: next-day services at 1-2 hari', 'same-island-group', 2, ['sicepat-best', 'jne-yes'], null],
    ['ikan (2 days) across the islands: nothing, only nearby buyers', 'inter-island', 2, [], 'PERISHABLE_TOO_FAR'],
    ['ikan (1 day) to the same island group: nothing', 'same-island-group', 1, [], 'PERISHABLE_TOO_FAR'],
  ])('%s', (_case, zone, shelfLife, codes, noOptionReason) => {
    const q = real(zone, [parcel(1000)], shelfLife);
    expect(q.options.map((o) => o.code)).toEqual(codes);
    expect(q.noOptionReason).toBe(noOptionReason);
  });

  it.each<[ShippingZone, string[]]>([
    ['same-regency', []],
    ['same-province', ['gosend-instant', 'grab-sameday']],
    ['same-island-group', ['gosend-instant', 'grab-sameday']],
    ['inter-island', ['gosend-instant', 'grab-sameday']],
  ])('instant and same day in zone %s: NOT_IN_ZONE for %j', (zone, outOfZone) => {
    const q = real(zone, [parcel(1000)], null);
    const localOnly = q.excluded.filter((e) => e.reason === 'NOT_IN_ZONE' && e.code !== 'jne-oke').map((e) => e.code);
    expect(localOnly).toEqual(outOfZone);
  });

  it.each<[number, string[]]>([
    [7, []],
    [8, ['grab-sameday']],
    [11, ['sicepat-halu', 'grab-sameday']],
    [21, ['sicepat-halu', 'gosend-instant', 'grab-sameday']],
    [31, ['jne-yes', 'sicepat-best', 'sicepat-halu', 'pos-reguler', 'gosend-instant', 'grab-sameday']],
  ])('%i kg next door is TOO_HEAVY for %j', (kg, heavy) => {
    const q = real('same-regency', [parcel(kg * 1000)], null);
    expect(q.excluded.filter((e) => e.reason === 'TOO_HEAVY').map((e) => e.code)).toEqual(heavy);
  });

  it('tells a buyer 51 kg away that nothing fits', () => {
    const q = real('same-province', [parcel(51000)], null);
    expect(q.options).toEqual([]);
    expect(q.noOptionReason).toBe('NOTHING_FITS');
  });
});

describe('reason messages', () => {
  it.each(Object.entries(SHIPPING_REASON_MESSAGES))('%s has a plain Indonesian message', (_code, message) => {
    expect(message).toMatch(/^[A-Z].+\.$/);
  });

  it('says why a perishable product cannot go far', () => {
    expect(SHIPPING_REASON_MESSAGES.PERISHABLE_TOO_FAR).toBe('Produk ini mudah basi, hanya bisa dikirim ke area terdekat.');
  });
});
