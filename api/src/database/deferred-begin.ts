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
 *
 * The same message carries two more things a use case asks for (below): writes nobody reads the answer of, sent
 * ahead of the next statement or with the COMMIT (`writeBehind`), and the COMMIT itself after the transaction's last
 * statement (`commitWithNextStatement`). Everything in one message runs in the order it was asked for, and a failure
 * skips the rest of the message, as it would have failed the statements after it.
 */
export function deferTransactionStart(client: ClientBase): void {
  const send = client.query.bind(client) as unknown as Send;
  let kept: string | undefined;
  // writeBehind: statements whose answer nobody reads, sent ahead of the next statement (or the COMMIT) in its message.
  let pending: Statement[] = [];
  // commitWithNext: the next statement carries the COMMIT; once it has, the transaction's own COMMIT is answered here.
  let commitNext = false;
  let committed = false;

  /** The kept start and the pending writes with `main` (and the COMMIT, if asked for) in one message. */
  const carry = (main: Statement, commit: boolean): Promise<unknown> => {
    const start = kept;
    const ahead = pending;
    kept = undefined;
    pending = [];
    commitNext = false;
    return new Promise((resolve, reject) => {
      send(
        new Carried(start, ahead, main, commit, (error, result) => {
          if (error) return reject(error);
          committed = commit;
          resolve(result);
        }),
      );
    });
  };

  const query: Send = (config, values, callback) => {
    const text = typeof config === 'string' ? config : undefined;
    const plain = values === undefined && callback === undefined;
    if (committed) {
      committed = false;
      if ((text === 'COMMIT' || text === 'ROLLBACK') && plain) return answered(text);
      // Never run silently outside the transaction it was written for.
      return Promise.reject(new Error(`a statement after its transaction was committed with its last statement: ${text ?? 'a query object'}`));
    }
    if (kept === undefined && pending.length === 0) {
      if (text === 'COMMIT' || text === 'ROLLBACK') commitNext = false;
      if (!commitNext && (text !== START || !plain)) return send(config, values, callback);
      if (!commitNext) {
        kept = START;
        return answered('BEGIN');
      }
    }
    if (text?.startsWith(SET_ISOLATION) && kept === START && pending.length === 0 && plain) {
      kept = `${START} ISOLATION LEVEL ${text.slice(SET_ISOLATION.length)}`;
      return answered('SET');
    }
    if (text === 'ROLLBACK' && plain) {
      // Writes never sent are dropped; a transaction never started needs no ROLLBACK.
      const started = kept === undefined;
      kept = undefined;
      pending = [];
      commitNext = false;
      return started ? send(config) : answered(text);
    }
    if (text === 'COMMIT' && plain) {
      commitNext = false;
      if (pending.length === 0) {
        if (kept === undefined) return send(config);
        kept = undefined;
        return answered(text);
      }
      // The pending writes and the COMMIT in one message.
      return carry({ text: 'COMMIT', values: [], extended: true }, false);
    }
    const statement = carriable(config, values, client);
    if (statement && callback === undefined) return carry(statement, commitNext);
    // Sent on its own after the kept start and pending writes (one message for those), as before; the COMMIT, if
    // asked for, goes later on its own.
    commitNext = false;
    let flushed: Promise<unknown> = Promise.resolve();
    if (pending.length > 0) {
      const last = pending.pop()!;
      flushed = carry(last, false);
    } else if (kept !== undefined) {
      const start = kept;
      kept = undefined;
      flushed = send(start);
    }
    return flushed.then(
      () => send(config, values, callback),
      (error: unknown) => {
        if (typeof callback !== 'function') throw error;
        (callback as (error: unknown) => void)(error);
      },
    );
  };
  const hooks = client as unknown as { query: Send; [COMMIT_WITH_NEXT]: () => void; [WRITE_BEHIND]: (statement: Statement) => void };
  hooks[COMMIT_WITH_NEXT] = () => {
    commitNext = true;
  };
  hooks[WRITE_BEHIND] = (statement) => {
    pending.push(statement);
  };
  hooks.query = query;
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
  /** Sent with pg's extended protocol even without values (a COMMIT carrying pending writes). */
  extended?: boolean;
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
  bind(message: { portal?: string; statement?: string; values?: unknown[]; valueMapper?: (value: unknown) => unknown }): void;
  execute(message: { portal?: string; rows?: number }): void;
  sync(): void;
}

/** pg's own query class and value conversion (not in its typings); the query extended below. */
const require = createRequire(import.meta.url);
const { Query } = require('pg') as {
  Query: new (config: object, values?: unknown, callback?: unknown) => {
    portal: string | undefined;
    prepare(connection: PgConnection): void;
    _getRows(connection: PgConnection, rows: number | undefined): void;
    handleCommandComplete(message: unknown, connection: PgConnection): void;
    handleRowDescription(message: unknown): void;
    handleDataRow(message: unknown): void;
    handleError(error: Error, connection: PgConnection): void;
  };
};
const { prepareValue } = require('pg/lib/utils.js') as { prepareValue: (value: unknown) => unknown };

/**
 * pg's query for one statement, in one message with: before it, the kept start and the pending writes (unnamed,
 * their answers dropped); after it, the transaction's COMMIT when asked; one Sync. PostgreSQL runs them in order; a
 * failure skips the rest of the message, and the statement fails with that error.
 */
class Carried extends Query {
  private completions = 0;
  /** How many completions come before the statement's own: the start's and the pending writes'. */
  private readonly before: number;

  constructor(
    private readonly start: string | undefined,
    private readonly ahead: Statement[],
    statement: Statement,
    private readonly commit: boolean,
    callback: (error: Error | null, result: QueryResult) => void,
  ) {
    super({ text: statement.text, values: statement.values, name: statement.name, queryMode: statement.extended ? 'extended' : undefined }, undefined, callback);
    this.before = (start !== undefined ? 1 : 0) + ahead.length;
  }

  override prepare(connection: PgConnection): void {
    if (this.start !== undefined) {
      connection.parse({ text: this.start });
      connection.bind({});
      connection.execute({});
    }
    for (const write of this.ahead) {
      connection.parse({ text: write.text });
      try {
        connection.bind({ values: write.values, valueMapper: prepareValue });
      } catch (error) {
        // A value pg cannot send: what went before runs, nothing after; the statement fails with this error.
        connection.sync();
        this.handleError(error as Error, connection);
        return;
      }
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

  /** Only the statement's own rows: a pending write sends none it was not asked to describe, but is never read. */
  override handleRowDescription(message: unknown): void {
    if (this.completions === this.before) super.handleRowDescription(message);
  }

  override handleDataRow(message: unknown): void {
    if (this.completions === this.before) super.handleDataRow(message);
  }

  override handleCommandComplete(message: unknown, connection: PgConnection): void {
    const index = this.completions++;
    // The start's and the pending writes' completions come first, the COMMIT's last: none is the statement's.
    if (index !== this.before) return;
    super.handleCommandComplete(message, connection);
  }
}

/**
 * A write whose answer nobody reads (an UPDATE or INSERT without RETURNING), in the caller's transaction: sent ahead
 * of the transaction's next statement, or with its COMMIT, in the same message, instead of a round trip of its own.
 * PostgreSQL runs it in its place, so what follows sees it; when it fails, the statement it travelled with fails
 * with its error and the transaction rolls back. Outside a transaction (or on a connection without the hook) it is
 * run at once, as `manager.query` would.
 */
export async function writeBehind(manager: EntityManager, text: string, values: unknown[]): Promise<void> {
  const client = (manager.queryRunner as unknown as { databaseConnection?: ClientBase } | undefined)?.databaseConnection;
  const hook = (client as unknown as { [WRITE_BEHIND]?: (statement: Statement) => void } | undefined)?.[WRITE_BEHIND];
  if (!manager.queryRunner?.isTransactionActive || !hook) {
    await manager.query(text, values);
    return;
  }
  hook({ text, values });
}

const WRITE_BEHIND = Symbol('writeBehind');
