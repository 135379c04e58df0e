// The one way the API reads a moment as a wall clock in Indonesia: Intl with an IANA zone, never a fixed +7 h.
// A class runs in WIB (Asia/Jakarta) unless it is in WITA (Asia/Makassar) or WIT (Asia/Jayapura); Midtrans' times
// are WIB by its protocol. Formatters are built once per zone (building one is the slow part).

export const INDONESIAN_TIME_ZONES = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' } as const;
export type IndonesianTimeZone = keyof typeof INDONESIAN_TIME_ZONES;
export const TIME_ZONE_NAMES = Object.keys(INDONESIAN_TIME_ZONES) as IndonesianTimeZone[];
/** A class's zone in the OpenAPI document: one named enum, ClassTimeZone, wherever a view carries it. */
export const TIME_ZONE_SCHEMA = { enum: TIME_ZONE_NAMES, enumName: 'ClassTimeZone', example: 'Asia/Jakarta' } as const;
export const DEFAULT_TIME_ZONE: IndonesianTimeZone = 'Asia/Jakarta';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The date and time a clock on the wall in `timeZone` shows at `at`. */
export function wallClock(at: Date, timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE): WallClock {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid date');
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts['year']!, month: parts['month']!, day: parts['day']!, hour: parts['hour']!, minute: parts['minute']!, second: parts['second']! };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-11-28" */
export function isoDate(clock: WallClock): string {
  return `${clock.year}-${two(clock.month)}-${two(clock.day)}`;
}

/** "14:05:09" */
export function isoTime(clock: WallClock): string {
  return `${two(clock.hour)}:${two(clock.minute)}:${two(clock.second)}`;
}

/** "WIB", "WITA" or "WIT". */
export function zoneLabel(timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE): string {
  return INDONESIAN_TIME_ZONES[timeZone];
}
