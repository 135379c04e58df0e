import { type ClassReportFacts, classLearning, dateRangeProblem, inFilter, pooledLearning, PROGRAMME_CSV_HEADER, programmeCsv, programmeRow, programmeTotals } from './programme-rules.js';

const share = (answered: number, correct: number) => ({ answered, correct });

function report(changes: Partial<ClassReportFacts> & { id: string; name?: string }): ClassReportFacts {
  return {
    class: { id: changes.id, name: changes.name ?? 'Kelas A', place: 'Balai Pekon', date: '2026-11-28', regencyLabel: 'Kab. Pringsewu', status: 'closed', facilitators: ['Bu Ani', 'Pak Budi'] },
    missionIds: ['shop_setup', 'product_with_photo', 'paid_order'],
    trainees: [{ doneCount: 3 }, { doneCount: 1 }, { doneCount: 0 }],
    traineeCount: 3,
    totals: { orders: 4, completedOrders: 2, salesRupiah: 72_000 },
    learningCheck: { questions: [] },
    practice: { actions: 0, trainees: 0, lastAt: null },
    ...changes,
  };
}

describe('programme rules', () => {
  it.each([
    ['no filter', {}, true],
    ['same regency', { regencyCode: '18.10' }, true],
    ['other regency', { regencyCode: '18.71' }, false],
    ['from the day itself', { from: '2026-11-28' }, true],
    ['from the day after', { from: '2026-11-29' }, false],
    ['to the day itself', { to: '2026-11-28' }, true],
    ['to the day before', { to: '2026-11-27' }, false],
    ['inside a range', { regencyCode: '18.10', from: '2026-11-01', to: '2026-11-30' }, true],
  ])('filter: %s', (_what, filter, expected) => {
    expect(inFilter({ regencyCode: '18.10', date: '2026-11-28' }, filter)).toBe(expected);
  });

  it('refuses a range that ends before it starts, and accepts one day or an open end', () => {
    expect(dateRangeProblem({ from: '2026-12-01', to: '2026-11-30' })).toMatch(/after/);
    expect(dateRangeProblem({ from: '2026-11-30', to: '2026-11-30' })).toBeNull();
    expect(dateRangeProblem({ from: '2026-11-30' })).toBeNull();
    expect(dateRangeProblem({})).toBeNull();
  });

  it('pools a class’s answers over its questions, and classes by their answers, not by averaging percentages', () => {
    const a = classLearning([
      { before: share(4, 1), after: share(4, 3) },
      { before: share(3, 2), after: share(4, 4) },
    ]);
    expect(a).toEqual({ beforeAnswered: 7, beforeCorrect: 3, beforePercent: 43, afterAnswered: 8, afterCorrect: 7, afterPercent: 88, gain: 45 });
    const b = classLearning([{ before: share(1, 1), after: share(0, 0) }]);
    expect(b).toMatchObject({ beforePercent: 100, afterPercent: null, gain: null });
    expect(classLearning([])).toMatchObject({ beforePercent: null, afterPercent: null, gain: null });
    // 4 of 8 before, 7 of 8 after: the one-answer class counts once, not as half the programme.
    expect(pooledLearning([a, b])).toEqual({ beforeAnswered: 8, beforeCorrect: 4, beforePercent: 50, afterAnswered: 8, afterCorrect: 7, afterPercent: 88, gain: 38 });
  });

  it('makes one line per class from its report: missions completed, trainees who finished all, practice', () => {
    const row = programmeRow('18.10', report({ id: 'c1', practice: { actions: 5, trainees: 2, lastAt: '2026-11-30T02:00:00.000Z' } }), []);
    expect(row).toMatchObject({ classId: 'c1', regencyCode: '18.10', participants: 3, missionCount: 3, missionsCompleted: 4, traineesAllMissions: 1, orders: 4, salesRupiah: 72_000 });
    expect(row.practice).toEqual({ actions: 5, trainees: 2, lastAt: '2026-11-30T02:00:00.000Z' });
    expect(programmeRow('18.10', report({ id: 'c2', missionIds: [] }), []).traineesAllMissions).toBe(0);
  });

  it('writes a CSV whose total line is the sum of the class lines, then the attendance sheets, formulas neutralised', () => {
    const rows = [
      programmeRow('18.10', report({ id: 'c1', name: '=Kelas A', learningCheck: { questions: [{ before: share(3, 1), after: share(3, 3) }] } }), [
        { name: 'Sriyati', village: 'Ambarawa', phone: '0812', role: 'trainee', joinedAt: '2026-11-28T02:05:00.000Z' },
        { name: '+Wartini', village: null, phone: null, role: 'buyer', joinedAt: '2026-11-28T02:06:00.000Z' },
      ]),
      // Kelas B is held in Kota Makassar: its times read WITA.
      programmeRow('73.71', report({ id: 'c2', name: 'Kelas B', trainees: [{ doneCount: 2 }], traineeCount: 1, totals: { orders: 1, completedOrders: 1, salesRupiah: 25_000 }, practice: { actions: 3, trainees: 1, lastAt: null } }), [
        { name: 'Painem', village: 'Gadingrejo', phone: null, role: 'trainee', joinedAt: '2026-11-28T03:00:00.000Z' },
      ]),
    ];
    const csv = programmeCsv(rows);
    expect(csv.startsWith('\uFEFF"No","Kelas","Tempat","Kabupaten/Kota","Tanggal","Fasilitator","Peserta"')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]!.split(',')).toHaveLength(PROGRAMME_CSV_HEADER.length);
    expect(lines[1]).toBe('"1","\'=Kelas A","Balai Pekon","Kab. Pringsewu","2026-11-28","Bu Ani, Pak Budi","3","4","1","3","1","33","3","3","100","67","0","0","4","2","72000"');
    expect(lines[2]).toBe('"2","Kelas B","Balai Pekon","Kab. Pringsewu","2026-11-28","Bu Ani, Pak Budi","1","2","0","0","0","","0","0","","","1","3","1","1","25000"');
    expect(lines[3]).toBe('"","JUMLAH","","","","","4","6","1","3","1","33","3","3","100","67","1","3","5","3","97000"');
    expect(lines[4]).toBe('');
    expect(lines[5]).toBe('"Daftar Hadir"');
    expect(lines[6]).toBe('"Kelas","Tanggal","No","Nama","Desa/Alamat","No. HP","Peran","Waktu Bergabung"');
    expect(rows.map((row) => row.timeZone)).toEqual(['Asia/Jakarta', 'Asia/Makassar']);
    expect(lines.slice(7)).toEqual([
      '"\'=Kelas A","2026-11-28","1","Sriyati","Ambarawa","0812","Peserta","28/11/2026 09.05 WIB"',
      '"\'=Kelas A","2026-11-28","2","\'+Wartini","","","Pembeli","28/11/2026 09.06 WIB"',
      '"Kelas B","2026-11-28","1","Painem","Gadingrejo","","Peserta","28/11/2026 11.00 WITA"',
    ]);
    expect(programmeTotals(rows)).toMatchObject({ classes: 2, participants: 4, attendees: 3, practiceActions: 3, salesRupiah: 97_000 });
  });

  it('writes an empty programme as a header, a zero total and an empty attendance part', () => {
    const lines = programmeCsv([]).slice(1).trim().split('\r\n');
    expect(lines[1]).toBe('"","JUMLAH","","","","","0","0","0","0","0","","0","0","","","0","0","0","0","0"');
    expect(lines).toHaveLength(5);
  });
});
