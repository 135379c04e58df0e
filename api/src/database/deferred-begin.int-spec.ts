import type { PoolClient } from 'pg';
import { DataSource, type EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { dataSourceOptions } from './data-source-options.js';
import { commitWithNextStatement, readAlong, readTogether, writeBehind } from './deferred-begin.js';

/**
 * `START TRANSACTION` travels with the transaction's first statement (deferred-begin.ts). Counted here in answers from
 * PostgreSQL (ReadyForQuery: one per round trip), on one connection, with and without prepared statements.
 */
describe.each([true, false])('a transaction start rides with its first statement (prepared statements %s)', (preparedStatements) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    dataSource = await new DataSource(dataSourceOptions(database.url, 1, preparedStatements)).initialize();
    await dataSource.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
    await dataSource.query('INSERT INTO counter VALUES (1, 0)');
    // A constraint checked at COMMIT: a row pointing at a row that is not there fails only then.
    await dataSource.query('CREATE TABLE link (id int PRIMARY KEY, ref int REFERENCES link (id) DEFERRABLE INITIALLY DEFERRED)');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** Runs work on one query runner and counts PostgreSQL's answers meanwhile; the client's state after. */
  const counted = async (work: (runner: QueryRunner) => Promise<void>) => {
    const runner = dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient & { connection: NodeJS.EventEmitter; getTransactionStatus(): string | null };
    let answers = 0;
    const count = () => answers++;
    client.connection.on('readyForQuery', count);
    try {
      await work(runner);
      return { answers, status: client.getTransactionStatus() };
    } finally {
      client.connection.off('readyForQuery', count);
      await runner.release();
    }
  };
  const counter = async () => ((await dataSource.query('SELECT n FROM counter WHERE id = $1', [1])) as { n: number }[])[0]!.n;
  /** One committed transaction on one connection: PostgreSQL's answers meanwhile, the state after, what it added. */
  const committedTransaction = async (work: (runner: QueryRunner) => Promise<void>) => {
    const before = await counter();
    const { answers, status } = await counted(async (runner) => {
      await runner.startTransaction();
      await work(runner);
      await runner.commitTransaction();
    });
    return { answers, status, added: (await counter()) - before };
  };
  /** The transaction fails with this SQLSTATE, keeps nothing, and leaves the pool's only connection idle. */
  const failsKeepingNothing = async (work: (manager: EntityManager) => Promise<unknown>, code: string) => {
    const before = await counter();
    await expect(dataSource.transaction(work)).rejects.toMatchObject({ driverError: { code } });
    expect(await counter()).toBe(before);
    const { status } = await counted(async (runner) => void (await runner.query('SELECT $1::int', [1])));
    expect(status).toBe('I');
  };

  it('start, one statement with values, commit: two round trips, not three', async () => {
    const before = await counter();
    const { answers, status } = await counted(async (runner) => {
      await runner.startTransaction();
      await runner.query('UPDATE counter SET n = n + $1 WHERE id = 1', [1]);
      await runner.commitTransaction();
    });
    expect(answers).toBe(2);
    expect(status).toBe('I');
    expect(await counter()).toBe(before + 1);
  });

  it.each(['SERIALIZABLE', 'REPEATABLE READ', 'READ COMMITTED'] as const)(
    'with isolation level %s: the statement runs at that level, in two round trips, not four',
    async (level) => {
      let seen = '';
      const text = 'SELECT current_setting($1) AS level';
      // Named (prepared statements on) and parsed on this connection beforehand: see the test below for the first time.
      for (let i = 0; i < 2; i++) await dataSource.query(text, ['transaction_isolation']);
      const { answers } = await counted(async (runner) => {
        await runner.startTransaction(level);
        seen = ((await runner.query(text, ['transaction_isolation'])) as { level: string }[])[0]!.level;
        await runner.commitTransaction();
      });
      expect(seen).toBe(level.toLowerCase());
      expect(answers).toBe(2);
    },
  );

  it('a statement named but not yet parsed on this connection: the start goes alone first, then the statement', async () => {
    const text = 'SELECT current_setting($1) AS level -- named inside a transaction';
    await dataSource.query(text, ['transaction_isolation']);
    let seen = '';
    const { answers, status } = await counted(async (runner) => {
      await runner.startTransaction('SERIALIZABLE');
      // Its second use: named here when prepared statements are on, and parsed by this very message.
      seen = ((await runner.query(text, ['transaction_isolation'])) as { level: string }[])[0]!.level;
      await runner.commitTransaction();
    });
    expect(seen).toBe('serializable');
    expect(answers).toBe(preparedStatements ? 3 : 2);
    expect(status).toBe('I');
    expect(await dataSource.query(text, ['transaction_isolation'])).toEqual([{ level: 'read committed' }]);
  });

  it('the statements after the first run in the same transaction, and a rollback undoes them all', async () => {
    const before = await counter();
    await dataSource
      .transaction(async (manager) => {
        await manager.query('UPDATE counter SET n = n + $1 WHERE id = 1', [10]);
        await manager.query('UPDATE counter SET n = n + $1 WHERE id = 1', [10]);
        // Without values (the simple protocol): it still runs inside the transaction.
        await manager.query('UPDATE counter SET n = n + 100 WHERE id = 1');
        expect(((await manager.query('SELECT n FROM counter WHERE id = $1', [1])) as { n: number }[])[0]!.n).toBe(before + 120);
        throw new Error('undo');
      })
      .catch((error: Error) => expect(error.message).toBe('undo'));
    expect(await counter()).toBe(before);
  });

  it('a first statement without values still starts the transaction first (a rollback undoes it)', async () => {
    const before = await counter();
    const { status } = await counted(async (runner) => {
      await runner.startTransaction();
      await runner.query('UPDATE counter SET n = n + 5 WHERE id = 1');
      await runner.rollbackTransaction();
    });
    expect(status).toBe('I');
    expect(await counter()).toBe(before);
  });

  it('a transaction with no statement costs no round trip and leaves nothing open', async () => {
    for (const end of ['commit', 'rollback'] as const) {
      const { answers, status } = await counted(async (runner) => {
        await runner.startTransaction('SERIALIZABLE');
        await (end === 'commit' ? runner.commitTransaction() : runner.rollbackTransaction());
        // The next statement on this connection runs outside any transaction (the status after it: idle, not 'T').
        expect(await runner.query('SELECT $1::int AS one', [1])).toEqual([{ one: 1 }]);
      });
      expect({ end, answers, status }).toEqual({ end, answers: 1, status: 'I' });
    }
  });

  it('a failing first statement fails with its own error; the rollback leaves the connection clean', async () => {
    const before = await counter();
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query('UPDATE counter SET n = n + 10 / $1::int WHERE id = 1', [0]);
      }),
    ).rejects.toMatchObject({ driverError: { code: '22012' } });
    // The same statement again, now named where prepared statements are on, carrying the start.
    for (let i = 0; i < 3; i++) {
      await expect(
        dataSource.transaction(async (manager) => {
          await manager.query('UPDATE counter SET n = n + 10 / $1::int WHERE id = 1', [0]);
        }),
      ).rejects.toMatchObject({ driverError: { code: '22012' } });
    }
    const { status } = await counted(async (runner) => {
      await runner.query('SELECT $1::int', [1]);
    });
    expect(status).toBe('I');
    expect(await counter()).toBe(before);
  });

  it('a value pg cannot send fails the statement; the transaction it opened is rolled back', async () => {
    const before = await counter();
    const unsendable = {
      toPostgres() {
        throw new Error('cannot send this');
      },
    };
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query('UPDATE counter SET n = n + $1 WHERE id = 1', [unsendable]);
      }),
    ).rejects.toThrow('cannot send this');
    const { status } = await counted(async (runner) => {
      expect(await runner.query('SELECT $1::int AS one', [1])).toEqual([{ one: 1 }]);
    });
    expect(status).toBe('I');
    expect(await counter()).toBe(before);
    // pg closed the statement's name on the server when its bind failed: the text still works on this connection.
    for (let i = 0; i < 2; i++) {
      await dataSource.transaction(async (manager) => manager.query('UPDATE counter SET n = n + $1 WHERE id = 1', [1]));
      await dataSource.query('UPDATE counter SET n = n + $1 WHERE id = 1', [1]);
    }
    expect(await counter()).toBe(before + 4);
  });

  describe('the last statement carries the COMMIT (commitWithNextStatement)', () => {
    // Named (prepared statements on) and parsed on this connection: a statement not yet parsed goes on its own.
    beforeAll(async () => {
      for (let i = 0; i < 2; i++) await dataSource.query('UPDATE counter SET n = n + $1 WHERE id = 1', [0]);
    });

    it('start, one statement, commit: ONE round trip, committed, the connection idle', async () => {
      const done = await committedTransaction(async (runner) => {
        commitWithNextStatement(runner.manager);
        await runner.query('UPDATE counter SET n = n + $1 WHERE id = 1', [1]);
      });
      expect(done).toEqual({ answers: 1, status: 'I', added: 1 });
    });

    it('after other statements: one round trip each, the last with the COMMIT; its rows come back', async () => {
      const before = await counter();
      let returned: unknown;
      const done = await committedTransaction(async (runner) => {
        await runner.query('UPDATE counter SET n = n + $1 WHERE id = 1', [1]);
        commitWithNextStatement(runner.manager);
        returned = await runner.query('UPDATE counter SET n = n + $1 WHERE id = 1 RETURNING n', [1]);
      });
      expect(done).toEqual({ answers: 2, status: 'I', added: 2 });
      expect(returned).toEqual([[{ n: before + 2 }], 1]);
    });

    it('a failing last statement commits nothing; the rollback leaves the connection clean', async () => {
      await failsKeepingNothing(async (manager) => {
        await manager.query('UPDATE counter SET n = n + $1 WHERE id = 1', [5]);
        commitWithNextStatement(manager);
        await manager.query('UPDATE counter SET n = n + 10 / $1::int WHERE id = 1', [0]);
      }, '22012');
    });

    it('a constraint failing at the carried COMMIT fails the statement, and nothing of the transaction is kept', async () => {
      await failsKeepingNothing(async (manager) => {
        await manager.query('UPDATE counter SET n = n + $1 WHERE id = 1', [7]);
        commitWithNextStatement(manager);
        await manager.query('INSERT INTO link (id, ref) VALUES ($1, $2)', [1, 99]);
      }, '23503');
      expect(await dataSource.query('SELECT * FROM link')).toEqual([]);
    });

    it('a statement after the carried COMMIT is refused, never run outside the transaction', async () => {
      const before = await counter();
      await expect(
        dataSource.transaction(async (manager) => {
          commitWithNextStatement(manager);
          await manager.query('UPDATE counter SET n = n + $1 WHERE id = 1', [1]);
          await manager.query('UPDATE counter SET n = n + $1 WHERE id = 1', [100]);
        }),
      ).rejects.toThrow(/after its transaction was committed/);
      expect(await counter()).toBe(before + 1);
      const { status } = await counted(async (runner) => void (await runner.query('SELECT $1::int', [1])));
      expect(status).toBe('I');
    });

    it('refuses outside a transaction', () => {
      expect(() => commitWithNextStatement(dataSource.manager)).toThrow(/not in a transaction/);
    });
  });

  describe('writes whose answer nobody reads travel with the next statement (writeBehind)', () => {
    const add = 'UPDATE counter SET n = n + $1 WHERE id = 1';
    beforeAll(async () => {
      for (let i = 0; i < 2; i++) {
        await dataSource.query('SELECT n FROM counter WHERE id = $1', [1]);
        await dataSource.query(add, [0]);
      }
    });

    it('start, two writes and a read in ONE round trip; the read sees the writes; the COMMIT one more', async () => {
      const before = await counter();
      let seen: unknown;
      const done = await committedTransaction(async (runner) => {
        await writeBehind(runner.manager, add, [1]);
        await writeBehind(runner.manager, add, [2]);
        seen = await runner.query('SELECT n FROM counter WHERE id = $1', [1]);
      });
      expect(done).toEqual({ answers: 2, status: 'I', added: 3 });
      expect(seen).toEqual([{ n: before + 3 }]);
    });

    it('writes with nothing after them go with the COMMIT: one round trip, committed', async () => {
      const done = await committedTransaction(async (runner) => {
        await runner.query(add, [1]);
        await writeBehind(runner.manager, add, [10]);
        await writeBehind(runner.manager, add, [100]);
      });
      expect(done).toEqual({ answers: 2, status: 'I', added: 111 });
    });

    it('with the last statement carrying the COMMIT too: start, write, statement and COMMIT in one round trip', async () => {
      const done = await committedTransaction(async (runner) => {
        await writeBehind(runner.manager, add, [1]);
        commitWithNextStatement(runner.manager);
        await runner.query(add, [2]);
      });
      expect(done).toEqual({ answers: 1, status: 'I', added: 3 });
    });

    it('ahead of a statement without values: the writes go first, then the statement sees them', async () => {
      const before = await counter();
      let seen: unknown;
      await dataSource.transaction(async (manager) => {
        await writeBehind(manager, add, [5]);
        seen = await manager.query('SELECT n FROM counter WHERE id = 1');
      });
      expect(seen).toEqual([{ n: before + 5 }]);
      expect(await counter()).toBe(before + 5);
    });

    it('a failing write fails the statement it travels with, and nothing of the transaction is kept', async () => {
      await failsKeepingNothing(async (manager) => {
        await manager.query(add, [1]);
        await writeBehind(manager, 'UPDATE counter SET n = n + 10 / $1::int WHERE id = 1', [0]);
        await manager.query('SELECT n FROM counter WHERE id = $1', [1]);
      }, '22012');
    });

    it('a failing write carried by the COMMIT fails the commit, and nothing is kept', async () => {
      await failsKeepingNothing(async (manager) => {
        await manager.query(add, [1]);
        await writeBehind(manager, 'UPDATE counter SET n = n + 10 / $1::int WHERE id = 1', [0]);
      }, '22012');
    });

    it('a rollback drops writes never sent, without a round trip when nothing was', async () => {
      const before = await counter();
      const { answers, status } = await counted(async (runner) => {
        await runner.startTransaction();
        await writeBehind(runner.manager, add, [1]);
        await runner.rollbackTransaction();
      });
      expect({ answers, status }).toEqual({ answers: 0, status: 'I' });
      expect(await counter()).toBe(before);
    });

    it('outside a transaction it runs at once', async () => {
      const before = await counter();
      await writeBehind(dataSource.manager, add, [1]);
      expect(await counter()).toBe(before + 1);
    });
  });

  describe('reads whose answer is needed later travel with the next statement (readAlong)', () => {
    const add = 'UPDATE counter SET n = n + $1 WHERE id = 1';
    const read = (manager: EntityManager) => readAlong(manager, async (along) => ((await along.query('SELECT n FROM counter WHERE id = $1', [1])) as { n: number }[])[0]!.n);
    // Named (prepared statements on) and parsed on the pool's one connection, so a statement can carry the reads.
    beforeAll(async () => {
      for (let i = 0; i < 2; i++) await dataSource.query(add, [0]);
    });

    it('start, two reads and a write in ONE round trip; the reads answer what they saw before the write; the COMMIT one more', async () => {
      const before = await counter();
      let seen: number[] = [];
      const done = await committedTransaction(async (runner) => {
        const first = read(runner.manager);
        // Through TypeORM's query builder too (a structured answer).
        const second = readAlong(runner.manager, (along) =>
          along.createQueryBuilder().select('c.n', 'n').from('counter', 'c').where('c.id = :id', { id: 1 }).getRawOne<{ n: number }>(),
        );
        await runner.query(add, [1]);
        seen = [await first, (await second)!.n];
      });
      expect(done).toEqual({ answers: 2, status: 'I', added: 1 });
      expect(seen).toEqual([before, before]);
    });

    it('after writes behind, in their order: the read sees them; with the COMMIT carried, all in one round trip', async () => {
      const before = await counter();
      let seen = 0;
      const done = await committedTransaction(async (runner) => {
        await writeBehind(runner.manager, add, [2]);
        const after = read(runner.manager);
        commitWithNextStatement(runner.manager);
        await runner.query(add, [3]);
        seen = await after;
      });
      expect(done).toEqual({ answers: 1, status: 'I', added: 5 });
      expect(seen).toBe(before + 2);
    });

    it('awaited before anything else is sent, it goes on its own, with the start', async () => {
      const before = await counter();
      let seen = 0;
      const done = await committedTransaction(async (runner) => {
        seen = await read(runner.manager);
        await runner.query(add, [1]);
      });
      expect(done).toEqual({ answers: 3, status: 'I', added: 1 });
      expect(seen).toBe(before);
    });

    it('a failing read fails the statement it travels with, and nothing of the transaction is kept', async () => {
      let failed: unknown;
      await failsKeepingNothing(async (manager) => {
        await manager.query(add, [1]);
        const broken = readAlong(manager, (along) => along.query('SELECT 10 / $1::int AS n', [0]));
        broken.catch((error: unknown) => (failed = error));
        await manager.query(add, [1]);
      }, '22012');
      expect(failed).toMatchObject({ driverError: { code: '22012' } });
    });

    it('a read after a failing write is not answered: it fails with the write’s error', async () => {
      let failed: unknown;
      await failsKeepingNothing(async (manager) => {
        await manager.query(add, [1]);
        await writeBehind(manager, 'UPDATE counter SET n = n + 10 / $1::int WHERE id = 1', [0]);
        read(manager).catch((error: unknown) => (failed = error));
        await manager.query(add, [1]);
      }, '22012');
      expect(failed).toMatchObject({ driverError: { code: '22012' } });
    });

    it('a rollback before it was sent fails it, without a round trip', async () => {
      let failed: unknown;
      const { answers, status } = await counted(async (runner) => {
        await runner.startTransaction();
        read(runner.manager).catch((error: unknown) => (failed = error));
        await runner.rollbackTransaction();
      });
      expect({ answers, status }).toEqual({ answers: 0, status: 'I' });
      expect(String(failed)).toMatch(/rolled back before it was sent/);
    });

    it('refuses a second statement in one read', async () => {
      await expect(
        dataSource.transaction((manager) =>
          readAlong(manager, async (along) => {
            await along.query('SELECT $1::int AS n', [1]);
            return along.query('SELECT $1::int AS n', [2]);
          }),
        ),
      ).rejects.toThrow(/a read may send one statement/);
    });

    it('outside a transaction it runs at once', async () => {
      expect(await read(dataSource.manager)).toBe(await counter());
    });
  });

  describe('independent reads in one round trip (readTogether)', () => {
    const n = 'SELECT n FROM counter WHERE id = $1';
    const plus = 'SELECT n + $1::int AS n FROM counter WHERE id = 1';
    const reads = [
      (on: EntityManager) => on.query(n, [1]) as Promise<{ n: number }[]>,
      (on: EntityManager) => on.query(plus, [10]) as Promise<{ n: number }[]>,
      (on: EntityManager) => on.query('SELECT count(*)::int AS c FROM counter WHERE id = ANY($1::int[])', [[1, 2]]) as Promise<{ c: number }[]>,
    ] as const;

    it('outside a transaction: three reads with its start and COMMIT, ONE round trip; each its answer; the connection idle', async () => {
      const now = await counter();
      for (let i = 0; i < 3; i++) {
        let answers: unknown;
        const { answers: roundTrips, status } = await counted(async (runner) => {
          answers = await readTogether(runner.manager, reads);
        });
        expect(answers).toEqual([[{ n: now }], [{ n: now + 10 }], [{ c: 1 }]]);
        expect([roundTrips, status]).toEqual([1, 'I']);
      }
      const statements = ((await dataSource.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[]).map((row) => row.statement);
      expect(statements.includes(plus)).toBe(preparedStatements);
    });

    it('a query builder gets its structured result, a read that finds nothing an empty list; reads that send nothing cost no round trip', async () => {
      const now = await counter();
      let answers: unknown;
      const { answers: roundTrips } = await counted(async (runner) => {
        answers = await readTogether(runner.manager, [
          (on) => on.createQueryBuilder().select('c.n', 'n').from('counter', 'c').where('c.id = :id', { id: 1 }).getRawOne<{ n: number }>(),
          (on) => on.query(n, [3]) as Promise<unknown[]>,
        ]);
      });
      expect([answers, roundTrips]).toEqual([[{ n: now }, []], 1]);
      const { answers: none } = await counted(async (runner) => {
        expect(await readTogether(runner.manager, [() => Promise.resolve('known')])).toEqual(['known']);
      });
      expect(none).toBe(0);
    });

    it('inside a transaction: along with its next statement, and they see its writes before it', async () => {
      const now = await counter();
      const { answers, status, added } = await committedTransaction(async (runner) => {
        await runner.query('UPDATE counter SET n = n + $1 WHERE id = 1', [5]);
        const together = readTogether(runner.manager, reads);
        await runner.query('SELECT $1::int AS carrier', [0]);
        expect(await together).toEqual([[{ n: now + 5 }], [{ n: now + 15 }], [{ c: 1 }]]);
      });
      // The start with the UPDATE, the reads with the carrier, the COMMIT.
      expect([answers, status, added]).toEqual([3, 'I', 5]);
    });

    it('a read of several statements sent before it awaits (readTogether inside a read): all in the ONE round trip', async () => {
      const now = await counter();
      let answers: unknown;
      const { answers: roundTrips } = await counted(async (runner) => {
        answers = await readTogether(runner.manager, [(on) => readTogether(on, reads), reads[1]]);
      });
      expect(answers).toEqual([[[{ n: now }], [{ n: now + 10 }], [{ c: 1 }]], [{ n: now + 10 }]]);
      expect(roundTrips).toBe(1);
    });

    it('outside a transaction, a statement sent after an answer is refused: it would run after the COMMIT', async () => {
      const late = async (on: EntityManager) => {
        await on.query(n, [1]);
        return on.query(plus, [1]);
      };
      await expect(readTogether(dataSource.manager, [late])).rejects.toThrow(/its transaction has ended/);
      const { status } = await counted(async (runner) => void (await runner.query('SELECT $1::int', [1])));
      expect(status).toBe('I');
    });

    it('a failing read fails it with its error, and leaves the connection idle', async () => {
      const failing = [...reads, (on: EntityManager) => on.query('SELECT 1 / $1::int AS x', [0]) as Promise<unknown>] as const;
      const error: unknown = await readTogether(dataSource.manager, failing).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(QueryFailedError);
      expect(error).toMatchObject({ driverError: { code: '22012' } });
      const { status } = await counted(async (runner) => void (await runner.query('SELECT $1::int', [1])));
      expect(status).toBe('I');
    });
  });

  describe('statements sent ahead are prepared like any other (named on their second use)', () => {
    const add = 'UPDATE counter SET n = n + $1 WHERE id = 1';
    const prepared = async () => ((await dataSource.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[]).map((row) => row.statement);
    /** One transaction: `ahead` queued, then the carrier (parsed on the pool's one connection beforehand). */
    const carried = (ahead: (manager: EntityManager) => Promise<unknown>) =>
      dataSource.transaction(async (manager) => {
        const answer = ahead(manager);
        await manager.query(add, [0]);
        return answer;
      });
    beforeAll(async () => {
      for (let i = 0; i < 2; i++) await dataSource.query(add, [0]);
    });

    it('a write behind and a read along, run three times: right answers, and prepared on the server once named', async () => {
      const behind = 'UPDATE counter SET n = n + $1 WHERE id = 1 -- behind, named';
      const along = 'SELECT n FROM counter WHERE id = $1 -- along, named';
      const seen: unknown[] = [];
      const before = await counter();
      for (let i = 1; i <= 3; i++) {
        seen.push(
          await carried(async (manager) => {
            await writeBehind(manager, behind, [1]);
            return readAlong(manager, (on) => on.query(along, [1]));
          }),
        );
      }
      expect(seen).toEqual([[{ n: before + 1 }], [{ n: before + 2 }], [{ n: before + 3 }]]);
      const statements = await prepared();
      expect([statements.includes(behind), statements.includes(along)]).toEqual([preparedStatements, preparedStatements]);
    });

    it('one text three times in a message: named from its second use, parsed once, all answered (a checkout of three products)', async () => {
      const along = 'SELECT n + $1::int AS n FROM counter WHERE id = 1 -- thrice in one message';
      const thrice = (manager: EntityManager) => Promise.all([1, 2, 3].map((k) => readAlong(manager, (on) => on.query(along, [k]))));
      const n = await counter();
      // The first unnamed; the second and third under one name not yet parsed on the connection.
      expect(await carried(thrice)).toEqual([[{ n: n + 1 }], [{ n: n + 2 }], [{ n: n + 3 }]]);
      expect(await carried(thrice)).toEqual([[{ n: n + 1 }], [{ n: n + 2 }], [{ n: n + 3 }]]);
    });

    it('a name whose parse an earlier failure skipped is parsed again next time', async () => {
      const along = 'SELECT n FROM counter WHERE id = $1 -- parse skipped by a failure';
      await carried((manager) => readAlong(manager, (on) => on.query(along, [1])));
      // Its second use (named): the write before it fails, so PostgreSQL skips its parse.
      await expect(
        carried(async (manager) => {
          await writeBehind(manager, 'UPDATE counter SET n = n + 10 / $1::int WHERE id = 1', [0]);
          return readAlong(manager, (on) => on.query(along, [1])).catch(() => undefined);
        }),
      ).rejects.toMatchObject({ driverError: { code: '22012' } });
      expect(await carried((manager) => readAlong(manager, (on) => on.query(along, [1])))).toEqual([{ n: await counter() }]);
    });

    it('a read awaited alone after a failing write: its name is not counted as parsed, and the next use works', async () => {
      const along = 'SELECT n FROM counter WHERE id = $1 -- awaited alone';
      const alone = (manager: EntityManager) => readAlong(manager, (on) => on.query(along, [1]));
      await dataSource.transaction(alone);
      await expect(
        dataSource.transaction(async (manager) => {
          await writeBehind(manager, 'UPDATE counter SET n = n + 10 / $1::int WHERE id = 1', [0]);
          // Sent as its message's last statement: pg would count its name parsed at the start's parse answer.
          return alone(manager);
        }),
      ).rejects.toMatchObject({ driverError: { code: '22012' } });
      expect(await dataSource.transaction(alone)).toEqual([{ n: await counter() }]);
    });

    it('a name parsed in a message whose later value pg cannot send is closed again: the next use parses it anew', async () => {
      const along = 'SELECT n FROM counter WHERE id = $1 -- parsed, then a value that cannot be sent';
      await carried((manager) => readAlong(manager, (on) => on.query(along, [1])));
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      await expect(
        carried(async (manager) => {
          const answer = readAlong(manager, (on) => on.query(along, [1])).catch(() => undefined);
          await writeBehind(manager, 'SELECT $1::jsonb', [circular]);
          return answer;
        }),
      ).rejects.toThrow(/circular/i);
      expect(await carried((manager) => readAlong(manager, (on) => on.query(along, [1])))).toEqual([{ n: await counter() }]);
      expect(await carried((manager) => readAlong(manager, (on) => on.query(along, [1])))).toEqual([{ n: await counter() }]);
    });
  });

  it('concurrent transactions on one connection each stay whole: 20 increments, counted once each', async () => {
    const before = await counter();
    await Promise.all(
      Array.from({ length: 20 }, () =>
        dataSource.transaction('REPEATABLE READ', async (manager) => {
          const [row] = (await manager.query('SELECT n FROM counter WHERE id = $1 FOR UPDATE', [1])) as { n: number }[];
          await manager.query('UPDATE counter SET n = $1 WHERE id = 1', [row!.n + 1]);
        }),
      ),
    );
    expect(await counter()).toBe(before + 20);
  });
});
