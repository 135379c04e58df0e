// Dates as the trainees read them, in the class's zone: WIB (Asia/Jakarta) unless a class is in WITA
// (Asia/Makassar) or WIT (Asia/Jayapura). Read through Intl with the zone named, never the device's zone and never a
// fixed offset. Formatters are built once per zone (building one is the slow part on a cheap phone).
export const ZONE_LABELS = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' } as const;
export type ClassTimeZone = keyof typeof ZONE_LABELS;
export const DEFAULT_TIME_ZONE: ClassTimeZone = 'Asia/Jakarta';

export function isClassTimeZone(value: unknown): value is ClassTimeZone {
  return typeof value === 'string' && Object.hasOwn(ZONE_LABELS, value);
}

let shown: ClassTimeZone = DEFAULT_TIME_ZONE;

/**
 * The zone a time is shown in when the call names none: the class's that this screen is about. A trainee's or a
 * buyer's phone belongs to one class (its session says which zone: shared/auth/session-time-zone.ts); a facilitator's
 * class pages set their class's as they draw it. WIB until then.
 */
export function shownTimeZone(): ClassTimeZone {
  return shown;
}

/** Shows times in `zone` from now on (WIB for none, or one this app does not know). */
export function showTimesIn(zone: string | null | undefined): void {
  shown = isClassTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields in `timeZone` at `time` (ms since the epoch). */
function wallClock(time: number, timeZone: ClassTimeZone) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(time)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month! - 1, day: parts.day!, hours: parts.hour!, minutes: parts.minute! };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;

// A date-time without "Z" or "+hh:mm" would be read in the device's zone: refuse it rather than guess.
const HAS_TIME_WITHOUT_ZONE = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** An instant in time: a Date, or an ISO 8601 string with its zone (e.g. "2026-11-28T15:00:00Z"). */
export type Instant = Date | string;

function toWibParts(instant: Instant, timeZone: ClassTimeZone = shownTimeZone()) {
  if (typeof instant === 'string' && HAS_TIME_WITHOUT_ZONE.test(instant.trim())) {
    throw new RangeError(`Date-time without a time zone: ${instant}`);
  }
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(time)) throw new RangeError(`Not a valid date: ${String(instant)}`);
  const clock = wallClock(time, timeZone);
  return { day: clock.day, month: MONTHS[clock.month], year: clock.year, hours: clock.hours, minutes: clock.minutes };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "28 Nov 2026" */
export function formatWibDate(instant: Instant, timeZone: ClassTimeZone = shownTimeZone()): string {
  const { day, month, year } = toWibParts(instant, timeZone);
  return `${day} ${month} ${year}`;
}

/** "22.00 WIB" (Indonesian style: a dot between hours and minutes, 24-hour clock); "WITA"/"WIT" in those zones */
export function formatWibTime(instant: Instant, timeZone: ClassTimeZone = shownTimeZone()): string {
  const { hours, minutes } = toWibParts(instant, timeZone);
  return `${twoDigits(hours)}.${twoDigits(minutes)} ${ZONE_LABELS[timeZone]}`;
}

/** "28 Nov 2026 22.00 WIB" */
export function formatWibDateTime(instant: Instant, timeZone: ClassTimeZone = shownTimeZone()): string {
  return `${formatWibDate(instant, timeZone)} ${formatWibTime(instant, timeZone)}`;
}

const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// A class's date is a calendar day ("2026-11-28"), not an instant: no time zone applies.
function calendarParts(date: string) {
  const match = CALENDAR_DATE.exec(date);
  const utc = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !utc || utc.getUTCDate() !== Number(match[3])) throw new RangeError(`Not a calendar date: ${date}`);
  return { day: utc.getUTCDate(), month: utc.getUTCMonth(), year: utc.getUTCFullYear(), weekday: utc.getUTCDay() };
}

/** "2026-11-28" → "28 Nov 2026" */
export function formatCalendarDate(date: string): string {
  const { day, month, year } = calendarParts(date);
  return `${day} ${MONTHS[month]} ${year}`;
}

/** "2026-11-28" → "Sabtu, 28 November 2026", as programme reports write it. */
export function formatLongDate(date: string): string {
  const { day, month, year, weekday } = calendarParts(date);
  return `${DAY_NAMES[weekday]}, ${day} ${MONTH_NAMES[month]} ${year}`;
}

/** Today's date in WIB as "YYYY-MM-DD" (a form's default workshop date). */
export function todayInWib(nowMs: number): string {
  const clock = wallClock(nowMs, DEFAULT_TIME_ZONE);
  return `${clock.year}-${twoDigits(clock.month + 1)}-${twoDigits(clock.day)}`;
}

/** "09.15": the time alone, for a column already headed "(WIB)". */
export function formatWibClock(instant: Instant, timeZone: ClassTimeZone = shownTimeZone()): string {
  const { hours, minutes } = toWibParts(instant, timeZone);
  return `${twoDigits(hours)}.${twoDigits(minutes)}`;
}
