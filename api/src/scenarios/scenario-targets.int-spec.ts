import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { facilitatorClass } from '../../test/orders-fixtures.js';
import { ScenarioRunner } from './scenario-runner.service.js';

/**
 * Whom a scenario started for "all" goes to, in a class too big to build through the API: the trainees come from the
 * read models, what their shops have from the owner (here the wallet's open bank accounts), and the limit of 100
 * counts the trainees left after that filter, in joining order.
 */
describe('scenario targets', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let klass: { facilitator: string; classId: string; joinCode: string };
  let other: { facilitator: string; classId: string; joinCode: string };

  const start = async (scenarioId: string, body: Record<string, unknown>) => {
    const res = await fetch(`${booted.baseUrl}/api/classes/${klass.classId}/scenarios/${scenarioId}/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${klass.facilitator}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  /** `count` trainees of the class, each with a shop, joined one second apart after `from`; their ids in joining order. */
  async function trainees(classId: string, prefix: string, count: number, options: { persona?: boolean; bank?: boolean; from?: number } = {}): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `WITH p AS (
         INSERT INTO participant (class_id, role, display_name, name_key, is_persona, joined_at)
         SELECT $1, 'trainee', $2 || ' ' || i, lower($2 || ' ' || i), $4, now() + make_interval(secs => $5 + i) FROM generate_series(1, $3) AS i
         RETURNING id, display_name, joined_at),
       s AS (INSERT INTO shop (class_id, participant_id, name, regency_code) SELECT $1, id, 'Toko ' || display_name, '18.10' FROM p RETURNING id, participant_id),
       b AS (INSERT INTO bank_account (class_id, shop_id, bank_code, account_number, holder_name, registered_at)
             SELECT $1, s.id, 'bca', '1234567890', 'PESERTA', now() FROM s WHERE $6 RETURNING shop_id)
       SELECT p.id FROM p ORDER BY p.joined_at`,
      [classId, prefix, count, options.persona ?? false, options.from ?? 0, options.bank ?? true],
    );
    return rows.map((row) => row.id);
  }

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    db = booted.app.get(DataSource);
    [klass, other] = [await facilitatorClass(api, 'Rina'), await facilitatorClass(api, 'Budi')];
  }, 120_000);

  afterAll(() => booted.close());

  it('counts the limit of 100 after the filter, and starts the trainees left in joining order', async () => {
    const withBank = await trainees(klass.classId, 'Peserta', 101);
    // Not targets: trainees without a bank account, a demo buyer marked as a trainee, another class's trainees.
    await trainees(klass.classId, 'Tanpa Rekening', 5, { bank: false, from: 200 });
    await trainees(klass.classId, 'Persona', 1, { persona: true, from: 300 });
    await trainees(other.classId, 'Kelas Lain', 3);

    const tooMany = await start('closed_bank_account', { all: true });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('TOO_MANY_TARGETS');

    // The bank closes the first trainee's account: 100 left, which is not too many.
    await db.query(`UPDATE bank_account SET closed_at = now() WHERE shop_id = (SELECT id FROM shop WHERE participant_id = $1)`, [withBank[0]]);
    const started = await start('closed_bank_account', { all: true });
    expect(started.status).toBe(201);
    expect(started.body.map((run: any) => run.participantId)).toEqual(withBank.slice(1));
    expect(started.body.every((run: any) => run.status === 'finished')).toBe(true);
    await booted.app.get(ScenarioRunner).settled();
    // Every account the runs could reach is closed; the demo buyer's was never a target.
    const open: { display_name: string }[] = await db.query(
      `SELECT p.display_name FROM bank_account b JOIN shop s ON s.id = b.shop_id JOIN participant p ON p.id = s.participant_id
        WHERE b.class_id = $1 AND b.closed_at IS NULL`,
      [klass.classId],
    );
    expect(open.map((row) => row.display_name)).toEqual(['Persona 1']);
  }, 120_000);
});
