// Requests that Node's HTTP parser refuses before Fastify sees them (a URL or headers over its 16 KB limit, bytes
// that are not HTTP) were answered by Node's default handler: a bare status line with no body. Here they get the one
// error shape { statusCode, code, message } like every other error (issue 15, found by the fuzz suite).
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { PLATFORM_ERROR_CODES } from '../errors/platform.errors.js';

/** What a parser error answers: the status Node itself would give, with a code and a message. */
export function clientErrorAnswer(errorCode: string | undefined): { statusCode: number; code: string; message: string } {
  switch (errorCode) {
    case 'HPE_HEADER_OVERFLOW':
      return { statusCode: 431, code: PLATFORM_ERROR_CODES.HEADERS_TOO_LARGE, message: 'The address or the headers of the request are too long' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { statusCode: 408, code: PLATFORM_ERROR_CODES.REQUEST_TIMEOUT, message: 'The request took too long to arrive' };
    default:
      return { statusCode: 400, code: PLATFORM_ERROR_CODES.MALFORMED_REQUEST, message: 'The request is not valid HTTP' };
  }
}

/** The server's `clientError` handler (Fastify's `clientErrorHandler`). */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection, or one whose response has already begun, has nobody left to answer.
  if (error.code === 'ECONNRESET' || !socket.writable || (socket as Duplex & { _httpMessage?: unknown })._httpMessage) {
    socket.destroy();
    return;
  }
  const answer = clientErrorAnswer(error.code);
  const body = JSON.stringify(answer);
  socket.end(
    `HTTP/1.1 ${answer.statusCode} ${STATUS_CODES[answer.statusCode]}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
