import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import {
  ADMIN_ENV,
  type ApiClient,
  apiClient,
  createClass,
  createFacilitator,
  freshIp,
  joinClass,
  loginAs,
  TEST_ADMIN,
} from '../../test/api-client.js';
import { isJoinCode } from './join-code.js';

/**
 * Calls until the first 429 (or `max` calls). Limits count in fixed windows, so a run that crosses a window
 * boundary may need up to twice the limit before it is refused; the limit itself is still exact per window.
 */
async function untilLimited(max: number, call: (i: number) => Promise<{ status: number }>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < max && statuses[statuses.length - 1] !== 429; i++) statuses.push((await call(i)).status);
  return statuses;
}

/** At least `limit` calls went through with `allowed` before the first 429, and a 429 came. */
function expectLimitedAfter(statuses: number[], limit: number, allowed: number): void {
  expect(statuses[statuses.length - 1]).toBe(429);
  const before = statuses.slice(0, -1);
  expect(before.every((s) => s === allowed)).toBe(true);
  expect(before.length).toBeGreaterThanOrEqual(limit);
}

describe('classes, identity and joining', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let adminToken: string;
  let rina: { token: string; email: string };
  let budi: { token: string; email: string };
  let classA: { id: string; joinCode: string };
  let classB: { id: string; joinCode: string };

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    adminToken = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    rina = await createFacilitator(api, adminToken, 'Rina');
    budi = await createFacilitator(api, adminToken, 'Budi');
    classA = await createClass(api, rina.token, 'Kelas A Ambarawa');
    classB = await createClass(api, budi.token, 'Kelas B Gadingrejo');
  });
  afterAll(() => booted.close());

  describe('facilitators and admins', () => {
    it('seeds exactly one admin from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
      const rows = await booted.app.get(DataSource).query(`SELECT email FROM facilitator WHERE role = 'admin'`);
      expect(rows).toEqual([{ email: TEST_ADMIN.email }]);
    });

    it('refuses a wrong password without saying whether the email exists', async () => {
      const wrong = await api.post('/api/auth/login', { email: TEST_ADMIN.email, password: 'nope-nope' }, { ip: freshIp() });
      const unknown = await api.post('/api/auth/login', { email: 'nobody@test.pasar', password: 'nope-nope' }, { ip: freshIp() });
      expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: expect.any(String) });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('lets only an admin create facilitators', async () => {
      const res = await api.post('/api/facilitators', { email: 'x@test.pasar', name: 'X', password: 'password-123' }, { token: rina.token });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
      const duplicate = await api.post('/api/facilitators', { email: rina.email.toUpperCase(), name: 'Rina Lagi', password: 'password-123' }, { token: adminToken });
      expect(duplicate.body.code).toBe('EMAIL_TAKEN');
    });

    // Wrong passwords back off per email, per address and per both (auth/login-backoff.int-spec.ts has the rules).
    it('backs wrong passwords for one email off per address', async () => {
      const email = 'target@test.pasar';
      const ip = freshIp();
      const statuses = await untilLimited(20, (i) => api.post('/api/auth/login', { email, password: 'guess-' + i }, { ip }));
      expectLimitedAfter(statuses, 6, 401);
    });

    it('backs one address trying many emails off', async () => {
      const ip = freshIp();
      const statuses = await untilLimited(40, (i) => api.post('/api/auth/login', { email: `p${i}@test.pasar`, password: 'x' }, { ip }));
      expectLimitedAfter(statuses, 21, 401);
    });

    it('revokes a token on logout', async () => {
      const token = await loginAs(api, rina.email, 'facilitator-pass-1');
      expect((await api.get('/api/auth/me', { token })).status).toBe(200);
      expect((await api.post('/api/auth/logout', undefined, { token })).status).toBe(204);
      const after = await api.get('/api/auth/me', { token });
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('classes', () => {
    it('gives each class a join code, a join URL and a QR code', async () => {
      expect(isJoinCode(classA.joinCode)).toBe(true);
      const detail = await api.get(`/api/classes/${classA.id}`, { token: rina.token });
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        name: 'Kelas A Ambarawa',
        place: 'Balai Pekon Ambarawa',
        date: '2026-11-28',
        regencyCode: '18.10',
        regencyLabel: 'Kab. Pringsewu',
        timeZone: 'Asia/Jakarta',
        status: 'open',
        facilitators: ['Rina'],
      });
      expect(detail.body.joinUrl).toMatch(new RegExp(`^http://.+/gabung/${classA.joinCode}$`));
      expect(detail.body.joinQrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    });

    it('refuses an unknown regency and a malformed date', async () => {
      const bad = await api.post('/api/classes', { name: 'Kelas', place: 'Balai', date: '2026-11-28', regencyCode: '99.99' }, { token: rina.token });
      expect(bad.body.code).toBe('UNKNOWN_REGENCY');
      const badDate = await api.post('/api/classes', { name: 'Kelas', place: 'Balai', date: '28-11-2026', regencyCode: '18.10' }, { token: rina.token });
      expect(badDate.body.code).toBe('VALIDATION_FAILED');
    });

    it('shows a facilitator only the classes they run; an admin sees all', async () => {
      const mine = await api.get('/api/classes', { token: rina.token });
      expect(mine.body.map((c: { id: string }) => c.id)).toEqual([classA.id]);
      const all = await api.get('/api/classes', { token: adminToken });
      expect(all.body.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([classA.id, classB.id]));
      const other = await api.get(`/api/classes/${classB.id}`, { token: rina.token });
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('CLASS_NOT_FOUND');
    });

    it('keeps join codes unique among open classes, at the database too', async () => {
      const db = booted.app.get(DataSource);
      await expect(
        db.query(
          `INSERT INTO training_class (name, place, date, regency_code, join_code, created_by)
           SELECT 'dup', 'x', '2026-11-28', '18.10', join_code, created_by FROM training_class WHERE id = $1`,
          [classA.id],
        ),
      ).rejects.toThrow(/training_class_open_join_code_key/);
    });

    it('gives a re-opened class a new code when its old one went to another open class', async () => {
      const c = await createClass(api, rina.token, 'Kelas Sementara');
      await api.patch(`/api/classes/${c.id}`, { status: 'closed' }, { token: rina.token });
      const db = booted.app.get(DataSource);
      const taker = await createClass(api, rina.token, 'Kelas Pengambil');
      await db.query(`UPDATE training_class SET join_code = $1 WHERE id = $2`, [c.joinCode, taker.id]);
      const reopened = await api.patch(`/api/classes/${c.id}`, { status: 'open' }, { token: rina.token });
      expect(reopened.status).toBe(200);
      expect(reopened.body.status).toBe('open');
      expect(reopened.body.joinCode).not.toBe(c.joinCode);
      expect(isJoinCode(reopened.body.joinCode)).toBe(true);
    });

    it('refuses a status change the rules forbid', async () => {
      const c = await createClass(api, rina.token, 'Kelas Arsip');
      await api.patch(`/api/classes/${c.id}`, { status: 'archived' }, { token: rina.token });
      const res = await api.patch(`/api/classes/${c.id}`, { status: 'open' }, { token: rina.token });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('INVALID_CLASS_STATUS_CHANGE');
    });
  });

  describe('joining', () => {
    it('joins with the code and a name only, opening a shop in the class regency', async () => {
      const code = classA.joinCode.toLowerCase().replace(/(...)/, '$1 ');
      const joined = await joinClass(api, code, '  Sriyati ', { village: 'Pekon Ambarawa', phone: '081234567890' });
      expect(joined.name).toBe('Sriyati');
      expect(joined.shop).toMatchObject({ name: 'Toko Sriyati', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' });
      const me = await api.get('/api/auth/me', { token: joined.token });
      expect(me.body).toMatchObject({ kind: 'participant', role: 'trainee', classId: classA.id, shopId: joined.shop!.id });
      // The same phone (the same stored token) is the same participant after a reload.
      expect((await api.get('/api/auth/me', { token: joined.token })).body.id).toBe(joined.participantId);
    });

    it('tells identical names apart', async () => {
      const first = await joinClass(api, classA.joinCode, 'Siti');
      const second = await joinClass(api, classA.joinCode, 'siti');
      const third = await joinClass(api, classA.joinCode, 'SITI ');
      expect([first.name, second.name, third.name]).toEqual(['Siti', 'siti (2)', 'SITI (3)']);
      // Their shops too: two trainees of the same name never share a shop name.
      expect([first, second, third].map((joined) => (joined.shop as unknown as { name: string }).name)).toEqual(['Toko Siti', 'Toko siti (2)', 'Toko SITI (3)']);
    });

    it('numbers names correctly when the same name joins at the same moment', async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => joinClass(api, classA.joinCode, 'Wati')));
      expect(results.map((r) => r.name).sort()).toEqual(['Wati', 'Wati (2)', 'Wati (3)', 'Wati (4)', 'Wati (5)']);
    });

    it('lets demo buyers join with the buyer role and no shop', async () => {
      const buyer = await joinClass(api, classA.joinCode, 'Pak Joko', { role: 'buyer' });
      expect(buyer.shop).toBeNull();
      expect((await api.get('/api/auth/me', { token: buyer.token })).body.role).toBe('buyer');
    });

    it('refuses a closed class with a clear code, and an unknown code', async () => {
      const c = await createClass(api, rina.token, 'Kelas Tutup');
      await api.patch(`/api/classes/${c.id}`, { status: 'closed' }, { token: rina.token });
      const closed = await api.post('/api/join', { code: c.joinCode, displayName: 'Ani' }, { ip: freshIp() });
      expect(closed.status).toBe(409);
      expect(closed.body.code).toBe('CLASS_CLOSED');
      expect((await api.get(`/api/join/${c.joinCode}`, { ip: freshIp() })).body.code).toBe('CLASS_CLOSED');
      const unknown = await api.post('/api/join', { code: 'QQQQQQ', displayName: 'Ani' }, { ip: freshIp() });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('JOIN_CODE_UNKNOWN');
    });

    it('looks a code up before asking for the name', async () => {
      const res = await api.get(`/api/join/${classA.joinCode}`, { ip: freshIp() });
      expect(res.body).toEqual({ code: classA.joinCode, className: 'Kelas A Ambarawa', place: 'Balai Pekon Ambarawa', date: '2026-11-28' });
    });

    it('rate-limits joining per address', async () => {
      const ip = freshIp();
      const c = await createClass(api, rina.token, 'Kelas Batas');
      const statuses = await untilLimited(120, (i) => api.post('/api/join', { code: c.joinCode, displayName: `Peserta ${i}` }, { ip }));
      expectLimitedAfter(statuses, 60, 201);
      const other = await api.post('/api/join', { code: c.joinCode, displayName: 'Dari HP lain' }, { ip: freshIp() });
      expect(other.status).toBe(201);
    });

    it('backs PIN guessing for a class off per address', async () => {
      const c = await createClass(api, rina.token, 'Kelas PIN');
      const ip = freshIp();
      const statuses = await untilLimited(60, (i) => api.post('/api/join/pin', { code: c.joinCode, pin: String(100000 + i) }, { ip }));
      expectLimitedAfter(statuses, 6, 401);
    });

    it('moves a trainee to another phone with a one-time PIN from the facilitator', async () => {
      const original = await joinClass(api, classA.joinCode, 'Yuli');
      const pin = await api.post(`/api/classes/${classA.id}/participants/${original.participantId}/pin`, undefined, { token: rina.token });
      expect(pin.status).toBe(201);
      expect(pin.body.pin).toMatch(/^\d{6}$/);
      const moved = await api.post('/api/join/pin', { code: classA.joinCode, pin: pin.body.pin }, { ip: freshIp() });
      expect(moved.status).toBe(200);
      expect(moved.body.participantId).toBe(original.participantId);
      expect(moved.body.shop.id).toBe(original.shop!.id);
      const again = await api.post('/api/join/pin', { code: classA.joinCode, pin: pin.body.pin }, { ip: freshIp() });
      expect(again.body.code).toBe('INVALID_PIN');
    });
  });

  describe('scoping', () => {
    let trainee: { token: string; participantId: string; shop: { id: string } | null };
    let classmate: { token: string; participantId: string; shop: { id: string } | null };
    let traineeOfB: { token: string; participantId: string; shop: { id: string } | null };
    beforeAll(async () => {
      trainee = await joinClass(api, classA.joinCode, 'Rahayu', { phone: '081111111111', village: 'Ambarawa Barat' });
      classmate = await joinClass(api, classA.joinCode, 'Ningsih', { phone: '082222222222' });
      traineeOfB = await joinClass(api, classB.joinCode, 'Tini', { phone: '083333333333' });
    });

    it.each([
      ['GET', (id: string) => `/api/classes/${id}`],
      ['GET', (id: string) => `/api/classes/${id}/shops`],
      ['GET', (id: string) => `/api/classes/${id}/participants`],
      ['GET', (id: string) => `/api/classes/${id}/attendance.csv`],
      ['PATCH', (id: string) => `/api/classes/${id}`],
      ['POST', (id: string) => `/api/classes/${id}/personas`],
    ])('refuses a trainee of class A on class B: %s %s', async (method, path) => {
      const url = path(classB.id);
      const res =
        method === 'GET'
          ? await api.get(url, { token: trainee.token })
          : method === 'PATCH'
            ? await api.patch(url, { name: 'Diambil alih' }, { token: trainee.token })
            : await api.post(url, { displayName: 'Penyusup' }, { token: trainee.token });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('CLASS_NOT_FOUND');
    });

    it('refuses a trainee of class A on a shop of class B', async () => {
      const res = await api.get(`/api/classes/${classB.id}/shops/${traineeOfB.shop!.id}`, { token: trainee.token });
      expect(res.body.code).toBe('CLASS_NOT_FOUND');
      const viaOwnClass = await api.get(`/api/classes/${classA.id}/shops/${traineeOfB.shop!.id}`, { token: trainee.token });
      expect(viaOwnClass.body.code).toBe('SHOP_NOT_FOUND');
    });

    it('refuses a trainee the facilitator-only routes of their own class', async () => {
      for (const res of [
        await api.get(`/api/classes/${classA.id}/participants`, { token: trainee.token }),
        await api.get(`/api/classes/${classA.id}/attendance.csv`, { token: trainee.token }),
        await api.patch(`/api/classes/${classA.id}`, { status: 'closed' }, { token: trainee.token }),
        await api.get('/api/classes', { token: trainee.token }),
      ]) {
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('FORBIDDEN');
      }
    });

    it("never shows a trainee another shop's private data", async () => {
      const shops = await api.get(`/api/classes/${classA.id}/shops`, { token: trainee.token });
      const other = shops.body.find((s: { id: string }) => s.id === classmate.shop!.id);
      expect(other).toMatchObject({ name: 'Toko Ningsih', ownerName: 'Ningsih', isMine: false });
      expect(other).not.toHaveProperty('ownerPhone');
      expect(JSON.stringify(shops.body)).not.toContain('082222222222');
      const mine = shops.body.find((s: { id: string }) => s.id === trainee.shop!.id);
      expect(mine).toMatchObject({ isMine: true, ownerPhone: '081111111111' });
    });

    it('lets a trainee rename their own shop, and only their own', async () => {
      const renamed = await api.patch('/api/shops/mine', { name: 'Gula Aren Bu Rahayu' }, { token: trainee.token });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'Gula Aren Bu Rahayu', regencyCode: '18.10' });
      const classmateShop = await api.get(`/api/classes/${classA.id}/shops/${classmate.shop!.id}`, { token: trainee.token });
      expect(classmateShop.body.name).toBe('Toko Ningsih');
      const tooShort = await api.patch('/api/shops/mine', { name: 'ab' }, { token: trainee.token });
      expect(tooShort.body.code).toBe('VALIDATION_FAILED');
    });

    it('lets the facilitator see phones and villages, and download the attendance sheet', async () => {
      const participants = await api.get(`/api/classes/${classA.id}/participants`, { token: rina.token });
      expect(participants.body.find((p: { id: string }) => p.id === trainee.participantId)).toMatchObject({
        name: 'Rahayu',
        phone: '081111111111',
        village: 'Ambarawa Barat',
        role: 'trainee',
        shopName: 'Gula Aren Bu Rahayu',
      });
      const csv = await api.get(`/api/classes/${classA.id}/attendance.csv`, { token: rina.token });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="daftar-hadir-2026-11-28-/);
      const raw = Buffer.from(await (await fetch(`${booted.baseUrl}/api/classes/${classA.id}/attendance.csv`, { headers: { authorization: `Bearer ${rina.token}` } })).arrayBuffer());
      expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // BOM, for Excel
      expect(csv.text.startsWith('"No","Nama"')).toBe(true);
      expect(csv.text).toContain('"Rahayu","Ambarawa Barat","081111111111","Peserta"');
      expect(csv.text).not.toContain('Tini');
    });

    it('shows a class in Sulawesi its own zone, WITA: the joiner is told it, and the attendance sheet reads it', async () => {
      const created = await api.post('/api/classes', { name: 'Kelas Makassar', place: 'Aula Kelurahan', date: '2026-11-28', regencyCode: '73.71' }, { token: rina.token });
      expect(created.status).toBe(201);
      expect(created.body.timeZone).toBe('Asia/Makassar');
      const joined = await joinClass(api, created.body.joinCode, 'Daeng Ratna');
      expect(joined.class.timeZone).toBe('Asia/Makassar');
      const csv = await api.get(`/api/classes/${created.body.id}/attendance.csv`, { token: rina.token });
      expect(csv.text).toContain('"Waktu Bergabung (WITA)"');
      expect(csv.text).toMatch(/"Daeng Ratna","","","Peserta","\d{2}\/\d{2}\/\d{4} \d{2}\.\d{2} WITA"/);
    });

    it('lets a facilitator create a buyer persona, kept out of the attendance sheet', async () => {
      const persona = await api.post(`/api/classes/${classA.id}/personas`, { displayName: 'Bu Rahma (Bandar Lampung)', village: 'Kedaton' }, { token: rina.token });
      expect(persona.status).toBe(201);
      expect(persona.body).toMatchObject({ role: 'buyer', isPersona: true, shopId: null });
      const csv = await api.get(`/api/classes/${classA.id}/attendance.csv`, { token: rina.token });
      expect(csv.text).not.toContain('Bu Rahma');
    });

    it('lets a co-facilitator in once added, and not before', async () => {
      expect((await api.get(`/api/classes/${classA.id}`, { token: budi.token })).status).toBe(404);
      const added = await api.post(`/api/classes/${classA.id}/facilitators`, { email: budi.email }, { token: rina.token });
      expect(added.status).toBe(201);
      expect(added.body).toEqual(['Budi', 'Rina']);
      expect((await api.get(`/api/classes/${classA.id}`, { token: budi.token })).status).toBe(200);
    });

    it('locks participants out once their class is archived', async () => {
      const c = await createClass(api, rina.token, 'Kelas Lama');
      const old = await joinClass(api, c.joinCode, 'Marni');
      await api.patch(`/api/classes/${c.id}`, { status: 'archived' }, { token: rina.token });
      expect((await api.get('/api/auth/me', { token: old.token })).status).toBe(401);
    });
  });
});
