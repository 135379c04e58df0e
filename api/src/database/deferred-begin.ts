import { createRequire } from 'node:module';
import type { ClientBase, QueryResult } from 'pg';
import { type EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';
import { answerOf } from './one-snapshot.js';
import { STATEMENT_NAME } from './prepared-statements.js';

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
 * The same message carries three more things a use case asks for (below): writes nobody reads the answer of, sent
 * ahead of the next statement or with the COMMIT (`writeBehind`), reads whose answer is needed only later, sent the
 * same way (`readAlong`), and the COMMIT itself after the transaction's last statement (`commitWithNextStatement`).
 * Everything in one message runs in the order it was asked for, and a failure skips the rest of the message, as it
 * would have failed the statements after it.
 */
export function deferTransactionStart(client: ClientBase): void {
  const send = client.query.bind(client) as unknown as Send;
  let kept: string | undefined;
  // writeBehind and readAlong: statements sent ahead of the next statement (or the COMMIT) in its message.
  let pending: Statement[] = [];
  // commitWithNext: the next statement carries the COMMIT; once it has, the transaction's own COMMIT is answered here.
  let commitNext = false;
  let committed = false;

  /**
   * The kept start and the pending statements with `main` (and the COMMIT, if asked for) in one message. A flush
   * (`main` is the last pending statement) leaves a COMMIT asked for to the next statement.
   */
  const carry = (statement: Statement, commit: boolean, flush = false): Promise<unknown> => {
    // A pending statement sent as the message's last (a flush) goes unnamed unless parsed here: pg credits the name
    // of the message's last statement at the first parse answered in it, which may be another's.
    const main = statement.name === undefined || parsedOn(client)[statement.name] === statement.text ? statement : { ...statement, name: undefined };
    const start = kept;
    const ahead = pending;
    kept = undefined;
    pending = [];
    if (!flush) commitNext = false;
    return new Promise((resolve, reject) => {
      send(
        new Carried(start, ahead, main, commit, (error, result) => {
          if (error) {
            main.read?.reject(error);
            return reject(error);
          }
          committed = commit;
          main.read?.resolve(result);
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
      // Writes never sent are dropped, reads never sent fail; a transaction never started needs no ROLLBACK.
      const started = kept === undefined;
      kept = undefined;
      for (const statement of pending) statement.read?.reject(new Error('read along: its transaction was rolled back before it was sent'));
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
      flushed = carry(last, false, true);
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
  const hooks = client as unknown as {
    query: Send;
    [COMMIT_WITH_NEXT]: () => void;
    [WRITE_BEHIND]: (statement: Statement) => void;
    [READ_ALONG]: (statement: Statement) => Promise<QueryResult>;
  };
  hooks[COMMIT_WITH_NEXT] = () => {
    commitNext = true;
  };
  const named = (statement: Statement): Statement => {
    const name = (client as unknown as { [STATEMENT_NAME]?: (text: string) => string | undefined })[STATEMENT_NAME]?.(statement.text);
    return name === undefined ? statement : { ...statement, name };
  };
  hooks[WRITE_BEHIND] = (statement) => {
    pending.push(named(statement));
  };
  hooks[READ_ALONG] = (statement) =>
    new Promise<QueryResult>((resolve, reject) => {
      const read: Statement = { ...named(statement), read: { resolve, reject } };
      pending.push(read);
      // Awaited before the transaction sends anything else: it goes on its own (with what is pending before it).
      // A turn of the event loop first, so that the statement the caller is about to send takes it along.
      setImmediate(() => {
        if (!pending.includes(read)) return;
        carry(pending.pop()!, false, true).catch(() => undefined);
      });
    });
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

/** `commitWithNext` on the connection of this transaction's EntityManager. */
export function commitWithNextStatement(manager: EntityManager): void {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('commitWithNextStatement: not in a transaction');
  transactionHook<() => void>(manager, COMMIT_WITH_NEXT)?.();
}

/**
 * The hook this module put on the connection of the manager's active transaction (TypeORM's connection, not in its
 * typings); undefined outside a transaction or on a connection without it.
 */
function transactionHook<Hook>(manager: EntityManager, hook: symbol): Hook | undefined {
  if (!manager.queryRunner?.isTransactionActive) return undefined;
  const client = (manager.queryRunner as unknown as { databaseConnection?: Record<symbol, unknown> }).databaseConnection;
  return client?.[hook] as Hook | undefined;
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
  /** A read along (`readAlong`): its rows are kept and handed to whoever waits for them. */
  read?: { resolve: (result: QueryResult) => void; reject: (error: Error) => void };
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

interface PgConnection extends NodeJS.EventEmitter {
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
  parse(message: { text: string; name?: string }): void;
  bind(message: { portal?: string; statement?: string; values?: unknown[]; valueMapper?: (value: unknown) => unknown }): void;
  execute(message: { portal?: string; rows?: number }): void;
  describe(message: { type: 'P' | 'S'; name?: string }): void;
  close(message: { type: 'P' | 'S'; name?: string }): void;
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
    handleRowDescription(message: { fields: unknown }): void;
    handleDataRow(message: { fields: unknown }): void;
    handleError(error: Error, connection: PgConnection): void;
  };
};
const { prepareValue } = require('pg/lib/utils.js') as { prepareValue: (value: unknown) => unknown };
/** pg's result of one statement: fields from its RowDescription, rows parsed by the same type parsers as any query. */
const { Result } = require('pg') as {
  Result: new () => QueryResult & {
    addFields(fields: unknown): void;
    parseRow(fields: unknown): unknown;
    addRow(row: unknown): void;
    addCommandComplete(message: unknown): void;
  };
};
type ReadResult = InstanceType<typeof Result>;

/**
 * pg's query for one statement, in one message with: before it, the kept start and the pending statements (named as
 * any repeated statement; a write's answer dropped, a read's rows kept for it); after it, the transaction's COMMIT when
 * asked; one Sync.
 * PostgreSQL runs them in order; a failure skips the rest of the message, and the statement fails with that error, as
 * does every read that had not been answered yet.
 */
class Carried extends Query {
  private completions = 0;
  /** How many completions come before the statement's own: the start's and the pending statements'. */
  private readonly before: number;
  private readonly offset: number;
  /** Per pending statement, its rows when it is a read along; whether it was answered. */
  private readonly reads: (ReadResult | null)[];
  private readonly answered: boolean[];
  /** The parses this message sends before the statement's own, in order: a pending statement's name, if named. */
  private readonly parses: (Statement | undefined)[] = [];
  private stopCrediting?: () => void;

  constructor(
    private readonly start: string | undefined,
    private readonly ahead: Statement[],
    statement: Statement,
    private readonly commit: boolean,
    callback: (error: Error | null, result: QueryResult) => void,
  ) {
    super(
      { text: statement.text, values: statement.values, name: statement.name, queryMode: statement.extended ? 'extended' : undefined },
      undefined,
      (error: Error | null, result: QueryResult) => {
        this.stopCrediting?.();
        this.ahead.forEach((pending, index) => {
          if (!pending.read) return;
          if (this.answered[index]) pending.read.resolve(this.reads[index]!);
          else pending.read.reject(error ?? new Error('read along: not answered'));
        });
        callback(error, result);
      },
    );
    this.offset = start !== undefined ? 1 : 0;
    this.before = this.offset + ahead.length;
    this.reads = ahead.map((pending) => (pending.read ? new Result() : null));
    this.answered = ahead.map(() => false);
  }

  override prepare(connection: PgConnection): void {
    this.creditParses(connection);
    if (this.start !== undefined) {
      connection.parse({ text: this.start });
      this.parses.push(undefined);
      connection.bind({});
      connection.execute({});
    }
    for (const pending of this.ahead) {
      // A named statement is parsed once per connection; pg's own bookkeeping is kept (see creditParses). A name
      // submitted earlier in this message (one text twice in it: two products' stock taken) is not parsed again.
      if (pending.name === undefined || (connection.parsedStatements[pending.name] !== pending.text && connection.submittedNamedStatements[pending.name] !== pending.text)) {
        connection.parse({ text: pending.text, name: pending.name });
        if (pending.name !== undefined) connection.submittedNamedStatements[pending.name] = pending.text;
        this.parses.push(pending);
      }
      try {
        connection.bind({ statement: pending.name, values: pending.values, valueMapper: prepareValue });
      } catch (error) {
        // A value pg cannot send: what went before runs, nothing after; the statement fails with this error. Names
        // parsed in this message are closed again in it (their answers come after this query has failed).
        for (const parsed of this.parses) if (parsed?.name !== undefined) connection.close({ type: 'S', name: parsed.name });
        connection.sync();
        this.handleError(error as Error, connection);
        return;
      }
      if (pending.read) connection.describe({ type: 'P', name: '' });
      connection.execute({});
    }
    super.prepare(connection);
  }

  /**
   * pg counts a statement name parsed on this connection when a parse is answered, under the name of the message's
   * own statement only; the pending statements' names are counted here, each at its own parse's answer, and a name
   * whose parse was never answered (a failure earlier in the message) is not counted, so it is parsed again next time.
   */
  private creditParses(connection: PgConnection): void {
    const credit = () => {
      const pending = this.parses.shift();
      if (pending?.name === undefined) return;
      connection.parsedStatements[pending.name] = pending.text;
      delete connection.submittedNamedStatements[pending.name];
    };
    connection.on('parseComplete', credit);
    this.stopCrediting = () => {
      connection.off('parseComplete', credit);
      for (const pending of this.parses.splice(0)) if (pending?.name !== undefined) delete connection.submittedNamedStatements[pending.name];
    };
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

  /** The read along whose answer this is, if the answer is a pending statement's (a write's is never described). */
  private readAt(completion: number): ReadResult | null {
    const index = completion - this.offset;
    return index >= 0 && index < this.ahead.length ? this.reads[index]! : null;
  }

  override handleRowDescription(message: { fields: unknown }): void {
    if (this.completions === this.before) return super.handleRowDescription(message);
    this.readAt(this.completions)?.addFields(message.fields);
  }

  override handleDataRow(message: { fields: unknown }): void {
    if (this.completions === this.before) return super.handleDataRow(message);
    const read = this.readAt(this.completions);
    read?.addRow(read.parseRow(message.fields));
  }

  override handleCommandComplete(message: unknown, connection: PgConnection): void {
    const index = this.completions++;
    if (index === this.before) return super.handleCommandComplete(message, connection);
    // The start's and the pending statements' completions come first, the COMMIT's last.
    const read = this.readAt(index);
    if (read) {
      read.addCommandComplete(message);
      this.answered[index - this.offset] = true;
    }
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
  const hook = transactionHook<(statement: Statement) => void>(manager, WRITE_BEHIND);
  if (!hook) {
    await manager.query(text, values);
    return;
  }
  hook({ text, values });
}

const WRITE_BEHIND = Symbol('writeBehind');

/**
 * A read whose answer the use case needs later in the caller's transaction (the class clock, its settings): `read`
 * runs on a manager whose one statement is sent ahead of the transaction's next statement, in the same message,
 * instead of a round trip of its own. PostgreSQL runs it in its place, before that statement; its answer comes with
 * that message's. A read awaited before the transaction sends anything else goes on its own after one turn of the
 * event loop (the caller's next statement, sent in the meantime, takes it along). When the message fails before the
 * read is answered, the read fails with its error; a transaction rolled back before the read was sent fails it too.
 * A failure nobody awaits is not reported as unhandled: the statement it travelled with reports it.
 *
 * A read may send one statement (the snapshot reads' rule, `one-snapshot.ts`): a second is refused. Outside a
 * transaction (or on a connection without the hook) `read` runs as it is.
 */
export function readAlong<T>(manager: EntityManager, read: (along: EntityManager) => Promise<T>): Promise<T> {
  const hook = transactionHook<ReadAlongHook>(manager, READ_ALONG);
  if (!hook) return read(manager);
  const answer = read(alongManager(manager, hook, 'one'));
  answer.catch(() => undefined);
  return answer;
}

type ReadAlongHook = (statement: Statement) => Promise<QueryResult>;

/**
 * A manager on the transaction's connection whose statements are read along: `one` refuses a second statement
 * (readAlong), `each` reads every statement along (readTogether). A statement sent once the transaction has ended is
 * refused: it would travel with whatever runs on the connection next.
 */
function alongManager(manager: EntityManager, hook: ReadAlongHook, statements: 'one' | 'each'): EntityManager {
  const runner = manager.queryRunner!;
  let sent = false;
  const along = Object.create(runner) as QueryRunner;
  along.query = ((text: string, values?: unknown[], structured?: boolean) => {
    if (statements === 'one' && sent) return Promise.reject(new Error(`readAlong: a read may send one statement: ${text}`));
    if (!runner.isTransactionActive) return Promise.reject(new Error(`read along: its transaction has ended: ${text}`));
    sent = true;
    return hook({ text, values: values ?? [] }).then(
      (result) => answerOf(result, structured === true),
      (error: Error) => {
        throw new QueryFailedError(text, values ?? [], error);
      },
    );
  }) as QueryRunner['query'];
  return manager.connection.createEntityManager(along);
}

const READ_ALONG = Symbol('readAlong');

/**
 * Independent reads in ONE round trip to PostgreSQL, prepared like any other statement (named from their second use;
 * `readInOneSnapshot` writes values as literals, parsed and planned every time, for reads that must share a
 * snapshot). Inside a transaction every statement the reads send goes along with its next statement (as
 * `readAlong`); outside one, in a transaction of their own, whose start and COMMIT travel in the same message: there
 * each read must send all its statements before it awaits any (a statement sent after the COMMIT is refused). Each
 * statement sees what was committed when it runs (READ COMMITTED): the reads need not agree with each other.
 */
export async function readTogether<T extends readonly unknown[]>(
  manager: EntityManager,
  reads: readonly [...{ [K in keyof T]: (along: EntityManager) => Promise<T[K]> }],
): Promise<T> {
  const along = (on: EntityManager): Promise<T> => {
    const hook = transactionHook<ReadAlongHook>(on, READ_ALONG);
    const each = hook ? alongManager(on, hook, 'each') : on;
    return Promise.all(reads.map((read) => read(each))) as unknown as Promise<T>;
  };
  if (manager.queryRunner?.isTransactionActive) return along(manager);
  // The answers are handed out of the transaction unawaited, so that the reads travel with its COMMIT.
  const { answers } = await manager.transaction(async (tx) => {
    const pending = along(tx);
    pending.catch(() => undefined);
    return { answers: pending };
  });
  return answers;
}
