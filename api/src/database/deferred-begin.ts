import { createRequire } from 'node:module';
import type { ClientBase, QueryResult } from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * A transaction's `START TRANSACTION` travels with its first statement: one round trip to PostgreSQL instead of two
 * (three with an isolation level, which TypeORM sends as a `SET TRANSACTION` of its own).
 *
 * TypeORM opens a transaction by awaiting `START TRANSACTION`, then `SET TRANSACTION ISOLATION LEVEL …` when it has
 * one, before the first statement; each was a round trip whose answer says nothing. Here they are answered at once
 * and kept back; the transaction's first statement with values then goes as `Parse/Bind/Execute` of the `START
 * TRANSACTION [ISOLATION LEVEL …]` followed by the statement's own messages and one `Sync`: PostgreSQL runs them in
 * order, as it would have, and answers once. A `COMMIT` or `ROLLBACK` with nothing sent ends a transaction that never
 * reached PostgreSQL. Anything else (a statement without values, a statement whose name this connection has not
 * parsed yet, a custom query object) sends the kept `START TRANSACTION` on its own first, as before.
 *
 * When `START TRANSACTION` fails (it does not, short of a broken connection), the statement it carried fails with its
 * error, and the transaction is rolled back as after any failed statement.
 */
export function deferTransactionStart(client: ClientBase): void {
  const send = client.query.bind(client) as unknown as Send;
  let kept: string | undefined;
  // commitWithNext: the next statement carries the COMMIT; once it has, the transaction's own COMMIT is answered here.
  let commitNext = false;
  let committed = false;

  const query: Send = (config, values, callback) => {
    const text = typeof config === 'string' ? config : undefined;
    const plain = values === undefined && callback === undefined;
    if (committed) {
      committed = false;
      if ((text === 'COMMIT' || text === 'ROLLBACK') && plain) return answered(text);
      // Never run silently outside the transaction it was written for.
      return Promise.reject(new Error(`a statement after its transaction was committed with its last statement: ${text ?? 'a query object'}`));
    }
    if (kept === undefined) {
      if (text === 'COMMIT' || text === 'ROLLBACK') commitNext = false;
      if (!commitNext && (text !== START || !plain)) return send(config, values, callback);
      if (!commitNext) {
        kept = START;
        return answered('BEGIN');
      }
    }
    if (kept !== undefined && text?.startsWith(SET_ISOLATION) && kept === START && plain) {
      kept = `${START} ISOLATION LEVEL ${text.slice(SET_ISOLATION.length)}`;
      return answered('SET');
    }
    if (kept !== undefined && (text === 'COMMIT' || text === 'ROLLBACK') && plain) {
      kept = undefined;
      commitNext = false;
      return answered(text);
    }
    const start = kept;
    const commit = commitNext;
    kept = undefined;
    commitNext = false;
    const statement = carriable(config, values, client);
    if (!statement || callback !== undefined) {
      // Sent on its own (after the kept start, if any), as before; the COMMIT, if asked for, goes later on its own.
      if (start === undefined) return send(config, values, callback);
      return send(start).then(
        () => send(config, values, callback),
        (error: unknown) => {
          if (typeof callback !== 'function') throw error;
          (callback as (error: unknown) => void)(error);
        },
      );
    }
    return new Promise((resolve, reject) => {
      send(
        new Carried(start, statement, commit, (error, result) => {
          if (error) return reject(error);
          committed = commit;
          resolve(result);
        }),
      );
    });
  };
  (client as unknown as { query: Send; [COMMIT_WITH_NEXT]: () => void })[COMMIT_WITH_NEXT] = () => {
    commitNext = true;
  };
  (client as unknown as { query: Send }).query = query;
}

/**
 * The next statement on this connection (the last of its transaction) carries the transaction's `COMMIT` in the same
 * round trip; the `COMMIT` sent after it is then answered without one. When the statement fails, nothing is
 * committed and the transaction rolls back as after any failure; when the `COMMIT` fails (a deferred constraint), the
 * statement fails with that error. A statement sent after the carried `COMMIT` and before the transaction's own is
 * refused, never run outside the transaction. On a connection without this module's hook, nothing changes.
 */
export function commitWithNext(client: ClientBase): void {
  (client as unknown as { [COMMIT_WITH_NEXT]?: () => void })[COMMIT_WITH_NEXT]?.();
}

/** `commitWithNext` on the connection of this transaction's EntityManager (TypeORM's, not in its typings). */
export function commitWithNextStatement(manager: EntityManager): void {
  const client = (manager.queryRunner as unknown as { databaseConnection?: ClientBase } | undefined)?.databaseConnection;
  if (!manager.queryRunner?.isTransactionActive || !client) throw new Error('commitWithNextStatement: not in a transaction');
  commitWithNext(client);
}

const COMMIT_WITH_NEXT = Symbol('commitWithNext');

const START = 'START TRANSACTION';
const SET_ISOLATION = 'SET TRANSACTION ISOLATION LEVEL ';

type Send = (config: unknown, values?: unknown, callback?: unknown) => Promise<unknown>;

interface Statement {
  text: string;
  values: unknown[];
  name?: string;
}

/** A statement that can carry the kept start: values (pg's extended protocol), and, if named, parsed on this connection. */
function carriable(config: unknown, values: unknown, client: ClientBase): Statement | undefined {
  const statement: Partial<Statement> | undefined =
    typeof config === 'string' ? { text: config, values: values as unknown[] } : isPlainConfig(config) ? config : undefined;
  if (!statement || typeof statement.text !== 'string' || !Array.isArray(statement.values) || statement.values.length === 0) return undefined;
  if (statement.name !== undefined && parsedOn(client)[statement.name] !== statement.text) return undefined;
  return { text: statement.text, values: statement.values, name: statement.name };
}

function isPlainConfig(config: unknown): config is Partial<Statement> {
  return typeof config === 'object' && config !== null && typeof (config as { submit?: unknown }).submit !== 'function' &&
    Object.keys(config).every((key) => key === 'text' || key === 'values' || key === 'name');
}

/** The statement names this connection has parsed (pg keeps them on its connection; not in its typings). */
function parsedOn(client: ClientBase): Record<string, string> {
  return (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements;
}

function answered(command: string): Promise<QueryResult> {
  return Promise.resolve({ command, rowCount: null, oid: 0, fields: [], rows: [] } as unknown as QueryResult);
}

interface PgConnection {
  parse(message: { text: string; name?: string }): void;
  bind(message: { portal?: string; statement?: string; values?: unknown[] }): void;
  execute(message: { portal?: string; rows?: number }): void;
  sync(): void;
}

/** pg's own query class (not in its typings), extended: the kept start goes first, and its completion is not the statement's. */
const { Query } = createRequire(import.meta.url)('pg') as {
  Query: new (config: object, values?: unknown, callback?: unknown) => {
    portal: string | undefined;
    prepare(connection: PgConnection): void;
    _getRows(connection: PgConnection, rows: number | undefined): void;
    handleCommandComplete(message: unknown, connection: PgConnection): void;
  };
};

/** pg's query for one statement, with the kept start before it and/or the transaction's COMMIT after it, one Sync. */
class Carried extends Query {
  private completions = 0;

  constructor(
    private readonly start: string | undefined,
    statement: Statement,
    private readonly commit: boolean,
    callback: (error: Error | null, result: QueryResult) => void,
  ) {
    super(statement, undefined, callback);
  }

  override prepare(connection: PgConnection): void {
    if (this.start !== undefined) {
      connection.parse({ text: this.start });
      connection.bind({});
      connection.execute({});
    }
    super.prepare(connection);
  }

  /** pg ends a statement's messages here (Execute, then Sync): the COMMIT's go between the two. */
  override _getRows(connection: PgConnection, rows: number | undefined): void {
    if (!this.commit || rows !== undefined) return super._getRows(connection, rows);
    connection.execute({ portal: this.portal });
    connection.parse({ text: 'COMMIT' });
    connection.bind({});
    connection.execute({});
    connection.sync();
  }

  override handleCommandComplete(message: unknown, connection: PgConnection): void {
    const index = this.completions++;
    // The start's completion comes first, the COMMIT's last: neither is the statement's.
    if (this.start !== undefined && index === 0) return;
    if (index > (this.start !== undefined ? 1 : 0)) return;
    super.handleCommandComplete(message, connection);
  }
}
