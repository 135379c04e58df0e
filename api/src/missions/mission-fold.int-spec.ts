import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { eventually, facilitatorClass, type Member, member } from '../../test/orders-fixtures.js';
import { KEEP_AFTER_EVENTS, MissionFactsRepository } from './mission-facts.repository.js';
import { MissionsService } from './missions.service.js';

/**
 * The fold kept per trainee (mission_fold) on a real database: a check after it reads only what came later and
 * reaches the same checklist as folding everything; an event whose transaction was still open when a fold was kept
 * is counted once it commits; an event goes to the trainee whose shop it names whichever trainees are checked.
 * Events are written straight into the activity log here, as the use cases write them, so that their number and the
 * moment of their commit are the test's to choose.
 */
describe('the mission fold kept between checks', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let classId: string;
  let databaseUrl: string;
  const repo = () => booted.app.get(MissionFactsRepository);
  const missions = () => booted.app.get(MissionsService);

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    db = booted.app.get(DataSource);
    ({ classId } = await facilitatorClass(api, 'Rina'));
    const options = db.options as { url?: string; host?: string; port?: number; username?: string; database?: string };
    databaseUrl = options.url ?? `postgres://${options.username}@${options.host}:${options.port}/${options.database}`;
  }, 120_000);

  afterAll(async () => {
    await booted.close();
  });

  const trainee = async (name: string): Promise<Member & { shop: { id: string } }> => {
    const joined = await member(api, (await db.query(`SELECT join_code FROM training_class WHERE id = $1`, [classId]))[0].join_code, name);
    await missions().settled();
    return joined as Member & { shop: { id: string } };
  };
  /** Orders of a shop placed and paid: two events each. */
  const ordersOf = (shopId: string, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const orderId = randomUUID();
      const invoiceNumber = `INV/20261207/PL/${orderId.slice(0, 6)}${i}`;
      return [
        { type: 'order.placed', payload: { orderId, invoiceNumber, shopId } },
        { type: 'order.paid', payload: { orderId, invoiceNumber, shopId } },
      ];
    }).flat();
  const record = (events: { type: string; payload: Record<string, unknown>; actorId?: string }[], on: { query(text: string, values: unknown[]): Promise<unknown> } = db) =>
    on.query(
      `INSERT INTO activity (class_id, actor_id, type, payload)
       SELECT $1, e.actor_id, e.type, e.payload FROM unnest($2::uuid[], $3::text[], $4::jsonb[]) AS e(actor_id, type, payload)`,
      [classId, events.map((e) => e.actorId ?? null), events.map((e) => e.type), events.map((e) => JSON.stringify(e.payload))],
    );
  const factsOf = async (participantId: string) => (await repo().withFacts(classId, [participantId]))[0]!.facts;
  /** The facts as if nothing were kept: the fold set aside for the read, then put back. */
  const factsFromScratch = async (participantId: string) => {
    const [kept] = await db.query(`WITH d AS (DELETE FROM mission_fold WHERE participant_id = $1 RETURNING server_id, folded_below::text, fold) SELECT * FROM d`, [participantId]);
    try {
      return await factsOf(participantId);
    } finally {
      if (kept) {
        await db.query(`INSERT INTO mission_fold (participant_id, class_id, server_id, folded_below, fold) VALUES ($1, $2, $3, $4::xid8, $5)`, [
          participantId,
          classId,
          kept.server_id,
          kept.folded_below,
          JSON.stringify(kept.fold),
        ]);
      }
    }
  };
  const keptFold = async (participantId: string) =>
    (
      (await db.query(`SELECT folded_below::text, fold, server_id = (SELECT system_identifier FROM pg_control_system()) AS ours FROM mission_fold WHERE participant_id = $1`, [
        participantId,
      ])) as { folded_below: string; fold: { events: number }; ours: boolean }[]
    )[0];
  /**
   * Checks her until her kept fold passes `test`. Events settle only once every transaction older than theirs has
   * ended, on the whole PostgreSQL server (other test files' included), so a check may come too early to keep a fold.
   */
  const checkedUntil = (participantId: string, what: string, test: (kept: NonNullable<Awaited<ReturnType<typeof keptFold>>>) => boolean) =>
    eventually(
      what,
      async () => {
        await missions().refresh(classId, [participantId]);
        const kept = await keptFold(participantId);
        return kept && test(kept) ? kept : undefined;
      },
      60_000,
    );

  it('keeps a fold once enough events are settled, and then reads only what came after it', async () => {
    const sri = await trainee('Sriyati');
    await record(ordersOf(sri.shop.id, KEEP_AFTER_EVENTS / 2 - 1));
    await missions().refresh(classId, [sri.participantId]);
    // Her first check (when she joined) kept an empty fold; fewer than KEEP_AFTER_EVENTS new events are read again.
    expect((await keptFold(sri.participantId))?.fold.events).toBe(0);

    await record(ordersOf(sri.shop.id, 1));
    const kept = await checkedUntil(sri.participantId, 'her fold of 32 events', (k) => k.fold.events > 0);
    expect(kept.fold.events).toBe(KEEP_AFTER_EVENTS);
    expect(await factsOf(sri.participantId)).toMatchObject({ ordersPlaced: KEEP_AFTER_EVENTS / 2, ordersPaid: KEEP_AFTER_EVENTS / 2 });

    // Later events are read on top of the fold: the same facts as folding all of them.
    const later = ordersOf(sri.shop.id, 3).slice(0, 5); // the third order placed, not yet paid
    await record(later);
    const facts = await factsOf(sri.participantId);
    expect(facts).toMatchObject({ ordersPlaced: KEEP_AFTER_EVENTS / 2 + 3, ordersPaid: KEEP_AFTER_EVENTS / 2 + 2 });
    expect(facts.awaitingPayment?.orderId).toBe(later[4]!.payload.orderId);
    expect(await factsFromScratch(sri.participantId)).toEqual(facts);

    // What the fold holds is not read again: the events in it, taken out of the log, change nothing while it is kept.
    const folded: { id: string }[] = await db.query(`SELECT id FROM activity WHERE payload ->> 'shopId' = $1 AND type LIKE 'order.%' AND xact < $2::xid8`, [sri.shop.id, kept.folded_below]);
    expect(folded).toHaveLength(KEEP_AFTER_EVENTS);
    await db.query(`DELETE FROM activity WHERE id = ANY($1::bigint[])`, [folded.map((r) => r.id)]);
    expect(await factsOf(sri.participantId)).toEqual(facts);
    expect(await factsFromScratch(sri.participantId)).toMatchObject({ ordersPlaced: 3, ordersPaid: 2 });
  });

  it('counts an event whose transaction was still open when the fold was kept, once it commits', async () => {
    const marni = await trainee('Marni');
    const [open] = ordersOf(marni.shop.id, 1);
    // Two other connections: `early` takes its transaction id first, `late` then writes an order (a larger transaction
    // id, a smaller event id), `early` writes its orders and commits, a check keeps a fold while `late` is still open,
    // and only then `late` commits. An event id cannot tell that this order is not in the fold; the transaction id can.
    const [early, late] = [new pg.Client({ connectionString: databaseUrl }), new pg.Client({ connectionString: databaseUrl })];
    await Promise.all([early.connect(), late.connect()]);
    try {
      await early.query('BEGIN');
      await early.query('SELECT pg_current_xact_id()');
      await late.query('BEGIN');
      await record([open!], late);
      await record(ordersOf(marni.shop.id, KEEP_AFTER_EVENTS), early);
      await early.query('COMMIT');
      // A transaction after `late`'s, committed: the horizon cannot be "the transactions seen so far".
      await record([{ type: 'chat.message_sent', payload: { senderRole: 'buyer', shopId: marni.shop.id } }]);
      const kept = await checkedUntil(marni.participantId, 'her fold of early’s orders', (k) => k.fold.events > 0);
      expect(kept.fold.events).toBe(2 * KEEP_AFTER_EVENTS);
      expect(await factsOf(marni.participantId)).toMatchObject({ ordersPlaced: KEEP_AFTER_EVENTS });
      await late.query('COMMIT');
    } finally {
      await Promise.all([early.end(), late.end()]);
    }
    const facts = await factsOf(marni.participantId);
    expect(facts).toMatchObject({ ordersPlaced: KEEP_AFTER_EVENTS + 1, ordersPaid: KEEP_AFTER_EVENTS });
    expect(facts.awaitingPayment?.orderId).toBe(open!.payload.orderId);
    expect(await factsFromScratch(marni.participantId)).toEqual(facts);
    expect(facts.buyerMessages).toBe(1);
    // And it is folded in, once, when the fold is kept again.
    await record(ordersOf(marni.shop.id, KEEP_AFTER_EVENTS / 2));
    const again = await checkedUntil(marni.participantId, 'her fold kept again', (k) => k.fold.events > 2 * KEEP_AFTER_EVENTS);
    expect(again.fold.events).toBe(3 * KEEP_AFTER_EVENTS + 2);
    expect(await factsOf(marni.participantId)).toMatchObject({ ordersPlaced: KEEP_AFTER_EVENTS * 1.5 + 1 });
  });

  it('ignores a fold kept by another PostgreSQL cluster (a restored database) and replaces it', async () => {
    const ani = await trainee('Ani');
    await record(ordersOf(ani.shop.id, 2));
    // As a restore into a new cluster leaves it: the old cluster's identity, and a horizon of its (higher) count.
    const foreign = { ...JSON.parse('{"orders":{},"withdrawals":{},"buyerMessages":0,"sellerReplies":0,"bankAccountRegistered":true}'), events: 999 };
    const updated = await db.query(
      `WITH u AS (
         UPDATE mission_fold SET server_id = (SELECT system_identifier FROM pg_control_system()) + 1,
                folded_below = (pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 1000000)::text::xid8, fold = $2
          WHERE participant_id = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM u`,
      [ani.participantId, JSON.stringify(foreign)],
    );
    expect(updated[0].n).toBe(1);
    expect(await factsOf(ani.participantId)).toMatchObject({ ordersPlaced: 2, ordersPaid: 2, bankAccountRegistered: false });
    await record(ordersOf(ani.shop.id, KEEP_AFTER_EVENTS / 2));
    // Her next check keeps a fold of this server's (of as many of her events as are settled by then).
    const replaced = await checkedUntil(ani.participantId, 'a fold of this server', (k) => k.ours);
    expect(replaced.fold).toMatchObject({ bankAccountRegistered: false });
    expect(replaced.fold.events).toBeLessThanOrEqual(KEEP_AFTER_EVENTS + 4);
    expect(await factsOf(ani.participantId)).toMatchObject({ ordersPlaced: KEEP_AFTER_EVENTS / 2 + 2, bankAccountRegistered: false });
    expect(await factsFromScratch(ani.participantId)).toEqual(await factsOf(ani.participantId));
  });

  it('gives an order to the shop it was placed at, whichever trainees are checked', async () => {
    const tomo = await trainee('Tomo');
    const yuni = await trainee('Yuni');
    // Tomo buys at Yuni's shop.
    await record(ordersOf(yuni.shop.id, 1).map((e) => ({ ...e, actorId: tomo.participantId })));
    expect((await factsOf(tomo.participantId)).ordersPlaced).toBe(0);
    expect((await factsOf(yuni.participantId)).ordersPlaced).toBe(1);
    // Tomo, checked with nothing new of his own, moves his fold on: the next read starts after these events.
    const before = (await keptFold(tomo.participantId))!;
    const after = await checkedUntil(tomo.participantId, 'his fold moved on', (k) => BigInt(k.folded_below) > BigInt(before.folded_below));
    expect(after.fold).toEqual(before.fold);
    const both = await repo().withFacts(classId, [tomo.participantId, yuni.participantId]);
    expect(both.map((t) => [t.name, t.facts.ordersPlaced])).toEqual([
      ['Tomo', 0],
      ['Yuni', 1],
    ]);
  });
});
