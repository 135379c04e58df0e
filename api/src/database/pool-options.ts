import type { ClientBase } from 'pg';
import { LISTEN_FOR_CONNECTION_ERRORS } from './connection-errors.js';
import { deferTransactionStart } from './deferred-begin.js';
import { prepareRepeatedStatements } from './prepared-statements.js';

/**
 * The pool options of every pool the app opens (TypeORM's `extra`, and pg-boss's constructor, which passes what it
 * does not know on to pg's pool; spread this object in): each new connection listens for its own errors, sends a
 * transaction's start with its first statement, and names the statements it repeats unless
 * `DB_PREPARED_STATEMENTS=false`.
 */
export function poolOptions(preparedStatements: boolean): { onConnect: (client: ClientBase) => void } {
  return {
    onConnect(client) {
      LISTEN_FOR_CONNECTION_ERRORS.onConnect(client);
      // First, so the naming below hands it the statement with its name.
      deferTransactionStart(client);
      if (preparedStatements) prepareRepeatedStatements(client);
    },
  };
}
