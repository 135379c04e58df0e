// The attendance sheet (daftar hadir) the programme files: pure rows → CSV, times in WIB.
export interface AttendanceRow {
  name: string;
  village: string | null;
  phone: string | null;
  role: 'trainee' | 'buyer';
  joinedAt: Date;
}

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000; // Indonesia has no daylight saving time.

export function formatWib(date: Date): string {
  const wib = new Date(date.getTime() + WIB_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(wib.getUTCDate())}/${pad(wib.getUTCMonth() + 1)}/${wib.getUTCFullYear()} ${pad(wib.getUTCHours())}.${pad(wib.getUTCMinutes())} WIB`;
}

function csvField(value: string): string {
  // Quote everything; neutralise spreadsheet formulas typed as names (=, +, -, @).
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function attendanceCsv(rows: AttendanceRow[]): string {
  const header = ['No', 'Nama', 'Desa/Alamat', 'No. HP', 'Peran', 'Waktu Bergabung (WIB)'];
  const lines = rows.map((row, index) =>
    [String(index + 1), row.name, row.village ?? '', row.phone ?? '', row.role === 'trainee' ? 'Peserta' : 'Pembeli', formatWib(row.joinedAt)]
      .map(csvField)
      .join(','),
  );
  // A BOM so that Excel on the facilitator's laptop opens the UTF-8 names correctly.
  return '\uFEFF' + [header.map(csvField).join(','), ...lines].join('\r\n') + '\r\n';
}
