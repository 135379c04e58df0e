// The programme view (issue 17) on real PostgreSQL: every class with its regency, date, facilitators, participants,
// missions completed, learning gain and practice after the day; the filters; the CSV whose totals are the class
// reports added up (each report read on its own, as the facilitator reads it); and who may see it.
import { randomUUID } from 'node:crypto';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createFacilitator, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { BANDAR_LAMPUNG, eventually, member, type Member, orderBody, placeOrder, postProduct, PRINGSEWU } from '../../test/orders-fixtures.js';

interface Question {
  id: string;
  options: { id: string }[];
  correctOption: string;
}

/** The CSV's lines as arrays of cells (the BOM off, quotes undone). */
function csvLines(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => (line === '' ? [] : line.slice(1, -1).split('","').map((cell) => cell.replace(/""/g, '"'))));
}

describe('programme view', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let admin: string;
  let rina: { token: string; email: string };
  let dedi: { token: string; email: string };
  /** A: Pringsewu, long past (whatever the trainees do now is after the day). B: Pringsewu, years ahead. C: Bandar Lampung, past. */
  const classes: Record<'a' | 'b' | 'c', { id: string; joinCode: string }> = {} as never;
  const trainees: Record<'a' | 'b' | 'c', Member[]> = {} as never;
  let buyer: Member;

  const createClass = async (token: string, name: string, date: string, regencyCode: string) => {
    const res = await api.post('/api/classes', { name, place: 'Balai Pekon', date, regencyCode }, { token });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, joinCode: res.body.joinCode as string };
  };
  const answer = (token: string, round: 'before' | 'after', question: Question, right: boolean) =>
    api.post(
      '/api/learning-check/answers',
      { clientId: randomUUID(), round, questionId: question.id, optionId: right ? question.correctOption : question.options.find((o) => o.id !== question.correctOption)!.id },
      { token },
    );
  const questionsOf = async (classId: string, token: string): Promise<Question[]> => (await api.get(`/api/classes/${classId}/learning-check`, { token })).body.questions;

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    [rina, dedi] = await Promise.all([createFacilitator(api, admin, 'Bu Rina'), createFacilitator(api, admin, 'Pak Dedi')]);
    classes.a = await createClass(rina.token, 'Kelas Ambarawa', '2026-01-15', PRINGSEWU);
    classes.b = await createClass(rina.token, 'Kelas Gadingrejo', '2030-06-01', PRINGSEWU);
    classes.c = await createClass(dedi.token, '=Kelas Kota', '2026-03-01', BANDAR_LAMPUNG);
    expect((await api.post(`/api/classes/${classes.a.id}/facilitators`, { email: dedi.email }, { token: rina.token })).status).toBe(201);

    // One after the other: the attendance sheet is in joining order, which parallel joins would leave to chance.
    trainees.a = [];
    for (const name of ['Sriyati', 'Wartini', 'Sumarni']) trainees.a.push(await member(api, classes.a.joinCode, name));
    trainees.b = await Promise.all(['Painem', 'Tukinah'].map((name) => member(api, classes.b.joinCode, name)));
    trainees.c = [await member(api, classes.c.joinCode, 'Marni')];
    buyer = await member(api, classes.a.joinCode, 'Bu Wati', 'buyer');

    // Products: two trainees of A, one of B (before its day), the one of C.
    const gula = await postProduct(api, trainees.a[0]!.token);
    await postProduct(api, trainees.a[1]!.token);
    await postProduct(api, trainees.b[0]!.token);
    await postProduct(api, trainees.c[0]!.token);

    // One paid order in A.
    const placed = await placeOrder(booted.baseUrl, buyer.token, orderBody(gula.id, trainees.a[0]!.shop!.id));
    expect(placed.status).toBe(201);
    const order = placed.body.orders[0];
    expect((await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total })).status).toBe(200);
    await eventually('the order to be paid', async () => ((await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body.state === 'PAID' ? true : undefined), 15_000);

    // Cek Pemahaman: in A, 1 of 2 right before and 2 of 2 after; in C, 1 of 1 before and no after round.
    const qa = (await questionsOf(classes.a.id, rina.token))[0]!;
    expect((await answer(trainees.a[0]!.token, 'before', qa, true)).status).toBe(201);
    expect((await answer(trainees.a[1]!.token, 'before', qa, false)).status).toBe(201);
    expect((await api.post(`/api/classes/${classes.a.id}/learning-check/after-round`, undefined, { token: rina.token })).status).toBe(201);
    expect((await answer(trainees.a[0]!.token, 'after', qa, true)).status).toBe(201);
    expect((await answer(trainees.a[1]!.token, 'after', qa, true)).status).toBe(201);
    const qc = (await questionsOf(classes.c.id, dedi.token))[0]!;
    expect((await answer(trainees.c[0]!.token, 'before', qc, true)).status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await booted?.close();
  });

  it('lists every class, oldest first, with regency, date, facilitators, participants, missions, learning gain and practice', async () => {
    const res = await api.get('/api/programme/classes', { token: admin });
    expect(res.status).toBe(200);
    const mine = res.body.classes.filter((c: { classId: string }) => Object.values(classes).some((k) => k.id === c.classId));
    expect(mine.map((c: { name: string }) => c.name)).toEqual(['Kelas Ambarawa', '=Kelas Kota', 'Kelas Gadingrejo']);
    const [a, c, b] = mine;
    expect(a).toMatchObject({ date: '2026-01-15', regencyCode: PRINGSEWU, regencyLabel: 'Kab. Pringsewu', participants: 3, orders: 1 });
    expect([...a.facilitators].sort()).toEqual(['Bu Rina', 'Pak Dedi']);
    expect(a.salesRupiah).toBeGreaterThan(0);
    expect(a.learning).toEqual({ beforeAnswered: 2, beforeCorrect: 1, beforePercent: 50, afterAnswered: 2, afterCorrect: 2, afterPercent: 100, gain: 50 });
    expect(c.learning).toMatchObject({ beforeAnswered: 1, beforePercent: 100, afterPercent: null, gain: null });
    // Practice after the day: A is long past, so the two trainees who posted count; the one who only joined does not.
    expect(a.practice.trainees).toBe(2);
    expect(a.practice.actions).toBeGreaterThanOrEqual(2);
    expect(a.practice.lastAt).toEqual(expect.any(String));
    // B's day is years ahead: a product posted now is during the preparation, not practice after the day.
    expect(b.practice).toEqual({ actions: 0, trainees: 0, lastAt: null });
    expect(b.missionsCompleted).toBeGreaterThan(0);
    // The attendance sheet: everyone present in joining order, the demo buyer who joined too, personas never.
    expect(a.attendance.map((p: { name: string }) => p.name)).toEqual(['Sriyati', 'Wartini', 'Sumarni', 'Bu Wati']);
    expect(a.attendance[3]).toMatchObject({ role: 'buyer', joinedAt: expect.any(String) });
    expect(res.body.regencies).toEqual(expect.arrayContaining([{ code: PRINGSEWU, label: 'Kab. Pringsewu' }, { code: BANDAR_LAMPUNG, label: 'Kota Bandar Lampung' }]));
  }, 60_000);

  it('has CSV totals equal to the sum of the class reports, each read on its own', async () => {
    const view = (await api.get('/api/programme/classes', { token: admin })).body;
    const reports = await Promise.all(view.classes.map(async (c: { classId: string }) => (await api.get(`/api/classes/${c.classId}/report`, { token: admin })).body));
    const sum = (pick: (report: any) => number) => reports.reduce((total: number, report: any) => total + pick(report), 0);
    const questions = (report: any, round: 'before' | 'after', what: 'answered' | 'correct') =>
      report.learningCheck.questions.reduce((total: number, q: any) => total + q[round][what], 0);
    const fromReports = {
      participants: sum((r) => r.traineeCount),
      missionsCompleted: sum((r) => r.trainees.reduce((total: number, t: { doneCount: number }) => total + t.doneCount, 0)),
      beforeAnswered: sum((r) => questions(r, 'before', 'answered')),
      beforeCorrect: sum((r) => questions(r, 'before', 'correct')),
      afterAnswered: sum((r) => questions(r, 'after', 'answered')),
      afterCorrect: sum((r) => questions(r, 'after', 'correct')),
      practiceTrainees: sum((r) => r.practice.trainees),
      practiceActions: sum((r) => r.practice.actions),
      orders: sum((r) => r.totals.orders),
      completedOrders: sum((r) => r.totals.completedOrders),
      salesRupiah: sum((r) => r.totals.salesRupiah),
    };
    // Not a sum of zeros: what the setup did shows in the reports.
    expect(fromReports).toMatchObject({ participants: 6, beforeAnswered: 3, beforeCorrect: 2, afterAnswered: 2, afterCorrect: 2, orders: 1 });
    expect(fromReports.missionsCompleted).toBeGreaterThan(0);
    expect(fromReports.practiceActions).toBeGreaterThan(0);

    const csv = await api.get('/api/programme/classes.csv', { token: admin });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="ringkasan-program.csv"');
    const lines = csvLines(csv.text);
    const header = lines[0]!;
    const column = (line: string[], name: string) => {
      const index = header.indexOf(name);
      expect(index).toBeGreaterThanOrEqual(0);
      return line[index]!;
    };
    const total = lines.find((line) => line[1] === 'JUMLAH')!;
    expect(lines.indexOf(total)).toBe(reports.length + 1);
    expect({
      participants: Number(column(total, 'Peserta')),
      missionsCompleted: Number(column(total, 'Misi Selesai')),
      beforeAnswered: Number(column(total, 'Dijawab Sebelum')),
      beforeCorrect: Number(column(total, 'Benar Sebelum')),
      afterAnswered: Number(column(total, 'Dijawab Sesudah')),
      afterCorrect: Number(column(total, 'Benar Sesudah')),
      practiceTrainees: Number(column(total, 'Peserta Berlatih Setelah Hari H')),
      practiceActions: Number(column(total, 'Aksi Setelah Hari H')),
      orders: Number(column(total, 'Pesanan')),
      completedOrders: Number(column(total, 'Pesanan Selesai')),
      salesRupiah: Number(column(total, 'Penjualan (Rp)')),
    }).toEqual(fromReports);
    // The programme's gain from the answers added up: 2 of 3 right before (67 %), 2 of 2 after.
    expect([column(total, 'Benar Sebelum (%)'), column(total, 'Benar Sesudah (%)'), column(total, 'Kenaikan (poin)')]).toEqual(['67', '100', '33']);
    // Each class line is its own report's figures; a name typed as a formula stays text.
    for (const report of reports) {
      const line = lines.find((l) => l[4] === report.class.date && l[1]?.replace(/^'/, '') === report.class.name)!;
      expect(Number(column(line, 'Peserta'))).toBe(report.traineeCount);
      expect(Number(column(line, 'Penjualan (Rp)'))).toBe(report.totals.salesRupiah);
    }
    expect(lines.some((line) => line[1] === "'=Kelas Kota")).toBe(true);
    // The attendance sheets below: one line per person present, 3 + 1 buyer in A, 2 in B, 1 in C.
    const sheetStart = lines.findIndex((line) => line[0] === 'Daftar Hadir');
    expect(sheetStart).toBeGreaterThan(0);
    const sheet = lines.slice(sheetStart + 2);
    expect(sheet).toHaveLength(7);
    expect(sheet.filter((line) => line[0] === 'Kelas Ambarawa').map((line) => line[3])).toEqual(['Sriyati', 'Wartini', 'Sumarni', 'Bu Wati']);
  }, 60_000);

  it('filters by regency and by date range, inclusive, in JSON and CSV alike', async () => {
    const names = async (query: string) => ((await api.get(`/api/programme/classes${query}`, { token: admin })).body.classes as { name: string }[]).map((c) => c.name);
    expect(await names(`?regency=${PRINGSEWU}`)).toEqual(['Kelas Ambarawa', 'Kelas Gadingrejo']);
    expect(await names(`?regency=${BANDAR_LAMPUNG}`)).toEqual(['=Kelas Kota']);
    expect(await names('?from=2026-01-15&to=2026-03-01')).toEqual(['Kelas Ambarawa', '=Kelas Kota']);
    expect(await names('?from=2026-01-16')).toEqual(['=Kelas Kota', 'Kelas Gadingrejo']);
    expect(await names(`?regency=${PRINGSEWU}&to=2026-12-31`)).toEqual(['Kelas Ambarawa']);
    expect(await names('?regency=91.71')).toEqual([]);

    const filtered = await api.get(`/api/programme/classes?regency=${PRINGSEWU}&to=2026-12-31`, { token: admin });
    expect(filtered.body.totals).toMatchObject({ classes: 1, participants: 3, orders: 1, attendees: 4 });
    expect(filtered.body.filter).toEqual({ regency: PRINGSEWU, to: '2026-12-31' });
    // The filter offers every regency that has a class, whatever is chosen.
    expect(filtered.body.regencies.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining([PRINGSEWU, BANDAR_LAMPUNG]));
    const csv = await api.get(`/api/programme/classes.csv?regency=${BANDAR_LAMPUNG}`, { token: admin });
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="ringkasan-program-${BANDAR_LAMPUNG}.csv"`);
    const lines = csvLines(csv.text);
    expect(lines[1]![1]).toBe("'=Kelas Kota");
    expect(lines[2]![1]).toBe('JUMLAH');

    const backwards = await api.get('/api/programme/classes?from=2026-04-01&to=2026-03-01', { token: admin });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ statusCode: 400, code: 'PROGRAMME_DATE_RANGE_INVALID' });
    for (const query of ['?regency=Pringsewu', '?from=2026-13-01', '?to=kemarin']) {
      const bad = await api.get(`/api/programme/classes${query}`, { token: admin });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
  }, 60_000);

  it('is for the admin only: facilitators, trainees and buyers get 403 FORBIDDEN, no token 401', async () => {
    for (const path of ['/api/programme/classes', '/api/programme/classes.csv']) {
      for (const token of [rina.token, dedi.token, trainees.a[0]!.token, buyer.token]) {
        const res = await api.get(path, { token });
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
        expect(res.text).not.toContain('Sriyati');
      }
      const anonymous = await api.get(path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    }
  });
});
