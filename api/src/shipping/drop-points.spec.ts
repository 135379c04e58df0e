import { COURIER_SERVICES } from './courier-services.js';
import { dropPointsNear, loadDropPoints, parseDropPoints } from './drop-points.js';

const couriers = [...new Set(COURIER_SERVICES.map((service) => service.courier))];

describe('drop points', () => {
  const data = loadDropPoints(couriers);

  it('lists the data’s own counters of the courier in the shop’s regency', () => {
    const points = dropPointsNear(data, 'JNE', { code: '18.10', label: 'Kab. Pringsewu' });
    expect(points.map((p) => p.id)).toEqual(['jne-pringsewu-ahmad-yani', 'jne-pringsewu-ambarawa']);
    expect(points.every((p) => p.courier === 'JNE' && p.kind === 'counter')).toBe(true);
  });

  it.each([
    ['JNE', '11.01', 'Kab. Aceh Selatan', ['Agen JNE Kab. Aceh Selatan', 'JNE Kantor Perwakilan Kab. Aceh Selatan'], 'counter'],
    ['J&T', '18.10', 'Kab. Pringsewu', ['J&T Express Drop Point Pasar Pringsewu', 'J&T Express Gadingrejo'], 'counter'],
    ['POS Indonesia', '91.71', 'Kota Jayapura', ['Kantor Pos Kota Jayapura'], 'counter'],
    ['GoSend', '18.10', 'Kab. Pringsewu', ['Dijemput driver GoSend di alamat toko'], 'pickup'],
  ])('%s near %s (%s): %j', (courier, code, label, names, kind) => {
    const points = dropPointsNear(data, courier, { code, label });
    expect(points.map((p) => p.name)).toEqual(names);
    expect(points.every((p) => p.kind === kind)).toBe(true);
    expect(new Set(points.map((p) => p.id)).size).toBe(points.length);
  });

  it('has an entry for every courier the services name', () => {
    for (const courier of couriers) expect(dropPointsNear(data, courier, { code: '11.01', label: 'X' }).length).toBeGreaterThan(0);
  });

  it('refuses data with a missing courier, a duplicate id or a bad regency code', () => {
    expect(() =>
      parseDropPoints(
        {
          couriers: { JNE: { kind: 'counter', fallback: ['Agen JNE {regency}'] } },
          points: [
            { id: 'a', courier: 'JNE', regencyCode: '18.10', name: 'A', address: '' },
            { id: 'a', courier: 'JNE', regencyCode: '1810', name: 'B', address: '' },
          ],
        },
        ['JNE', 'J&T'],
      ),
    ).toThrow(/J&T[\s\S]*used twice[\s\S]*regencyCode/);
  });
});
