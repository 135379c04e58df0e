import type { ClientBase } from 'pg';

/**
 * Named (server-side prepared) statements for the statements the app runs again and again.
 *
 * pg sends a statement with values as an unnamed statement: PostgreSQL parses, analyses and plans it on every call.
 * A named one is parsed and analysed once per connection, and after five runs PostgreSQL usually keeps one generic
 * plan for it; a repeat sends only Bind and Execute. On the checkout this took PostgreSQL's CPU per checkout from 31–39 ms to 20–23 ms (`docs/performance-history.md`, "Prepared
 * statements").
 *
 * A statement gets its name the second time its text is seen with values, so text built once (a backup's per-table
 * reads) is never kept on the server; at most {@link MAX_NAMED} texts are named per process, so a connection never
 * holds more plans than that. Statements without values (`START TRANSACTION`, `COMMIT`) keep pg's simple protocol.
 *
 * Off (`DB_PREPARED_STATEMENTS=false`) behind a pooler that hands one client's statements to several server
 * connections and does not carry prepared statements across them (PgBouncer in transaction mode before 1.21).
 */
const MAX_NAMED = 500;
/** Texts seen once, waiting for a second use; emptied when full, so one-off texts cannot grow it. */
const MAX_SEEN_ONCE = 5_000;

export class StatementNames {
  private readonly named = new Map<string, string>();
  private readonly seenOnce = new Set<string>();

  constructor(
    private readonly maxNamed = MAX_NAMED,
    private readonly maxSeenOnce = MAX_SEEN_ONCE,
  ) {}

  /** The name to prepare this text under, or undefined to send it unnamed (its first use, or the limit reached). */
  nameFor(text: string): string | undefined {
    const name = this.named.get(text);
    if (name !== undefined || this.named.size >= this.maxNamed) return name;
    if (!this.seenOnce.has(text)) {
      if (this.seenOnce.size >= this.maxSeenOnce) this.seenOnce.clear();
      this.seenOnce.add(text);
      return undefined;
    }
    this.seenOnce.delete(text);
    const given = `pasar_${this.named.size}`;
    this.named.set(text, given);
    return given;
  }
}

/** One set of names for the whole process: a name always stands for the same text, on every connection. */
const processNames = new StatementNames();

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** Makes this connection send repeated statements with values as named statements (see above). */
export function prepareRepeatedStatements(client: ClientBase): void {
  const plain = client.query as unknown as Query;
  const named: Query = function (this: ClientBase, config, values, callback) {
    if (typeof config === 'string' && Array.isArray(values)) {
      const name = processNames.nameFor(config);
      if (name !== undefined) return plain.call(this, { name, text: config, values }, callback);
    }
    return plain.call(this, config, values, callback);
  };
  (client as unknown as { query: Query }).query = named;
  // The same names for the statements deferred-begin.ts sends ahead of another (writes behind, reads along).
  (client as unknown as { [STATEMENT_NAME]: (text: string) => string | undefined })[STATEMENT_NAME] = (text) => processNames.nameFor(text);
  forgetWhatPgCloses(client);
}

/** On a connection that names repeated statements: the name to send this text under (or undefined: unnamed). */
export const STATEMENT_NAME = Symbol('statementName');

type PgConnection = NodeJS.EventEmitter & {
  parsedStatements: Record<string, string>;
  submittedNamedStatements?: Record<string, string>;
  close(message: { type: string; name?: string }): void;
};

/**
 * When a value cannot be sent (its bind fails before anything is sent), pg closes the statement's name on the server
 * but goes on counting it parsed on this connection: every later use of the text here would fail with "prepared
 * statement does not exist". Whatever name pg closes is forgotten (pg's connection, not in its typings): now, and once
 * that message's answer is in, as a parse that travelled in the same message (a transaction's start, see
 * deferred-begin.ts) is credited to the statement's name when its answer arrives. The next use parses it again.
 */
function forgetWhatPgCloses(client: ClientBase): void {
  const connection = (client as unknown as { connection: PgConnection }).connection;
  const close = connection.close.bind(connection);
  connection.close = (message) => {
    close(message);
    const name = message.name;
    if (message.type !== 'S' || !name) return;
    const forget = () => {
      delete connection.parsedStatements[name];
      delete connection.submittedNamedStatements?.[name];
    };
    forget();
    connection.once('readyForQuery', forget);
  };
}
