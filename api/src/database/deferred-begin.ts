import { createRequire } from 'node:module';
import type { ClientBase, QueryResult } from 'pg';

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

  const query: Send = (config, values, callback) => {
    const text = typeof config === 'string' ? config : undefined;
    if (kept === undefined) {
      if (text !== START || values !== undefined || callback !== undefined) return send(config, values, callback);
      kept = START;
      return answered('BEGIN');
    }
    if (text?.startsWith(SET_ISOLATION) && kept === START && values === undefined && callback === undefined) {
      kept = `${START} ISOLATION LEVEL ${text.slice(SET_ISOLATION.length)}`;
      return answered('SET');
    }
    if ((text === 'COMMIT' || text === 'ROLLBACK') && values === undefined && callback === undefined) {
      kept = undefined;
      return answered(text);
    }
    const start = kept;
    kept = undefined;
    const statement = carriable(config, values, client);
    if (!statement || callback !== undefined) {
      // Sent on its own first, as before; the statement only once the transaction has started.
      return send(start).then(
        () => send(config, values, callback),
        (error: unknown) => {
          if (typeof callback !== 'function') throw error;
          (callback as (error: unknown) => void)(error);
        },
      );
    }
    return new Promise((resolve, reject) => {
      send(new StartThen(start, statement, (error, result) => (error ? reject(error) : resolve(result))));
    });
  };
  (client as unknown as { query: Send }).query = query;
}

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
}

/** pg's own query class (not in its typings), extended: the kept start goes first, and its completion is not the statement's. */
const { Query } = createRequire(import.meta.url)('pg') as {
  Query: new (config: object, values?: unknown, callback?: unknown) => {
    prepare(connection: PgConnection): void;
    handleCommandComplete(message: unknown, connection: PgConnection): void;
  };
};

class StartThen extends Query {
  private startCompleted = false;

  constructor(
    private readonly start: string,
    statement: Statement,
    callback: (error: Error | null, result: QueryResult) => void,
  ) {
    super(statement, undefined, callback);
  }

  override prepare(connection: PgConnection): void {
    connection.parse({ text: this.start });
    connection.bind({});
    connection.execute({});
    super.prepare(connection);
  }

  override handleCommandComplete(message: unknown, connection: PgConnection): void {
    if (!this.startCompleted) {
      this.startCompleted = true;
      return;
    }
    super.handleCommandComplete(message, connection);
  }
}
