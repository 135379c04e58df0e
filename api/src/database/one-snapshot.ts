import { createRequire } from 'node:module';
import pg, { type PoolClient, type QueryResult } from 'pg';
import { QueryFailedError, QueryResult as TypeOrmQueryResult, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/**
 * Independent reads that must agree with each other (an order page: the order, its lines, history, payment, shipment
 * and tracking), read in one REPEATABLE READ snapshot in ONE round trip to PostgreSQL instead of one per statement.
 *
 * Each read gets an EntityManager on one connection. The first statement each read sends is held back; once every
 * read has sent its first (they run until their first await), the held statements go to PostgreSQL in ONE message
 * between `BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY` and `COMMIT`, and each read gets its own rows. A read
 * may send one statement only: a second one could not be in the same snapshot any more, so it is refused.
 *
 * PostgreSQL takes several statements in one message only without separate values (the simple protocol), so the
 * held statements' values are written into their text as literals the way pg sends them (`prepareValue`) and quoted
 * with pg's `escapeLiteral`: the text PostgreSQL reads is the value pg would have sent. The rows come back in the same
 * text format and through the same type parsers as any other query. Dollar-quoted SQL is refused (its `$1` could not
 * be told from a placeholder).
 */
export async function readInOneSnapshot<T extends readonly unknown[]>(
  dataSource: DataSource,
  reads: (manager: EntityManager) => readonly [...{ [K in keyof T]: () => Promise<T[K]> }],
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  const held: Held[] = [];
  let holding = true;
  runner.query = ((sql: string, values?: unknown[], structured?: boolean) => {
    if (!holding) return Promise.reject(new Error(`readInOneSnapshot: a read may send one statement; its snapshot has ended: ${sql}`));
    return new Promise((resolve, reject) => held.push({ sql, values: values ?? [], structured: structured === true, resolve, reject }));
  }) as QueryRunner['query'];

  let began = false;
  try {
    const running = Promise.all(reads(runner.manager).map((read) => read()));
    // Handled here too: when the message fails, this function throws before awaiting the reads it failed.
    running.catch(() => undefined);
    // Every read runs until its first await; the macrotask comes after all of that has happened.
    await new Promise((resolve) => setImmediate(resolve));
    holding = false;
    let results: QueryResult[] = [];
    let text = '';
    let sent = false;
    try {
      text = held.length === 0 ? '' : [BEGIN, ...held.map((statement) => withLiterals(statement.sql, statement.values)), 'COMMIT'].join(';\n');
      sent = true;
      // From here a failure rolls back: a statement failing in the message leaves its transaction open and aborted.
      began = text !== '';
      if (text !== '') {
        const answer = (await client.query(text)) as QueryResult | QueryResult[];
        results = Array.isArray(answer) ? answer : [answer];
      }
    } catch (error) {
      // As TypeORM reports a failed query; a statement that could not be written as text fails as it is.
      const failed = sent ? new QueryFailedError(text, [], error as Error) : (error as Error);
      for (const statement of held) statement.reject(failed);
      throw failed;
    }
    // The snapshot's BEGIN is the message's first answer.
    held.forEach((statement, index) => statement.resolve(answerOf(results[index + 1]!, statement.structured)));
    // The message ended the snapshot's transaction (its COMMIT ran after the statements).
    began = false;
    return (await running) as unknown as T;
  } finally {
    if (began) await client.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}

/** What TypeORM's query answers: the rows, or (asked for a structured result, as its query builders do) its QueryResult. */
export function answerOf(result: QueryResult, structured: boolean): unknown {
  const raw = result.command === 'UPDATE' || result.command === 'DELETE' ? [result.rows, result.rowCount] : result.rows;
  if (!structured) return raw;
  const answer = new TypeOrmQueryResult();
  answer.records = result.rows;
  answer.affected = result.rowCount ?? undefined;
  answer.raw = raw;
  return answer;
}

const BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY';

/** pg's own conversion of a query value to the text it sends (arrays, dates, buffers, JSON), not in its typings. */
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as { prepareValue: (value: unknown) => unknown };

interface Held {
  sql: string;
  values: unknown[];
  structured: boolean;
  resolve: (answer: unknown) => void;
  reject: (error: Error) => void;
}

/** The statement with `$n` replaced by its value as a quoted literal; `$n` inside a quoted literal is left alone. */
export function withLiterals(sql: string, values: unknown[]): string {
  if (/\$[A-Za-z_]*\$/.test(sql)) throw new Error('readInOneSnapshot: dollar-quoted SQL cannot be held back');
  let out = '';
  let quoted = false;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i]!;
    if (char === "'") quoted = !quoted;
    const placeholder = !quoted && char === '$' ? /^\$(\d+)/.exec(sql.slice(i)) : null;
    if (!placeholder) {
      out += char;
      continue;
    }
    const index = Number(placeholder[1]) - 1;
    if (index < 0 || index >= values.length) throw new Error(`readInOneSnapshot: ${placeholder[0]} has no value`);
    const value = prepareValue(values[index]);
    if (value !== null && typeof value !== 'string') throw new Error(`readInOneSnapshot: ${placeholder[0]} is binary and cannot be written as a literal`);
    out += value === null ? 'NULL' : pg.escapeLiteral(value);
    i += placeholder[0].length - 1;
  }
  return out;
}
