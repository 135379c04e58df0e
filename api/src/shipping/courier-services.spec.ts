import couriersFile from './couriers.json' with { type: 'json' };
import { COURIER_SERVICES, type CourierService, findCourierService, parseCourierServices } from './courier-services.js';
import { SHIPPING_ZONES } from '../regions/zone.js';

describe('couriers.json', () => {
  it.each([
    'jne-reg', 'jne-yes', 'jne-oke', 'jnt-ez', 'sicepat-reg', 'sicepat-best', 'sicepat-halu',
    'anteraja-reg', 'pos-reguler', 'gosend-instant', 'grab-sameday',
  ])('offers %s', (code) => {
    expect(findCourierService(code)).toBeDefined();
  });

  it.each<[string, string, CourierService['etd']]>([
    ['jne-reg', 'regular', { unit: 'day', min: 2, max: 3 }],
    ['jne-yes', 'express', { unit: 'day', min: 1, max: 1 }],
    ['jne-oke', 'economy', { unit: 'day', min: 3, max: 6 }],
    ['gosend-instant', 'instant', { unit: 'hour', min: 1, max: 3 }],
    ['grab-sameday', 'same-day', { unit: 'hour', min: 6, max: 8 }],
  ])('%s is %s with ETD %j', (code, type, etd) => {
    expect(findCourierService(code)).toMatchObject({ type, etd });
  });

  it('prices JNE REG like the real one: about Rp 9.000–12.000 in the province, Rp 30.000–60.000 across islands', () => {
    const { rates } = findCourierService('jne-reg')!;
    expect(rates['same-province']!.firstKg).toBeGreaterThanOrEqual(9000);
    expect(rates['same-province']!.firstKg).toBeLessThanOrEqual(12000);
    expect(rates['inter-island']!.firstKg).toBeGreaterThanOrEqual(30000);
    expect(rates['inter-island']!.firstKg).toBeLessThanOrEqual(60000);
  });

  it.each(COURIER_SERVICES.map((s) => [s.code, s] as const))('%s costs more the farther it goes', (_code, service) => {
    const firstKg = SHIPPING_ZONES.flatMap((zone) => (service.rates[zone] ? [service.rates[zone].firstKg] : []));
    expect(firstKg).toEqual([...firstKg].sort((a, b) => a - b));
  });

  it.each(COURIER_SERVICES.filter((s) => s.type === 'instant' || s.type === 'same-day').map((s) => [s.code, s] as const))(
    '%s rides within the regency only, in hours',
    (_code, service) => {
      expect(Object.keys(service.rates)).toEqual(['same-regency']);
      expect(service.etd.unit).toBe('hour');
    },
  );

  it('lets the regular and economy services carry COD, and not the express or instant ones', () => {
    const cod = COURIER_SERVICES.filter((s) => s.cod).map((s) => s.type);
    expect(new Set(cod)).toEqual(new Set(['regular', 'economy']));
  });
});

describe('a broken copy of couriers.json', () => {
  const copy = () => structuredClone(couriersFile) as unknown as Record<string, unknown>[];
  const broken = (change: (services: Record<string, unknown>[]) => void) => {
    const services = copy();
    change(services);
    return services;
  };
  const rates = (services: Record<string, unknown>[], index: number) => services[index].rates as Record<string, Record<string, unknown>>;

  it('is accepted untouched', () => {
    expect(parseCourierServices(copy())).toHaveLength(COURIER_SERVICES.length);
  });

  it.each<[string, unknown, string]>([
    ['not an array', { 'jne-reg': {} }, 'non-empty array'],
    ['empty', [], 'non-empty array'],
    ['a typo in a field name', broken((s) => { rates(s, 0)['same-province'] = { firstKg: 11000, nextkg: 11000 }; }), 'unknown field "nextkg"'],
    ['a price with cents', broken((s) => { rates(s, 0)['same-province'].firstKg = 11000.5; }), 'firstKg must be whole rupiah'],
    ['a price as text', broken((s) => { rates(s, 0)['same-province'].nextKg = '11000'; }), 'nextKg must be whole rupiah'],
    ['an unknown zone', broken((s) => { rates(s, 0)['same-city'] = { firstKg: 1, nextKg: 1 }; }), 'unknown zone "same-city"'],
    ['no rates', broken((s) => { s[0].rates = {}; }), 'rates must name at least one zone'],
    ['an unknown type', broken((s) => { s[0].type = 'cargo'; }), 'type must be one of'],
    ['an ETD whose min exceeds max', broken((s) => { s[0].etd = { unit: 'day', min: 4, max: 2 }; }), 'min ≤ max'],
    ['an instant service across the province', broken((s) => { rates(s, 9)['same-province'] = { firstKg: 30000, nextKg: 3000 }; }), 'only has a same-regency rate'],
    ['an instant service in days', broken((s) => { s[9].etd = { unit: 'day', min: 1, max: 1 }; }), 'etd is in hours'],
    ['a zone ETD in another unit', broken((s) => { rates(s, 0)['inter-island'].etd = { unit: 'hour', min: 3, max: 5 }; }), "must match the service's etd.unit"],
    ['a code used twice', broken((s) => { s[1].code = 'jne-reg'; }), 'code is used twice'],
    ['a code that is not kebab-case', broken((s) => { s[0].code = 'JNE REG'; }), 'code must be kebab-case'],
    ['COD as text', broken((s) => { s[0].cod = 'yes'; }), 'cod must be true or false'],
    ['no weight limit', broken((s) => { delete s[0].maxWeightKg; }), 'maxWeightKg'],
    ['a resi format that does not start with its prefix', broken((s) => { s[0].awbFormat = 'XX##########'; }), 'awbFormat must start with awbPrefix'],
  ])('is refused when %s', (_case, data, problem) => {
    expect(() => parseCourierServices(data)).toThrow(problem);
  });

  it('lists every problem at once, naming the service', () => {
    const data = broken((s) => {
      s[0].cod = 'yes';
      s[3].type = 'cargo';
    });
    expect(() => parseCourierServices(data)).toThrow(
      /couriers\.json is invalid:\n- service #1 \(jne-reg\): cod must be true or false\n- service #4 \(jnt-ez\): type must be one of/,
    );
  });
});
