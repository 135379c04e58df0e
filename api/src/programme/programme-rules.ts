// Pure: the programme view (issue 17) from the class reports. One line per class (regency, date, facilitators,
// participants, missions completed, learning gain, practice after the day), the programme's totals, the filters,
// and the CSV (the one CSV writer, so names typed by trainees never run as formulas), with the attendance sheets below.
import { formatWib } from '../classes/attendance.js';
import { csvDocument } from '../common/csv/csv.js';
import type { IndonesianTimeZone } from '../common/time/zoned-time.js';
import { timeZoneOfRegency } from '../regions/time-zone.js';

export interface ProgrammeFilter {
  regencyCode?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  /** YYYY-MM-DD, inclusive. */
  to?: string;
}

/** A problem with the date range, or null. */
export function dateRangeProblem(filter: ProgrammeFilter): string | null {
  return filter.from && filter.to && filter.from > filter.to ? `from ${filter.from} is after to ${filter.to}` : null;
}

/** Whether a class is in the filter (dates as YYYY-MM-DD compare as text). */
export function inFilter(trainingClass: { regencyCode: string; date: string }, filter: ProgrammeFilter): boolean {
  if (filter.regencyCode && trainingClass.regencyCode !== filter.regencyCode) return false;
  if (filter.from && trainingClass.date < filter.from) return false;
  if (filter.to && trainingClass.date > filter.to) return false;
  return true;
}

/** "Cek Pemahaman" of a class (or of the programme) in one figure: every answer of every question together. */
export interface LearningSummary {
  beforeAnswered: number;
  beforeCorrect: number;
  /** Whole percent right, null when nobody answered. */
  beforePercent: number | null;
  afterAnswered: number;
  afterCorrect: number;
  afterPercent: number | null;
  /** after − before in percentage points; null unless both rounds have answers. */
  gain: number | null;
}

const percent = (correct: number, answered: number) => (answered === 0 ? null : Math.round((correct * 100) / answered));

function learningOf(beforeAnswered: number, beforeCorrect: number, afterAnswered: number, afterCorrect: number): LearningSummary {
  const beforePercent = percent(beforeCorrect, beforeAnswered);
  const afterPercent = percent(afterCorrect, afterAnswered);
  return {
    beforeAnswered,
    beforeCorrect,
    beforePercent,
    afterAnswered,
    afterCorrect,
    afterPercent,
    gain: beforePercent === null || afterPercent === null ? null : afterPercent - beforePercent,
  };
}

/** A class's answers pooled over its questions (the report's per-question shares, added up). */
export function classLearning(questions: readonly { before: { answered: number; correct: number }; after: { answered: number; correct: number } }[]): LearningSummary {
  const sum = (pick: (q: (typeof questions)[number]) => number) => questions.reduce((total, q) => total + pick(q), 0);
  return learningOf(
    sum((q) => q.before.answered),
    sum((q) => q.before.correct),
    sum((q) => q.after.answered),
    sum((q) => q.after.correct),
  );
}

/** Several classes pooled: the answers added up, not the percentages averaged (a class of 30 weighs more than one of 5). */
export function pooledLearning(all: readonly LearningSummary[]): LearningSummary {
  const sum = (pick: (l: LearningSummary) => number) => all.reduce((total, l) => total + pick(l), 0);
  return learningOf(
    sum((l) => l.beforeAnswered),
    sum((l) => l.beforeCorrect),
    sum((l) => l.afterAnswered),
    sum((l) => l.afterCorrect),
  );
}

export interface ProgrammeAttendee {
  name: string;
  village: string | null;
  phone: string | null;
  role: 'trainee' | 'buyer';
  joinedAt: string;
}

export interface ProgrammeClassRow {
  classId: string;
  name: string;
  place: string;
  date: string;
  regencyCode: string;
  regencyLabel: string;
  /** The zone its times are shown in (its attendance sheet's), from its regency. */
  timeZone: IndonesianTimeZone;
  status: string;
  facilitators: string[];
  /** Trainees who joined (personas and demo buyers excluded), as in the class report. */
  participants: number;
  /** Missions enabled in the class. */
  missionCount: number;
  /** Missions done, all trainees together. */
  missionsCompleted: number;
  /** Trainees who finished every enabled mission. */
  traineesAllMissions: number;
  learning: LearningSummary;
  practice: { actions: number; trainees: number; lastAt: string | null };
  orders: number;
  completedOrders: number;
  salesRupiah: number;
  /** The attendance sheet: everyone present (personas excluded), in joining order. */
  attendance: ProgrammeAttendee[];
}

/** What programmeRow reads of a class report (ClassReportView). */
export interface ClassReportFacts {
  class: { id: string; name: string; place: string; date: string; regencyLabel: string; status: string; facilitators: string[] };
  missionIds: readonly string[];
  trainees: readonly { doneCount: number }[];
  traineeCount: number;
  totals: { orders: number; completedOrders: number; salesRupiah: number };
  learningCheck: { questions: readonly { before: { answered: number; correct: number }; after: { answered: number; correct: number } }[] };
  practice: { actions: number; trainees: number; lastAt: string | null };
}

export function programmeRow(regencyCode: string, report: ClassReportFacts, attendance: ProgrammeAttendee[]): ProgrammeClassRow {
  const missionCount = report.missionIds.length;
  return {
    classId: report.class.id,
    name: report.class.name,
    place: report.class.place,
    date: report.class.date,
    regencyCode,
    regencyLabel: report.class.regencyLabel,
    timeZone: timeZoneOfRegency(regencyCode),
    status: report.class.status,
    facilitators: [...report.class.facilitators],
    participants: report.traineeCount,
    missionCount,
    missionsCompleted: report.trainees.reduce((total, t) => total + t.doneCount, 0),
    traineesAllMissions: missionCount === 0 ? 0 : report.trainees.filter((t) => t.doneCount >= missionCount).length,
    learning: classLearning(report.learningCheck.questions),
    practice: { ...report.practice },
    orders: report.totals.orders,
    completedOrders: report.totals.completedOrders,
    salesRupiah: report.totals.salesRupiah,
    attendance,
  };
}

export interface ProgrammeTotals {
  classes: number;
  participants: number;
  missionsCompleted: number;
  traineesAllMissions: number;
  learning: LearningSummary;
  practiceActions: number;
  practiceTrainees: number;
  orders: number;
  completedOrders: number;
  salesRupiah: number;
  attendees: number;
}

export function programmeTotals(rows: readonly ProgrammeClassRow[]): ProgrammeTotals {
  const sum = (pick: (row: ProgrammeClassRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    classes: rows.length,
    participants: sum((r) => r.participants),
    missionsCompleted: sum((r) => r.missionsCompleted),
    traineesAllMissions: sum((r) => r.traineesAllMissions),
    learning: pooledLearning(rows.map((r) => r.learning)),
    practiceActions: sum((r) => r.practice.actions),
    practiceTrainees: sum((r) => r.practice.trainees),
    orders: sum((r) => r.orders),
    completedOrders: sum((r) => r.completedOrders),
    salesRupiah: sum((r) => r.salesRupiah),
    attendees: sum((r) => r.attendance.length),
  };
}

/** The CSV's columns, in order (exported for the tests and the print page's agreement). */
export const PROGRAMME_CSV_HEADER = [
  'No',
  'Kelas',
  'Tempat',
  'Kabupaten/Kota',
  'Tanggal',
  'Fasilitator',
  'Peserta',
  'Misi Selesai',
  'Peserta Tuntas Semua Misi',
  'Dijawab Sebelum',
  'Benar Sebelum',
  'Benar Sebelum (%)',
  'Dijawab Sesudah',
  'Benar Sesudah',
  'Benar Sesudah (%)',
  'Kenaikan (poin)',
  'Peserta Berlatih Setelah Hari H',
  'Aksi Setelah Hari H',
  'Pesanan',
  'Pesanan Selesai',
  'Penjualan (Rp)',
] as const;

const cell = (value: number | null) => (value === null ? '' : String(value));

function learningCells(l: LearningSummary): string[] {
  return [l.beforeAnswered, l.beforeCorrect, l.beforePercent, l.afterAnswered, l.afterCorrect, l.afterPercent, l.gain].map(cell);
}

/**
 * "Ringkasan program": one line per class, the total line (counts added up; the learning percentages from the
 * answers added up), then the attendance sheets of every class, one line per person present.
 */
export function programmeCsv(rows: readonly ProgrammeClassRow[]): string {
  const totals = programmeTotals(rows);
  const lines = rows.map((row, index) => [
    String(index + 1),
    row.name,
    row.place,
    row.regencyLabel,
    row.date,
    row.facilitators.join(', '),
    String(row.participants),
    `${row.missionsCompleted}`,
    String(row.traineesAllMissions),
    ...learningCells(row.learning),
    String(row.practice.trainees),
    String(row.practice.actions),
    String(row.orders),
    String(row.completedOrders),
    String(row.salesRupiah),
  ]);
  const totalLine = [
    '',
    'JUMLAH',
    '',
    '',
    '',
    '',
    String(totals.participants),
    String(totals.missionsCompleted),
    String(totals.traineesAllMissions),
    ...learningCells(totals.learning),
    String(totals.practiceTrainees),
    String(totals.practiceActions),
    String(totals.orders),
    String(totals.completedOrders),
    String(totals.salesRupiah),
  ];
  const attendance = rows.flatMap((row) =>
    row.attendance.map((person, index) => [
      row.name,
      row.date,
      String(index + 1),
      person.name,
      person.village ?? '',
      person.phone ?? '',
      person.role === 'trainee' ? 'Peserta' : 'Pembeli',
      formatWib(new Date(person.joinedAt), row.timeZone),
    ]),
  );
  return csvDocument([
    [...PROGRAMME_CSV_HEADER],
    ...lines,
    totalLine,
    [],
    ['Daftar Hadir'],
    // Classes of one programme can be in different zones: each time carries its own ("14.05 WITA").
    ['Kelas', 'Tanggal', 'No', 'Nama', 'Desa/Alamat', 'No. HP', 'Peran', 'Waktu Bergabung'],
    ...attendance,
  ]);
}
