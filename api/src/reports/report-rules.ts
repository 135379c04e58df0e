// Pure: the programme's activity report from what the class did: per-trainee counts and rupiah, the mission
// completion series for the chart, the timeline, and the CSV (UTF-8 with BOM for Excel, Indonesian headers).
import { formatWib } from '../classes/attendance.js';
import { csvDocument } from '../common/csv/csv.js';
import type { MissionId, MissionState } from '../missions/mission-checks.js';
import { DEFAULT_TIME_ZONE, type IndonesianTimeZone, zoneLabel } from '../common/time/zoned-time.js';

/** Indonesian column names of the missions in the CSV (the print page takes its words from the client). */
export const MISSION_LABELS_ID: Record<MissionId, string> = {
  shop_setup: 'Toko dibuka',
  product_with_photo: 'Produk berfoto',
  chat_answered: 'Chat dibalas',
  paid_order: 'Pesanan dibayar',
  shipped_on_time: 'Dikirim tepat waktu',
  order_completed: 'Pesanan selesai',
  bank_account: 'Rekening terdaftar',
  withdrawal: 'Tarik dana',
  fraud_drill: 'Lolos latihan penipuan',
};

const STATE_ID: Record<MissionState, string> = { done: 'Selesai', todo: 'Belum', failed: 'Gagal' };

export interface TraineeCounts {
  productsPosted: number;
  orders: number;
  payments: number;
  shipments: number;
  completedOrders: number;
  withdrawals: number;
  /** Rupiah paid for the shop's orders (order totals at payment). */
  salesRupiah: number;
  /** Rupiah withdrawn to a bank (successful withdrawals). */
  withdrawnRupiah: number;
}

export const ZERO_COUNTS: TraineeCounts = {
  productsPosted: 0,
  orders: 0,
  payments: 0,
  shipments: 0,
  completedOrders: 0,
  withdrawals: 0,
  salesRupiah: 0,
  withdrawnRupiah: 0,
};

export interface CountEvent {
  type: string;
  payload: Record<string, unknown>;
}

const money = (value: unknown): number => (typeof value === 'number' && Number.isSafeInteger(value) ? value : 0);

/** One trainee's counts from their events (each order and withdrawal counted once, whatever the duplicates). */
export function countEvents(events: readonly CountEvent[]): TraineeCounts {
  const counts = { ...ZERO_COUNTS };
  const seen = new Set<string>();
  const first = (kind: string, id: unknown): boolean => {
    const key = `${kind}:${String(id)}`;
    if (typeof id !== 'string' || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const { type, payload } of events) {
    switch (type) {
      case 'product.created':
        if (first('product', payload.id ?? payload.productId)) counts.productsPosted++;
        break;
      case 'order.placed':
        if (first('placed', payload.orderId)) counts.orders++;
        break;
      case 'order.paid':
        if (first('paid', payload.orderId)) {
          counts.payments++;
          counts.salesRupiah += money(payload.total);
        }
        break;
      case 'order.shipped':
        if (first('shipped', payload.orderId)) counts.shipments++;
        break;
      case 'order.completed':
        if (first('completed', payload.orderId)) counts.completedOrders++;
        break;
      case 'wallet.withdrawal_succeeded':
        if (first('withdrawal', payload.withdrawalId)) {
          counts.withdrawals++;
          counts.withdrawnRupiah += money(payload.amount);
        }
        break;
    }
  }
  return counts;
}

export function sumCounts(all: readonly TraineeCounts[]): TraineeCounts {
  return all.reduce(
    (sum, c) => ({
      productsPosted: sum.productsPosted + c.productsPosted,
      orders: sum.orders + c.orders,
      payments: sum.payments + c.payments,
      shipments: sum.shipments + c.shipments,
      completedOrders: sum.completedOrders + c.completedOrders,
      withdrawals: sum.withdrawals + c.withdrawals,
      salesRupiah: sum.salesRupiah + c.salesRupiah,
      withdrawnRupiah: sum.withdrawnRupiah + c.withdrawnRupiah,
    }),
    { ...ZERO_COUNTS },
  );
}

export interface SeriesPoint {
  at: string;
  completed: number;
}

/**
 * The chart: missions completed so far (all trainees together) at the end of each `bucketMinutes` of the session,
 * from the `mission.progress` events' newly completed missions. A mission undone later is not subtracted.
 */
export function completionSeries(events: readonly { at: Date; completed: number }[], bucketMinutes = 10): SeriesPoint[] {
  if (events.length === 0) return [];
  const bucketMs = bucketMinutes * 60_000;
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const start = Math.floor(sorted[0]!.at.getTime() / bucketMs) * bucketMs;
  const end = Math.floor(sorted.at(-1)!.at.getTime() / bucketMs) * bucketMs;
  const points: SeriesPoint[] = [];
  let total = 0;
  let i = 0;
  for (let bucket = start; bucket <= end; bucket += bucketMs) {
    while (i < sorted.length && sorted[i]!.at.getTime() < bucket + bucketMs) total += sorted[i++]!.completed;
    points.push({ at: new Date(bucket + bucketMs).toISOString(), completed: total });
  }
  return points;
}

export interface ReportCsvRow {
  name: string;
  village: string | null;
  shopName: string;
  joinedAt: Date;
  missions: { id: MissionId; state: MissionState }[];
  counts: TraineeCounts;
}

export interface LearningCsvQuestion {
  promptId: string;
  before: { answered: number; percent: number | null };
  after: { answered: number; percent: number | null };
  gain: number | null;
}

const percentCell = (value: number | null) => (value === null ? '' : String(value));

/**
 * "Cek Pemahaman" below the trainees: a blank line, a header, then per question the share right before and after
 * (whole percent of those who answered) and the gain in points. A class whose trainees answered nothing keeps the
 * report without it.
 */
export function learningCsvRows(questions: readonly LearningCsvQuestion[]): string[][] {
  if (!questions.some((q) => q.before.answered + q.after.answered > 0)) return [];
  return [
    [],
    ['No', 'Cek Pemahaman', 'Benar Sebelum (%)', 'Benar Sesudah (%)', 'Kenaikan (poin)', 'Menjawab Sebelum', 'Menjawab Sesudah'],
    ...questions.map((q, index) => [
      String(index + 1),
      q.promptId,
      percentCell(q.before.percent),
      percentCell(q.after.percent),
      // A drop is written -10, which the CSV helper keeps from running as a formula ('-10 in Excel).
      percentCell(q.gain),
      String(q.before.answered),
      String(q.after.answered),
    ]),
  ];
}

/** "Laporan kegiatan": one line per trainee, then a total line, then the learning check when there is one. */
export function reportCsv(
  missionIds: readonly MissionId[],
  rows: readonly ReportCsvRow[],
  learning: readonly LearningCsvQuestion[] = [],
  timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE,
): string {
  const header = [
    'No',
    'Nama',
    'Desa/Alamat',
    'Toko',
    `Waktu Bergabung (${zoneLabel(timeZone)})`,
    'Misi Selesai',
    ...missionIds.map((id) => MISSION_LABELS_ID[id]),
    'Produk Diposting',
    'Pesanan',
    'Pembayaran',
    'Pengiriman',
    'Pesanan Selesai',
    'Penarikan Dana',
    'Penjualan (Rp)',
    'Dana Ditarik (Rp)',
  ];
  const countCells = (c: TraineeCounts) => [c.productsPosted, c.orders, c.payments, c.shipments, c.completedOrders, c.withdrawals, c.salesRupiah, c.withdrawnRupiah].map(String);
  const lines = rows.map((row, index) => {
    const byId = new Map(row.missions.map((m) => [m.id, m.state]));
    const done = row.missions.filter((m) => m.state === 'done').length;
    return [
      String(index + 1),
      row.name,
      row.village ?? '',
      row.shopName,
      formatWib(row.joinedAt, timeZone),
      `${done}/${missionIds.length}`,
      ...missionIds.map((id) => STATE_ID[byId.get(id) ?? 'todo']),
      ...countCells(row.counts),
    ];
  });
  const total = sumCounts(rows.map((row) => row.counts));
  const totalLine = ['', 'JUMLAH', '', '', '', '', ...missionIds.map((id) => String(rows.filter((row) => row.missions.some((m) => m.id === id && m.state === 'done')).length)), ...countCells(total)];
  return csvDocument([header, ...lines, totalLine, ...learningCsvRows(learning)]);
}

/**
 * The timeline keeps one line per run of clock changes: a facilitator pressing "+1 hari" five times in a row changed
 * the clock once as far as the programme's report is concerned (the last line of the run says where it ended).
 */
export function collapseClockChanges<T extends { type: string }>(items: readonly T[]): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (item.type === 'clock.changed' && kept.at(-1)?.type === 'clock.changed') kept[kept.length - 1] = item;
    else kept.push(item);
  }
  return kept;
}
