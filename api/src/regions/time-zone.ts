// Pure: the zone a class's clocks read in, from where it is held. Indonesia has three: WIB (UTC+7) in Sumatera, Jawa and
// West and Central Kalimantan; WITA (UTC+8) in Bali, Nusa Tenggara, the rest of Kalimantan and Sulawesi; WIT (UTC+9) in
// Maluku and Papua. Each is an IANA zone (Asia/Pontianak is WIB too), so a time is always read through Intl, never as
// a fixed offset. A class's regency code ("73.71") starts with its province's ("73").
import { DEFAULT_TIME_ZONE, type IndonesianTimeZone } from '../common/time/zoned-time.js';

const BY_PROVINCE: Readonly<Record<string, IndonesianTimeZone>> = {
  '61': 'Asia/Pontianak', // Kalimantan Barat
  '62': 'Asia/Pontianak', // Kalimantan Tengah
  '51': 'Asia/Makassar', // Bali
  '52': 'Asia/Makassar', // Nusa Tenggara Barat
  '53': 'Asia/Makassar', // Nusa Tenggara Timur
  '63': 'Asia/Makassar', // Kalimantan Selatan
  '64': 'Asia/Makassar', // Kalimantan Timur
  '65': 'Asia/Makassar', // Kalimantan Utara
  '71': 'Asia/Makassar', // Sulawesi Utara
  '72': 'Asia/Makassar', // Sulawesi Tengah
  '73': 'Asia/Makassar', // Sulawesi Selatan
  '74': 'Asia/Makassar', // Sulawesi Tenggara
  '75': 'Asia/Makassar', // Gorontalo
  '76': 'Asia/Makassar', // Sulawesi Barat
  '81': 'Asia/Jayapura', // Maluku
  '82': 'Asia/Jayapura', // Maluku Utara
  '91': 'Asia/Jayapura', // Papua
  '92': 'Asia/Jayapura', // Papua Barat
  '93': 'Asia/Jayapura', // Papua Selatan
  '94': 'Asia/Jayapura', // Papua Tengah
  '95': 'Asia/Jayapura', // Papua Pegunungan
  '96': 'Asia/Jayapura', // Papua Barat Daya
};

/** The zone of a province ("73"); every other province (Sumatera, Jawa) is WIB, Asia/Jakarta. */
export function timeZoneOfProvince(provinceCode: string): IndonesianTimeZone {
  return BY_PROVINCE[provinceCode] ?? DEFAULT_TIME_ZONE;
}

/** The zone of a regency ("73.71", Kota Makassar): its province's. */
export function timeZoneOfRegency(regencyCode: string): IndonesianTimeZone {
  return timeZoneOfProvince(regencyCode.split('.')[0] ?? '');
}
