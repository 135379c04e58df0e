// "Sertifikat" on real PostgreSQL: issued only when the required missions are done (by default all enabled ones),
// kept once issued, and its public verification page shows the name, the class and the date, nothing more.
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { facilitatorClass, member, postProduct } from '../../test/orders-fixtures.js';

describe('Sertifikat', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let kelas: { facilitator: string; classId: string; joinCode: string };

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    kelas = await facilitatorClass(api, 'Sertifikat');
  }, 60_000);

  afterAll(async () => {
    await booted?.close();
  });

  it('is refused until the missions are done: by default every enabled mission', async () => {
    const trainee = await member(api, kelas.joinCode, 'Sriyati');
    const refused = await api.post('/api/certificates/mine', undefined, { token: trainee.token });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CERTIFICATE_MISSIONS_NOT_DONE');
    const overview = await api.get(`/api/classes/${kelas.classId}/certificates`, { token: kelas.facilitator });
    expect(overview.body.chosenMissions).toEqual([]);
    expect(overview.body.requiredMissions).toHaveLength(9);
    expect(overview.body.trainees).toEqual([expect.objectContaining({ name: 'Sriyati', code: null, missing: expect.arrayContaining(['product_with_photo', 'withdrawal']) })]);
    // A product with a photo is not all nine missions.
    await postProduct(api, trainee.token);
    expect((await api.post('/api/certificates/mine', undefined, { token: trainee.token })).status).toBe(409);
  }, 60_000);

  it('is issued once the chosen missions are done, kept, and verified publicly with only name, class and date', async () => {
    const trainee = await member(api, kelas.joinCode, 'Wartini');
    const chosen = await api.put(`/api/classes/${kelas.classId}/certificates/settings`, { requiredMissions: ['product_with_photo'] }, { token: kelas.facilitator });
    expect(chosen.status).toBe(200);
    expect(chosen.body.requiredMissions).toEqual(['product_with_photo']);
    const before = await api.post('/api/certificates/mine', undefined, { token: trainee.token });
    expect(before.status).toBe(409);
    expect(before.body).toMatchObject({ code: 'CERTIFICATE_MISSIONS_NOT_DONE', statusCode: 409 });

    await postProduct(api, trainee.token);
    const issued = await api.post('/api/certificates/mine', undefined, { token: trainee.token });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ name: 'Wartini', className: 'Kelas Sertifikat', missions: expect.arrayContaining(['product_with_photo']) });
    expect(issued.body.facilitators).toHaveLength(1);
    expect(issued.body.code).toMatch(/^[ACDEFGHJKMNPQRTWXY34679]{10}$/);
    expect(issued.body.verifyUrl).toMatch(new RegExp(`/sertifikat/${issued.body.code}$`));
    expect(issued.body.verifyQrSvg).toContain('<svg');

    // Asking again gives the same certificate, even after the facilitators ask for more.
    await api.put(`/api/classes/${kelas.classId}/certificates/settings`, { requiredMissions: [] }, { token: kelas.facilitator });
    const again = await api.post('/api/certificates/mine', undefined, { token: trainee.token });
    expect(again.body.code).toBe(issued.body.code);

    const verified = await api.get(`/api/certificates/verify/${issued.body.code.toLowerCase()}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({ name: 'Wartini', className: 'Kelas Sertifikat', date: issued.body.date });
    expect(Object.keys(verified.body).sort()).toEqual(['className', 'date', 'name']);
    expect(verified.text).not.toContain(trainee.participantId);
    expect(verified.text).not.toContain(kelas.classId);
    expect(verified.text).not.toContain(kelas.joinCode);

    const unknown = await api.get('/api/certificates/verify/AAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CERTIFICATE_NOT_FOUND');
    const overview = await api.get(`/api/classes/${kelas.classId}/certificates`, { token: kelas.facilitator });
    expect(overview.body.trainees.find((t: { name: string }) => t.name === 'Wartini').code).toBe(issued.body.code);
  }, 60_000);

  it('is for trainees only, and another class cannot read or change its settings', async () => {
    const buyer = await member(api, kelas.joinCode, 'Pembeli', 'buyer');
    expect((await api.post('/api/certificates/mine', undefined, { token: buyer.token })).status).toBe(403);
    const other = await facilitatorClass(api, 'Sertifikat Lain');
    const outsider = await member(api, other.joinCode, 'Orang Lain');
    for (const token of [other.facilitator, outsider.token]) {
      expect([403, 404]).toContain((await api.get(`/api/classes/${kelas.classId}/certificates`, { token })).status);
      expect([403, 404]).toContain((await api.put(`/api/classes/${kelas.classId}/certificates/settings`, { requiredMissions: [] }, { token })).status);
    }
    const duplicated = await api.put(`/api/classes/${kelas.classId}/certificates/settings`, { requiredMissions: ['shop_setup', 'shop_setup'] }, { token: kelas.facilitator });
    expect(duplicated.body.code).toBe('INVALID_CERTIFICATE_SETTINGS');
  });
});
