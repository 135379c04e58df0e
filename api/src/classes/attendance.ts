// The attendance sheet (daftar hadir) the programme files: pure rows → CSV, times in the class's zone.
import { csvDocument } from '../common/csv/csv.js';
import { DEFAULT_TIME_ZONE, type IndonesianTimeZone, wallClock, zoneLabel } from '../common/time/zoned-time.js';

export interface AttendanceRow {
  name: string;
  village: string | null;
  phone: string | null;
  role: 'trainee' | 'buyer';
  joinedAt: Date;
}

/** "28/11/2026 14.05 WIB": the class's zone (WIB unless the class is in WITA or WIT). */
export function formatWib(date: Date, timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE): string {
  const clock = wallClock(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(clock.day)}/${pad(clock.month)}/${clock.year} ${pad(clock.hour)}.${pad(clock.minute)} ${zoneLabel(timeZone)}`;
}

export function attendanceCsv(rows: AttendanceRow[], timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE): string {
  const header = ['No', 'Nama', 'Desa/Alamat', 'No. HP', 'Peran', `Waktu Bergabung (${zoneLabel(timeZone)})`];
  const lines = rows.map((row, index) => [
    String(index + 1),
    row.name,
    row.village ?? '',
    row.phone ?? '',
    row.role === 'trainee' ? 'Peserta' : 'Pembeli',
    formatWib(row.joinedAt, timeZone),
  ]);
  return csvDocument([header, ...lines]);
}
