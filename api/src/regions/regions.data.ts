// Provinces and regencies of Indonesia, read once from the idn-area-data package's CSV files.
// Data: idn-area-data (https://github.com/fityannugroho/idn-area-data), licensed under the ODbL 1.0
// (node_modules/idn-area-data/data/LICENSE.md); keep this attribution, also served at GET /api/regions/attribution.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import islandGroupTable from './island-groups.json' with { type: 'json' };
import { type IslandGroup, isIslandGroup } from './island-group.js';
import { parseCsvRecords } from './parse-csv.js';
import { provinceDisplayName, regencyDisplayNames, type RegencyType } from './region-names.js';

export const REGION_DATA_ATTRIBUTION = {
  source: 'idn-area-data',
  licence: 'ODbL-1.0',
  url: 'https://github.com/fityannugroho/idn-area-data',
} as const;

export interface Province {
  /** "18" */
  code: string;
  /** "Lampung" */
  name: string;
  islandGroup: IslandGroup;
}

export interface Regency {
  /** "18.10" */
  code: string;
  /** "18" */
  provinceCode: string;
  /** "Pringsewu", "Kota Bandar Lampung" */
  name: string;
  type: RegencyType;
  /** "Kab. Pringsewu", "Kota Bandar Lampung" */
  label: string;
}

export interface RegionData {
  /** In the data file's (official) order. */
  provinces: readonly Province[];
  provincesByCode: ReadonlyMap<string, Province>;
  /** In the data file's (official) order. */
  regencies: readonly Regency[];
  regenciesByCode: ReadonlyMap<string, Regency>;
  regenciesByProvince: ReadonlyMap<string, readonly Regency[]>;
}

export type ProvinceRow = Record<'code' | 'name', string>;
export type RegencyRow = Record<'code' | 'province_code' | 'name', string>;

/** Builds the lookups from raw rows; refuses data that would break names or shipping zones. */
export function buildRegionData(
  provinceRows: readonly ProvinceRow[],
  regencyRows: readonly RegencyRow[],
  islandGroups: Readonly<Record<string, unknown>>,
): RegionData {
  const problems: string[] = [];
  const provincesByCode = new Map<string, Province>();
  for (const row of provinceRows) {
    const islandGroup = islandGroups[row.code];
    if (!isIslandGroup(islandGroup)) problems.push(`province ${row.code} (${row.name}) has no known island group`);
    else if (provincesByCode.has(row.code)) problems.push(`province ${row.code} appears twice`);
    else provincesByCode.set(row.code, Object.freeze({ code: row.code, name: provinceDisplayName(row.name), islandGroup }));
  }

  const regenciesByCode = new Map<string, Regency>();
  const regenciesByProvince = new Map<string, Regency[]>([...provincesByCode.keys()].map((code) => [code, []]));
  for (const row of regencyRows) {
    const siblings = regenciesByProvince.get(row.province_code);
    if (!siblings) problems.push(`regency ${row.code} (${row.name}) is in unknown province ${row.province_code}`);
    else if (regenciesByCode.has(row.code)) problems.push(`regency ${row.code} appears twice`);
    else {
      const regency = Object.freeze({ code: row.code, provinceCode: row.province_code, ...regencyDisplayNames(row.name) });
      regenciesByCode.set(row.code, regency);
      siblings.push(regency);
    }
  }
  if (problems.length > 0) throw new Error(`Region data is inconsistent:\n  - ${problems.join('\n  - ')}`);

  return {
    provinces: Object.freeze([...provincesByCode.values()]),
    provincesByCode,
    regencies: Object.freeze([...regenciesByCode.values()]),
    regenciesByCode,
    regenciesByProvince: new Map([...regenciesByProvince].map(([code, list]) => [code, Object.freeze(list)])),
  };
}

/** The package's data folder, wherever npm put it (hoisted or not). */
export function idnAreaDataFolder(): string {
  const packageJson = createRequire(import.meta.url).resolve('idn-area-data/package.json');
  return path.join(path.dirname(packageJson), 'data');
}

export function readRegionRows(folder = idnAreaDataFolder()): { provinces: ProvinceRow[]; regencies: RegencyRow[] } {
  const read = (file: string) => fs.readFileSync(path.join(folder, file), 'utf8');
  return {
    provinces: parseCsvRecords(read('provinces.csv'), ['code', 'name']),
    regencies: parseCsvRecords(read('regencies.csv'), ['code', 'province_code', 'name']),
  };
}

let loaded: RegionData | undefined;

/** Reads and indexes the data on first use only; it changes only with the package. */
export function loadRegionData(): RegionData {
  if (!loaded) {
    const rows = readRegionRows();
    loaded = buildRegionData(rows.provinces, rows.regencies, islandGroupTable);
  }
  return loaded;
}
