import { attendanceCsv, formatWib } from './attendance.js';

describe('attendance CSV', () => {
  it.each([
    ['2026-11-28T02:05:00Z', '28/11/2026 09.05 WIB'],
    ['2026-12-31T17:30:00Z', '01/01/2027 00.30 WIB'],
  ])('shows %s as %s', (iso, wib) => expect(formatWib(new Date(iso))).toBe(wib));

  it('numbers the rows, translates roles and quotes every field', () => {
    const csv = attendanceCsv([
      { name: 'Sriyati', village: 'Pekon Ambarawa', phone: '0812', role: 'trainee', joinedAt: new Date('2026-11-28T02:05:00Z') },
      { name: 'Siti "Ani" (2)', village: null, phone: null, role: 'buyer', joinedAt: new Date('2026-11-28T02:06:00Z') },
    ]);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"No","Nama","Desa/Alamat","No. HP","Peran","Waktu Bergabung (WIB)"');
    expect(lines[1]).toBe('"1","Sriyati","Pekon Ambarawa","0812","Peserta","28/11/2026 09.05 WIB"');
    expect(lines[2]).toBe('"2","Siti ""Ani"" (2)","","","Pembeli","28/11/2026 09.06 WIB"');
  });

  it.each([
    ['Asia/Makassar', 'WITA', '28/11/2026 10.05 WITA'],
    ['Asia/Jayapura', 'WIT', '28/11/2026 11.05 WIT'],
  ] as const)('writes a class in %s in its own zone, %s, header and times', (zone, label, time) => {
    const lines = attendanceCsv([{ name: 'Daeng Ratna', village: null, phone: null, role: 'trainee', joinedAt: new Date('2026-11-28T02:05:00Z') }], zone)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(`"No","Nama","Desa/Alamat","No. HP","Peran","Waktu Bergabung (${label})"`);
    expect(lines[1]).toBe(`"1","Daeng Ratna","","","Peserta","${time}"`);
  });

  it('starts with a BOM for Excel', () => expect(attendanceCsv([]).startsWith('\uFEFF')).toBe(true));

  it('does not let a name run as a spreadsheet formula', () => {
    const csv = attendanceCsv([{ name: '=HYPERLINK("x")', village: null, phone: null, role: 'trainee', joinedAt: new Date(0) }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
