import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';
import type { ProgrammeClassView, ProgrammeView } from '../api/get-programme';
import { facilitator } from '../testing/fixtures';

const admin = { ...facilitator, id: '22222222-2222-4333-8444-555555555555', name: 'Admin Program', role: 'admin' as const };

const learning = (beforeAnswered: number, beforeCorrect: number, afterAnswered: number, afterCorrect: number) => {
  const percent = (c: number, a: number) => (a === 0 ? null : Math.round((c * 100) / a));
  const beforePercent = percent(beforeCorrect, beforeAnswered);
  const afterPercent = percent(afterCorrect, afterAnswered);
  return { beforeAnswered, beforeCorrect, beforePercent, afterAnswered, afterCorrect, afterPercent, gain: beforePercent === null || afterPercent === null ? null : afterPercent - beforePercent };
};

const ambarawa: ProgrammeClassView = {
  classId: 'c1',
  name: 'Pelatihan PKH Ambarawa',
  place: 'Balai Pekon Ambarawa',
  date: '2026-11-28',
  regencyCode: '18.10',
  regencyLabel: 'Kab. Pringsewu',
  status: 'closed',
  timeZone: 'Asia/Jakarta',
  facilitators: ['Dewi', 'Rina'],
  participants: 3,
  missionCount: 9,
  missionsCompleted: 14,
  traineesAllMissions: 1,
  learning: learning(20, 10, 20, 16),
  practice: { actions: 12, trainees: 2, lastAt: '2026-12-01T03:00:00.000Z' },
  orders: 6,
  completedOrders: 4,
  salesRupiah: 150_000,
  attendance: [
    { name: 'Sriyati', village: 'Pekon Ambarawa', phone: '081234567890', role: 'trainee', joinedAt: '2026-11-28T02:05:00.000Z' },
    { name: 'Wartini', village: null, phone: null, role: 'trainee', joinedAt: '2026-11-28T02:06:00.000Z' },
  ],
};

const kota: ProgrammeClassView = {
  ...ambarawa,
  classId: 'c2',
  name: 'Pelatihan PKH Kota',
  date: '2026-12-02',
  regencyCode: '18.71',
  regencyLabel: 'Kota Bandar Lampung',
  facilitators: ['Budi'],
  participants: 1,
  missionsCompleted: 2,
  traineesAllMissions: 0,
  learning: learning(4, 4, 0, 0),
  practice: { actions: 0, trainees: 0, lastAt: null },
  salesRupiah: 0,
  attendance: [{ name: 'Painem', village: 'Kedaton', phone: null, role: 'trainee', joinedAt: '2026-12-02T02:00:00.000Z' }],
};

function programme(classes: ProgrammeClassView[], filter: ProgrammeView['filter'] = {}): ProgrammeView {
  const sum = (pick: (c: ProgrammeClassView) => number) => classes.reduce((total, c) => total + pick(c), 0);
  return {
    generatedAt: '2026-12-04T05:00:00.000Z',
    filter,
    regencies: [
      { code: '18.10', label: 'Kab. Pringsewu' },
      { code: '18.71', label: 'Kota Bandar Lampung' },
    ],
    classes,
    totals: {
      classes: classes.length,
      participants: sum((c) => c.participants),
      missionsCompleted: sum((c) => c.missionsCompleted),
      traineesAllMissions: sum((c) => c.traineesAllMissions),
      learning: learning(sum((c) => c.learning.beforeAnswered), sum((c) => c.learning.beforeCorrect), sum((c) => c.learning.afterAnswered), sum((c) => c.learning.afterCorrect)),
      practiceActions: sum((c) => c.practice.actions),
      practiceTrainees: sum((c) => c.practice.trainees),
      orders: sum((c) => c.orders),
      completedOrders: sum((c) => c.completedOrders),
      salesRupiah: sum((c) => c.salesRupiah),
      attendees: sum((c) => c.attendance.length),
    },
  };
}

/** Answers the programme by its query: the regency filter keeps only that regency's classes. */
function programmeApi() {
  return stubApi({
    'GET /api/programme/classes': (request) => {
      const query = new URL(request.url).searchParams;
      const regency = query.get('regency') ?? undefined;
      const classes = [ambarawa, kota].filter((c) => !regency || c.regencyCode === regency);
      return { body: programme(classes, { regency, from: query.get('from') ?? undefined, to: query.get('to') ?? undefined }) };
    },
    'GET /api/programme/classes.csv': {
      body: '\uFEFF"No","Kelas"\r\n',
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="ringkasan-program-18.10.csv"' },
    },
  });
}

const originalUrl = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
afterEach(() => {
  URL.createObjectURL = originalUrl.create;
  URL.revokeObjectURL = originalUrl.revoke;
  vi.restoreAllMocks();
});

describe('programme page', () => {
  it('shows every class with its regency, date, facilitators, participants, missions, learning gain and practice, and the total line', async () => {
    saveSession(admin);
    programmeApi();
    renderRoute('/fasilitator/program');
    const rows = await screen.findAllByTestId('programme-class', {}, { timeout: 5_000 });
    expect(rows.map((row) => row.getAttribute('data-class-id'))).toEqual(['c1', 'c2']);
    const cells = within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual([
      '1',
      'Pelatihan PKH AmbarawaBalai Pekon Ambarawa',
      '28 Nov 2026',
      'Kab. Pringsewu',
      'Dewi, Rina',
      '3',
      '141 peserta tuntas semua',
      '50% → 80% (+30 poin)',
      '2 dari 3 peserta12 aksi',
      'Rp 150.000',
    ]);
    // A round nobody answered is a dash, with no gain.
    expect(within(rows[1]!).getByTestId('programme-learning-share').textContent).toBe('100% → —');
    expect(within(rows[1]!).queryByTestId('programme-learning-gain')).toBeNull();
    const total = screen.getByTestId('programme-total');
    expect(total.textContent).toContain('Jumlah (2 kelas)');
    expect(total.textContent).toContain('Rp 150.000');
    expect(within(total).getByTestId('programme-learning-share').textContent).toBe('58% → 80%');
    // The class's name opens its own report.
    expect(within(rows[0]!).getByRole('link', { name: 'Pelatihan PKH Ambarawa' }).getAttribute('href')).toBe('/fasilitator/kelas/c1/laporan');
  });

  it('filters by regency and date range through its address, and keeps the filter for the CSV and the print view', async () => {
    saveSession(admin);
    const api = programmeApi();
    const view = renderRoute('/fasilitator/program');
    await screen.findAllByTestId('programme-class', {}, { timeout: 5_000 });
    fireEvent.change(screen.getByTestId('programme-regency'), { target: { value: '18.10' } });
    fireEvent.change(screen.getByTestId('programme-from'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByTestId('programme-to'), { target: { value: '2026-11-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    await waitFor(() => expect(screen.getAllByTestId('programme-class').map((row) => row.getAttribute('data-class-id'))).toEqual(['c1']));
    expect(view.location().search).toBe('?kabupaten=18.10&dari=2026-11-01&sampai=2026-11-30');
    const last = api.calls('GET /api/programme/classes').at(-1)!;
    expect(new URL(last.url).search).toBe('?regency=18.10&from=2026-11-01&to=2026-11-30');
    expect(screen.getByTestId('programme-print-link').getAttribute('href')).toBe('/fasilitator/program/cetak?kabupaten=18.10&dari=2026-11-01&sampai=2026-11-30');

    URL.createObjectURL = vi.fn(() => 'blob:ringkasan');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    fireEvent.click(screen.getByTestId('programme-csv'));
    await waitFor(() => expect(clicked).toEqual(['ringkasan-program-18.10.csv']));
    const [csv] = api.calls('GET /api/programme/classes.csv');
    expect(new URL(csv!.url).search).toBe('?regency=18.10&from=2026-11-01&to=2026-11-30');
    expect(csv!.headers.get('Authorization')).toBe(`Bearer ${admin.token}`);

    fireEvent.click(screen.getByRole('link', { name: 'Hapus saringan' }));
    await waitFor(() => expect(screen.getAllByTestId('programme-class')).toHaveLength(2));
    expect(view.location().search).toBe('');
  });

  it('says when no class matches', async () => {
    saveSession(admin);
    programmeApi();
    renderRoute('/fasilitator/program?kabupaten=91.71');
    expect((await screen.findByTestId('programme-empty', {}, { timeout: 5_000 })).textContent).toBe('Tidak ada kelas pada saringan ini.');
  });

  it('is the admin’s: a facilitator sees a note and the programme is never asked for', async () => {
    saveSession(facilitator);
    const api = programmeApi();
    renderRoute('/fasilitator/program');
    expect((await screen.findByTestId('programme-admin-only', {}, { timeout: 5_000 })).textContent).toBe('Ringkasan program hanya untuk admin program.');
    expect(api.calls('GET /api/programme/classes')).toHaveLength(0);
  });

  it('prints the summary, then each class’s attendance sheet on its own page', async () => {
    saveSession(admin);
    const api = programmeApi();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderRoute('/fasilitator/program/cetak?kabupaten=18.10');
    const summary = await screen.findByTestId('programme-summary', {}, { timeout: 5_000 });
    expect(new URL(api.calls('GET /api/programme/classes')[0]!.url).search).toBe('?regency=18.10');
    expect(summary.textContent).toContain('RINGKASAN PROGRAM PELATIHAN');
    expect(summary.textContent).toContain('Kab. Pringsewu');
    expect(summary.textContent).toContain('Semua tanggal');
    expect(within(summary).getAllByTestId('programme-class')).toHaveLength(1);
    // No links on paper.
    expect(within(summary).queryByRole('link')).toBeNull();
    const sheets = screen.getAllByTestId('programme-attendance');
    expect(sheets.map((sheet) => sheet.getAttribute('data-class-id'))).toEqual(['c1']);
    const table = within(sheets[0]!).getByTestId('attendance-table');
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual(['Sriyati', 'Wartini']);
    expect(sheets[0]!.textContent).toContain('Dewi, Rina');
    fireEvent.click(screen.getByRole('button', { name: 'Cetak / Simpan PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('class list', () => {
  it('offers the programme summary to the admin only', async () => {
    saveSession(admin);
    stubApi({ 'GET /api/classes': { body: [] } });
    const view = renderRoute('/fasilitator');
    fireEvent.click(await screen.findByTestId('programme-link', {}, { timeout: 5_000 }));
    await waitFor(() => expect(view.location().pathname).toBe('/fasilitator/program'));
    view.unmount();

    saveSession(facilitator);
    stubApi({ 'GET /api/classes': { body: [] } });
    renderRoute('/fasilitator');
    await screen.findByTestId('class-list', {}, { timeout: 5_000 });
    expect(screen.queryByTestId('programme-link')).toBeNull();
  });
});
