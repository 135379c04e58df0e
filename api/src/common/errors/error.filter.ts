import { ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-error.js';
import { toErrorBody } from './error-body.js';
import { NOTHING_DONE_HEADER, nothingDone } from './nothing-done.js';

/** The one global filter: every error leaves the API as { statusCode, code, message }, never with a stack. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const { body, unexpected, retryAfterSeconds, outage } = toErrorBody(error);
    if (unexpected) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    else if (outage) this.logger.warn(`${body.code}: ${error instanceof Error ? error.message : String(error)}`);
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (error instanceof DomainError && error.headers) response.set(error.headers);
    if (retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(retryAfterSeconds));
      // Nothing written yet: the client may ask again after the wait, whatever the method.
      if (nothingDone()) response.setHeader(NOTHING_DONE_HEADER, 'true');
    }
    response.status(body.statusCode).json(body);
  }
}
