// One log line per HTTP request, written once its answer is done or its connection closed first. It keeps the fields
// and messages pino-http wrote (req.id/method/url, res.statusCode, responseTime), so what reads the logs reads them
// as before; it does less per request than pino-http, which built a child logger with the request serialized into
// it on every request, at every level (docs/performance-history.md, "The request path, per request").
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export type RequestLogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface RequestOutcome {
  url: string;
  statusCode: number;
  /** The whole answer was sent (false: the connection closed first). */
  answered: boolean;
  /** The request's body was cut off by the client. */
  aborted: boolean;
}

/** A server error is an error, a client's mistake a warning; the API's answers are info, the client's files debug. */
export function requestLogLevel(outcome: Pick<RequestOutcome, 'url' | 'statusCode'>): RequestLogLevel {
  if (outcome.statusCode >= 500) return 'error';
  if (outcome.statusCode >= 400) return 'warn';
  return outcome.url.startsWith('/api') ? 'info' : 'debug';
}

/** The line's message, as pino-http worded it. */
export function requestLogMessage(outcome: RequestOutcome): string {
  if (outcome.statusCode >= 500) return 'request errored';
  return outcome.answered && !outcome.aborted ? 'request completed' : 'request aborted';
}

type Request = IncomingMessage & { originalUrl?: string };

/** The middleware: nothing is built for a request whose line the level leaves out. */
export function requestLog(logger: Logger): (request: Request, response: ServerResponse, next: () => void) => void {
  let lastId = 0;
  return (request, response, next) => {
    const id = ++lastId;
    const startedAt = Date.now();
    // 'close' comes last, whether the answer finished or the connection went first.
    response.once('close', () => {
      const outcome: RequestOutcome = {
        url: request.originalUrl ?? request.url ?? '',
        statusCode: response.statusCode,
        answered: response.writableFinished,
        aborted: request.readableAborted,
      };
      const level = requestLogLevel(outcome);
      if (!logger.isLevelEnabled(level)) return;
      const line: Record<string, unknown> = {
        req: { id, method: request.method, url: outcome.url },
        res: { statusCode: outcome.statusCode },
        responseTime: Date.now() - startedAt,
      };
      if (outcome.statusCode >= 500) line.err = { type: 'Error', message: `failed with status code ${outcome.statusCode}` };
      logger[level](line, requestLogMessage(outcome));
    });
    next();
  };
}
