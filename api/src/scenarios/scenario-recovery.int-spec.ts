import pg from 'pg';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, apiClient } from '../../test/api-client.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { eventually, facilitatorClass, type Member, member, postProduct } from '../../test/orders-fixtures.js';
import { ScenarioRunner, SCENARIO_INTERRUPTED } from './scenario-runner.service.js';

/**
 * A scenario run that a crash interrupted never stays "running": the app is stopped, runs are left "running" in the
 * database as a killed node leaves them, and the next start-up resumes the one stopped at a step that is safe to do
 * again (its order placed, the run finished) and ends the one stopped at a step that may have happened already
 * ("terhenti", SCENARIO_INTERRUPTED, with the step and the reason). A run that moved just now (a live node's) is left
 * alone.
 */
describe('scenario runs after a crash', () => {
  let database: TestDatabase;
  let booted: BootedApp | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await booted?.close();
    await database.drop();
  });

  it('resumes or ends every run a crash left running, at start-up', async () => {
    // 1. A class with a seller of palm sugar and a demo buyer persona, made on a first boot.
    booted = await bootApp({ env: ADMIN_ENV, database });
    let api = apiClient(booted.baseUrl);
    const klass = await facilitatorClass(api, 'Rina');
    const sriyati: Member = await member(api, klass.joinCode, 'Sriyati');
    await postProduct(api, sriyati.token);
    // A trainee has one active run at a time: the three runs are three trainees'.
    const marni: Member = await member(api, klass.joinCode, 'Marni');
    const wati: Member = await member(api, klass.joinCode, 'Wati');
    const persona = await api.post(`/api/classes/${klass.classId}/personas`, { displayName: 'Bu Rahma', destination: 'city' }, { token: klass.facilitator });
    expect(persona.status).toBe(201);
    await booted.close();
    booted = undefined;

    // 2. The crash: three runs "running", as a node killed mid-step leaves them.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const insertRun = async (who: Member, scenarioId: string, nextStep: number, minutesAgo: number): Promise<string> => {
      const [row] = (
        await client.query(
          `INSERT INTO scenario_run (class_id, scenario_id, batch_key, target_participant_id, target_shop_id, persona_id, status, next_step, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'running', $7, now() - make_interval(mins => $8)) RETURNING id`,
          [klass.classId, scenarioId, `crash-${scenarioId}-${nextStep}-${minutesAgo}`, who.participantId, who.shop!.id, persona.body.id, nextStep, minutesAgo],
        )
      ).rows as { id: string }[];
      return row!.id;
    };
    try {
      // Stopped at its first step, placing the order: keyed, safe to do again.
      const resumable = await insertRun(sriyati, 'unpaid_order', 0, 10);
      // Stopped at "pay" (the order may be paid already): not safe to do again.
      const unsafe = await insertRun(marni, 'failed_delivery', 1, 10);
      // Moved a moment ago: a live node may be running it.
      const live = await insertRun(wati, 'unpaid_order', 1, 0);

      // 3. The next start-up.
      booted = await bootApp({ env: ADMIN_ENV, database });
      api = apiClient(booted.baseUrl);
      const runs = async () => (await api.get(`/api/classes/${klass.classId}/scenario-runs`, { token: klass.facilitator })).body as any[];
      const runOf = async (id: string) => (await runs()).find((run) => run.id === id);

      const finished = await eventually('the resumed run finishes', async () => {
        const run = await runOf(resumable);
        return run?.status === 'finished' ? run : undefined;
      }, 60_000);
      expect(finished.outcome.some((line: any) => line.do === 'resume' && line.reason === 'interrupted')).toBe(true);
      expect(finished.outcome.some((line: any) => line.do === 'placeOrder' && typeof line.orderId === 'string')).toBe(true);

      const ended = await eventually('the unsafe run ends', async () => {
        const run = await runOf(unsafe);
        return run?.status === 'failed' ? run : undefined;
      }, 60_000);
      expect(ended.errorCode).toBe(SCENARIO_INTERRUPTED);
      expect(ended.outcome).toContainEqual(expect.objectContaining({ step: 1, do: 'pay', errorCode: SCENARIO_INTERRUPTED, reason: 'interrupted' }));

      expect((await runOf(live))?.status).toBe('running');
      await booted.app.get(ScenarioRunner).settled();

      // Recovering again finds nothing more: each run was handled once.
      expect(await booted.app.get(ScenarioRunner).recoverInterrupted()).toEqual({ resumed: [], ended: [] });
      // Once the live run has made no progress for the stale time, a sweep recovers it too (staleness 0 here).
      const swept = await booted.app.get(ScenarioRunner).recoverInterrupted(0);
      expect(swept.resumed).toEqual([live]);
      await booted.app.get(ScenarioRunner).settled();
      expect((await runOf(live))?.status).not.toBe('running');
    } finally {
      await client.end();
    }
  }, 240_000);
});
