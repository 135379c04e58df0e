import { Injectable } from '@nestjs/common';
import { buildRegencySearchIndex, searchRegencyIndex } from './regency-search.js';
import { loadRegionData, type Province, REGION_DATA_ATTRIBUTION, type Regency } from './regions.data.js';
import { unknownProvince, unknownRegency } from './regions.errors.js';
import { type RegencyRef, type ShippingZone, shippingZone } from './zone.js';

export const DEFAULT_REGENCY_SEARCH_LIMIT = 20;

/** Read-only lookups over Indonesia's provinces and regencies; the public surface of `regions`. */
@Injectable()
export class RegionsService {
  private readonly data = loadRegionData();
  private readonly searchIndex = buildRegencySearchIndex(this.data.regencies);

  listProvinces(): readonly Province[] {
    return this.data.provinces;
  }

  getProvince(code: string): Province | undefined {
    return this.data.provincesByCode.get(code);
  }

  /** Throws UNKNOWN_PROVINCE (404) for a code that is not a province. */
  listRegencies(provinceCode: string): readonly Regency[] {
    const regencies = this.data.regenciesByProvince.get(provinceCode);
    if (!regencies) throw unknownProvince(provinceCode);
    return regencies;
  }

  getRegency(code: string): Regency | undefined {
    return this.data.regenciesByCode.get(code);
  }

  /** For codes that arrive as request fields (an address, a shop's origin): UNKNOWN_REGENCY (400). */
  requireRegency(code: string): Regency {
    const regency = this.getRegency(code);
    if (!regency) throw unknownRegency(code, 400);
    return regency;
  }

  searchRegencies(query: string, limit = DEFAULT_REGENCY_SEARCH_LIMIT): Regency[] {
    return searchRegencyIndex(this.searchIndex, query, limit);
  }

  /** What shipping rates need of a regency; UNKNOWN_REGENCY (400) for an unknown code. */
  regencyRef(code: string): RegencyRef {
    const regency = this.requireRegency(code);
    // buildRegionData guarantees every regency's province exists.
    const province = this.data.provincesByCode.get(regency.provinceCode)!;
    return { code: regency.code, provinceCode: regency.provinceCode, islandGroup: province.islandGroup };
  }

  zoneBetween(originCode: string, destinationCode: string): ShippingZone {
    return shippingZone(this.regencyRef(originCode), this.regencyRef(destinationCode));
  }

  attribution(): typeof REGION_DATA_ATTRIBUTION {
    return REGION_DATA_ATTRIBUTION;
  }
}
