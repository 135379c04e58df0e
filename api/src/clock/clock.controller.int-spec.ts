import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createClass, createFacilitator, joinClass, loginAs, TEST_ADMIN } from '../../test/api-client.js';

describe('the class clock over HTTP', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let facilitator: { token: string };
  let trainingClass: { id: string; joinCode: string };
  let other: { id: string; joinCode: string };
  let trainee: { token: string };

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    facilitator = await createFacilitator(api, admin, 'Rina');
    trainingClass = await createClass(api, facilitator.token);
    other = await createClass(api, facilitator.token, 'Kelas Lain');
    trainee = await joinClass(api, trainingClass.joinCode, 'Sriyati');
  });
  afterAll(() => booted.close());

  it('starts each class at real time, at 1×', async () => {
    const res = await api.get(`/api/classes/${trainingClass.id}/clock`, { token: trainee.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ speed: 1, paused: false });
    expect(Math.abs(Date.parse(res.body.simNow) - Date.now())).toBeLessThan(5000);
  });

  it('lets the facilitator jump a day forward and set 600×', async () => {
    const before = Date.parse((await api.get(`/api/classes/${trainingClass.id}/clock`, { token: facilitator.token })).body.simNow);
    const jumped = await api.post(`/api/classes/${trainingClass.id}/clock`, { action: 'jump', minutes: 24 * 60 }, { token: facilitator.token });
    expect(jumped.status).toBe(200);
    expect(Date.parse(jumped.body.simNow) - before).toBeGreaterThanOrEqual(24 * 3600 * 1000);
    const fast = await api.post(`/api/classes/${trainingClass.id}/clock`, { action: 'speed', speed: 600 }, { token: facilitator.token });
    expect(fast.body.speed).toBe(600);
    const paused = await api.post(`/api/classes/${trainingClass.id}/clock`, { action: 'pause' }, { token: facilitator.token });
    expect(paused.body.paused).toBe(true);
  });

  it.each([
    [{ action: 'speed', speed: 2 }],
    [{ action: 'speed' }],
    [{ action: 'jump', minutes: 0 }],
    [{ action: 'rewind' }],
  ])('refuses %j with VALIDATION_FAILED', async (body) => {
    const res = await api.post(`/api/classes/${trainingClass.id}/clock`, body, { token: facilitator.token });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it("lets a trainee read their class's clock but not change it or read another class's", async () => {
    expect((await api.post(`/api/classes/${trainingClass.id}/clock`, { action: 'pause' }, { token: trainee.token })).status).toBe(403);
    expect((await api.get(`/api/classes/${other.id}/clock`, { token: trainee.token })).body.code).toBe('CLASS_NOT_FOUND');
  });
});
