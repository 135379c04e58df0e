import { ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError } from './domain-error.js';
import { type ErrorAnswer, toErrorBody } from './error-body.js';
import { NOTHING_DONE_HEADER, nothingDone } from './nothing-done.js';

/**
 * The one way an error is answered: { statusCode, code, message }, never with a stack. The filter below calls it,
 * and so does Fastify's router for what it refuses before any route (create-app.ts, `frameworkErrors`).
 */
export function answerError(error: unknown, reply: FastifyReply, logger: ErrorLogger): void {
  const { body, retryAfterSeconds } = logged(error, logger);
  if (reply.sent || reply.raw.headersSent) return;
  if (error instanceof DomainError && error.headers) reply.headers(error.headers);
  if (retryAfterSeconds !== undefined) {
    reply.header('Retry-After', String(retryAfterSeconds));
    // Nothing written yet: the client may ask again after the wait, whatever the method.
    if (nothingDone()) reply.header(NOTHING_DONE_HEADER, 'true');
  }
  void reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
}

export type ErrorLogger = Pick<Logger, 'error' | 'warn'>;

/** A bug is logged with its stack, an outage as a warning, a client's mistake not at all. */
function logged(error: unknown, logger: ErrorLogger): ErrorAnswer {
  const answer = toErrorBody(error);
  if (answer.unexpected) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  else if (answer.outage) logger.warn(`${answer.body.code}: ${error instanceof Error ? error.message : String(error)}`);
  return answer;
}

/**
 * The one global filter: every error leaves the API through answerError (a socket's is only logged), what a route
 * throws and what Fastify refuses before a route runs (Nest's adapter hands those to the filters too).
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') logged(error, this.logger);
    else answerError(error, host.switchToHttp().getResponse<FastifyReply>(), this.logger);
  }
}
