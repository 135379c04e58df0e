import { collapseClockChanges, completionSeries, countEvents, MISSION_LABELS_ID, reportCsv, sumCounts, ZERO_COUNTS } from './report-rules.js';
import { MISSION_IDS } from '../missions/mission-checks.js';

describe('report rules', () => {
  it('counts each order and withdrawal once, with rupiah from the events', () => {
    const counts = countEvents([
      { type: 'product.created', payload: { id: 'p1' } },
      { type: 'product.created', payload: { id: 'p2' } },
      { type: 'order.placed', payload: { orderId: 'o1' } },
      { type: 'order.placed', payload: { orderId: 'o2' } },
      { type: 'order.paid', payload: { orderId: 'o1', total: 36_000 } },
      { type: 'order.paid', payload: { orderId: 'o1', total: 36_000 } }, // a duplicate
      { type: 'order.shipped', payload: { orderId: 'o1' } },
      { type: 'order.completed', payload: { orderId: 'o1' } },
      { type: 'wallet.withdrawal_succeeded', payload: { withdrawalId: 'w1', amount: 30_000 } },
      { type: 'order.paid', payload: { orderId: 'o2', total: 'not money' } },
    ]);
    expect(counts).toEqual({ productsPosted: 2, orders: 2, payments: 2, shipments: 1, completedOrders: 1, withdrawals: 1, salesRupiah: 36_000, withdrawnRupiah: 30_000 });
    expect(sumCounts([counts, counts, ZERO_COUNTS]).salesRupiah).toBe(72_000);
  });

  it('builds the cumulative completion series in 10-minute slots', () => {
    const t = (minutes: number) => new Date(Date.UTC(2026, 10, 28, 2, minutes));
    expect(completionSeries([])).toEqual([]);
    expect(completionSeries([{ at: t(1), completed: 2 }, { at: t(5), completed: 1 }, { at: t(31), completed: 3 }])).toEqual([
      { at: t(10).toISOString(), completed: 3 },
      { at: t(20).toISOString(), completed: 3 },
      { at: t(30).toISOString(), completed: 3 },
      { at: t(40).toISOString(), completed: 6 },
    ]);
  });

  it('writes a CSV Excel opens: BOM, Indonesian headers, a line per trainee and a total, formulas neutralised', () => {
    const csv = reportCsv(['shop_setup', 'fraud_drill'], [
      {
        name: '=Sriyati',
        village: 'Ambarawa',
        shopName: 'Toko "Sri"',
        joinedAt: new Date(Date.UTC(2026, 10, 28, 2, 5)),
        missions: [{ id: 'shop_setup', state: 'done' }, { id: 'fraud_drill', state: 'failed' }],
        counts: { ...ZERO_COUNTS, payments: 1, salesRupiah: 36_000 },
      },
    ]);
    expect(csv.startsWith('\uFEFF"No","Nama","Desa/Alamat","Toko","Waktu Bergabung (WIB)","Misi Selesai","Toko dibuka","Lolos latihan penipuan"')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`"1","'=Sriyati","Ambarawa","Toko ""Sri""","28/11/2026 09.05 WIB","1/2","Selesai","Gagal","0","0","1","0","0","0","36000","0"`);
    expect(lines[2]).toContain('"JUMLAH"');
  });

  it('writes a class in WITA in its own zone, header and times', () => {
    const csv = reportCsv(['shop_setup'], [{ name: 'Daeng Ratna', village: null, shopName: 'Toko Ratna', joinedAt: new Date(Date.UTC(2026, 10, 28, 2, 5)), missions: [], counts: ZERO_COUNTS }], [], 'Asia/Makassar');
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('"Waktu Bergabung (WITA)"');
    expect(lines[1]).toContain('"28/11/2026 10.05 WITA"');
  });

  it('adds the learning check below the trainees: share right before and after, and the gain in points', () => {
    const csv = reportCsv(['shop_setup'], [], [
      { promptId: 'Siapa yang bayar duluan?', before: { answered: 4, percent: 25 }, after: { answered: 4, percent: 75 }, gain: 50 },
      { promptId: '=OTP', before: { answered: 0, percent: null }, after: { answered: 2, percent: 50 }, gain: null },
    ]);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines.slice(2)).toEqual([
      '',
      '"No","Cek Pemahaman","Benar Sebelum (%)","Benar Sesudah (%)","Kenaikan (poin)","Menjawab Sebelum","Menjawab Sesudah"',
      '"1","Siapa yang bayar duluan?","25","75","50","4","4"',
      '"2","\'=OTP","","50","","0","2"',
    ]);
  });

  it('leaves the learning check out when nobody answered it', () => {
    const csv = reportCsv(['shop_setup'], [], [{ promptId: 'Siapa yang bayar duluan?', before: { answered: 0, percent: null }, after: { answered: 0, percent: null }, gain: null }]);
    expect(csv).not.toContain('Cek Pemahaman');
    expect(csv.slice(1).trim().split('\r\n')).toHaveLength(2);
  });

  it('names every mission in Indonesian', () => {
    for (const id of MISSION_IDS) expect(MISSION_LABELS_ID[id]).toMatch(/\S/);
  });

  it.each([
    ['nothing', [], []],
    ['one change', ['clock.changed:1'], ['clock.changed:1']],
    ['a run of jumps: the last one stays', ['class.created:1', 'clock.changed:2', 'clock.changed:3', 'clock.changed:4'], ['class.created:1', 'clock.changed:4']],
    ['runs apart stay apart', ['clock.changed:1', 'scenario.started:2', 'clock.changed:3', 'clock.changed:4'], ['clock.changed:1', 'scenario.started:2', 'clock.changed:4']],
    ['other repeated types are kept', ['scenario.started:1', 'scenario.started:2'], ['scenario.started:1', 'scenario.started:2']],
  ])('timeline: %s', (_what, input, expected) => {
    const items = input.map((key) => ({ type: key.split(':')[0]!, id: key }));
    expect(collapseClockChanges(items).map((item) => item.id)).toEqual(expected);
  });
});
