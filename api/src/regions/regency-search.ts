// Pure: the regency picker's search. Case, spaces and punctuation are ignored, so "baubau",
// "Bau-Bau" and "kab. pringsewu" all find what people mean; names that start with the query come first.
import type { Regency } from './regions.data.js';

export interface RegencySearchEntry {
  regency: Regency;
  /** The label, normalised: "kabpringsewu", "kotabandarlampung". */
  key: string;
  /** The name without "Kota", normalised: "pringsewu", "bandarlampung". */
  bareKey: string;
}

export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function buildRegencySearchIndex(regencies: readonly Regency[]): RegencySearchEntry[] {
  return regencies.map((regency) => ({
    regency,
    key: normalizeSearchText(regency.label),
    bareKey: normalizeSearchText(regency.type === 'kota' ? regency.name.replace(/^Kota\s+/, '') : regency.name),
  }));
}

/** Matches in index order (the official one), those whose name or label starts with the query first. */
export function searchRegencyIndex(index: readonly RegencySearchEntry[], query: string, limit: number): Regency[] {
  const needle = normalizeSearchText(query);
  if (needle === '' || limit < 1) return [];
  const starting: Regency[] = [];
  const containing: Regency[] = [];
  for (const entry of index) {
    if (entry.bareKey.startsWith(needle) || entry.key.startsWith(needle)) starting.push(entry.regency);
    else if (entry.key.includes(needle)) containing.push(entry.regency);
    if (starting.length >= limit) break;
  }
  return [...starting, ...containing].slice(0, limit);
}
