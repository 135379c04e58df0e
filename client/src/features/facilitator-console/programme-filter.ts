// Pure: the programme view's filter between the page's address (Indonesian names) and the API's query.
import { PROGRAMME_PARAMS } from '../../shared/config/paths';

export interface ProgrammeFilter {
  regency?: string;
  from?: string;
  to?: string;
}

const REGENCY = /^\d{2}\.\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter in an address; a value that is not a regency code or a day is left out rather than sent. */
export function readProgrammeFilter(params: URLSearchParams): ProgrammeFilter {
  const filter: ProgrammeFilter = {};
  const regency = params.get(PROGRAMME_PARAMS.regency);
  const from = params.get(PROGRAMME_PARAMS.from);
  const to = params.get(PROGRAMME_PARAMS.to);
  if (regency && REGENCY.test(regency)) filter.regency = regency;
  if (from && DAY.test(from)) filter.from = from;
  if (to && DAY.test(to)) filter.to = to;
  return filter;
}

/** The page's address query for a filter (empty values left out): "kabupaten=18.10&dari=2026-11-01". */
export function programmeSearch(filter: ProgrammeFilter): string {
  const params = new URLSearchParams();
  if (filter.regency) params.set(PROGRAMME_PARAMS.regency, filter.regency);
  if (filter.from) params.set(PROGRAMME_PARAMS.from, filter.from);
  if (filter.to) params.set(PROGRAMME_PARAMS.to, filter.to);
  return params.toString();
}

/** The API's query for a filter: "regency=18.10&from=2026-11-01". */
export function programmeApiQuery(filter: ProgrammeFilter): string {
  const params = new URLSearchParams();
  for (const key of ['regency', 'from', 'to'] as const) if (filter[key]) params.set(key, filter[key]);
  return params.toString();
}

/** A stable key for the loaded data of one filter. */
export function programmeKey(filter: ProgrammeFilter): string {
  return `programme:${programmeApiQuery(filter)}`;
}

/** "+50", "-10", "0", or null when the gain is unknown (a round without answers). */
export function signedPoints(gain: number | null): string | null {
  if (gain === null) return null;
  return gain > 0 ? `+${gain}` : String(gain);
}
