import { type RegencyRef, type ShippingZone, shippingZone } from './zone.js';

const pringsewu: RegencyRef = { code: '18.10', provinceCode: '18', islandGroup: 'sumatera' };
const bandarLampung: RegencyRef = { code: '18.71', provinceCode: '18', islandGroup: 'sumatera' };
const palembang: RegencyRef = { code: '16.71', provinceCode: '16', islandGroup: 'sumatera' };
const batam: RegencyRef = { code: '21.71', provinceCode: '21', islandGroup: 'sumatera' };
const surabaya: RegencyRef = { code: '35.78', provinceCode: '35', islandGroup: 'jawa' };
const jakartaSelatan: RegencyRef = { code: '31.74', provinceCode: '31', islandGroup: 'jawa' };
const bandung: RegencyRef = { code: '32.73', provinceCode: '32', islandGroup: 'jawa' };
const jayapura: RegencyRef = { code: '91.71', provinceCode: '91', islandGroup: 'papua' };
const merauke: RegencyRef = { code: '93.01', provinceCode: '93', islandGroup: 'papua' };

describe('shippingZone', () => {
  it.each<[string, RegencyRef, RegencyRef, ShippingZone]>([
    ['Pringsewu → Pringsewu', pringsewu, pringsewu, 'same-regency'],
    ['Pringsewu → Bandar Lampung', pringsewu, bandarLampung, 'same-province'],
    ['Bandar Lampung → Pringsewu', bandarLampung, pringsewu, 'same-province'],
    ['Pringsewu → Palembang', pringsewu, palembang, 'same-island-group'],
    ['Pringsewu → Batam (Kepulauan Riau ships with Sumatera)', pringsewu, batam, 'same-island-group'],
    ['Pringsewu → Surabaya', pringsewu, surabaya, 'inter-island'],
    ['Surabaya → Pringsewu', surabaya, pringsewu, 'inter-island'],
    ['Jakarta Selatan → Bandung', jakartaSelatan, bandung, 'same-island-group'],
    ['Jayapura (Papua) → Merauke (Papua Selatan)', jayapura, merauke, 'same-island-group'],
    ['Bandung → Jayapura', bandung, jayapura, 'inter-island'],
  ])('%s is %s', (_case, origin, destination, zone) => {
    expect(shippingZone(origin, destination)).toBe(zone);
  });
});
