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

/** The wall clock as Intl reads it: the reference every faster path below is checked against. */
export function intlWallClock(at: Date, timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE): WallClock {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid date');
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts['year']!, month: parts['month']!, day: parts['day']!, hour: parts['hour']!, minute: parts['minute']!, second: parts['second']! };
}

const HOUR_MS = 3_600_000;
/** A zone's offset from UTC for one hour of UTC, by `zone:hour`: the offsets of the hours lately read. */
const hourOffsets = new Map<string, number | null>();
const MAX_HOURS_KEPT = 512;

/** How far the wall clock is ahead of UTC at `ms`, per Intl (whole seconds: the zone's offset then). */
export function zoneOffsetAt(ms: number, timeZone: IndonesianTimeZone): number {
  const clock = intlWallClock(new Date(ms), timeZone);
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The zone's offset throughout this hour of UTC, or null when it changed within it (a zone's offsets change rarely,
 * never twice in an hour): read from Intl at the hour's first and last second, once per hour and zone.
 */
function hourOffset(ms: number, timeZone: IndonesianTimeZone): number | null {
  const hour = Math.floor(ms / HOUR_MS);
  const key = `${timeZone}:${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    const first = zoneOffsetAt(hour * HOUR_MS, timeZone);
    offset = first === zoneOffsetAt(hour * HOUR_MS + HOUR_MS - 1000, timeZone) ? first : null;
    if (hourOffsets.size >= MAX_HOURS_KEPT) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  return offset;
}

/**
 * The date and time a clock on the wall in `timeZone` shows at `at`. Intl's `formatToParts` costs about 6 µs a call,
 * and a checkout reads about 11 wall clocks (its invoice number, the gateway's times): the zone's offset is read from Intl
 * once per hour of UTC and added, which gives what Intl gives (zoned-time.spec.ts compares them).
 */
export function wallClock(at: Date, timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE): WallClock {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid date');
  const offset = hourOffset(ms, timeZone);
  if (offset === null) return intlWallClock(at, timeZone);
  const shifted = new Date(ms + offset);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
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
