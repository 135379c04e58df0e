// Dates as the trainees read them, in WIB (Asia/Jakarta). Indonesia has no daylight saving time,
// so WIB is always UTC+7; a fixed offset keeps the output independent of the device's time zone.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;

// A date-time without "Z" or "+hh:mm" would be read in the device's zone: refuse it rather than guess.
const HAS_TIME_WITHOUT_ZONE = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** An instant in time: a Date, or an ISO 8601 string with its zone (e.g. "2026-11-28T15:00:00Z"). */
export type Instant = Date | string;

function toWibParts(instant: Instant) {
  if (typeof instant === 'string' && HAS_TIME_WITHOUT_ZONE.test(instant.trim())) {
    throw new RangeError(`Date-time without a time zone: ${instant}`);
  }
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(time)) throw new RangeError(`Not a valid date: ${String(instant)}`);
  // Shift by +7 h and read the UTC fields: those are the wall-clock fields in WIB.
  const wib = new Date(time + WIB_OFFSET_MS);
  return {
    day: wib.getUTCDate(),
    month: MONTHS[wib.getUTCMonth()],
    year: wib.getUTCFullYear(),
    hours: wib.getUTCHours(),
    minutes: wib.getUTCMinutes(),
  };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "28 Nov 2026" */
export function formatWibDate(instant: Instant): string {
  const { day, month, year } = toWibParts(instant);
  return `${day} ${month} ${year}`;
}

/** "22.00 WIB" (Indonesian style: a dot between hours and minutes, 24-hour clock) */
export function formatWibTime(instant: Instant): string {
  const { hours, minutes } = toWibParts(instant);
  return `${twoDigits(hours)}.${twoDigits(minutes)} WIB`;
}

/** "28 Nov 2026 22.00 WIB" */
export function formatWibDateTime(instant: Instant): string {
  return `${formatWibDate(instant)} ${formatWibTime(instant)}`;
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
  const wib = new Date(nowMs + WIB_OFFSET_MS);
  return `${wib.getUTCFullYear()}-${twoDigits(wib.getUTCMonth() + 1)}-${twoDigits(wib.getUTCDate())}`;
}

/** "09.15": the time alone, for a column already headed "(WIB)". */
export function formatWibClock(instant: Instant): string {
  const { hours, minutes } = toWibParts(instant);
  return `${twoDigits(hours)}.${twoDigits(minutes)}`;
}
