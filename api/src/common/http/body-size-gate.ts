// Refuses a request whose Content-Length is over the limit with 413, before a byte of its body is read
// (issue 15, defect 7: 48 parallel 26 MB uploads got connection resets instead of 413).
//
// Answering early is the easy half; closing well is the other. A server that closes its socket while the client is
// still sending makes the kernel answer the next bytes with a reset, and a client that has not read the 413 yet loses
// it ("connection reset"). So, as nginx's lingering close does: send the 413 with `Connection: close`, shut our side
// (FIN), then keep reading and discarding what the client still sends until it closes too, for a bounded time and
// byte count. A well-behaved client stops sending when it reads the 413; the drain only covers the bytes in flight.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pathOf } from './url-path.js';
import type { DomainError } from '../errors/domain-error.js';
import { platformErrors } from '../errors/platform.errors.js';
import { toErrorBody } from '../errors/error-body.js';

/** How long, and how much, a refused request may keep sending after its 413 before the socket is destroyed. */
export const LINGER_MS = 5_000;
export const LINGER_MAX_BYTES = 64 * 1024 * 1024;

export function payloadTooLarge(maxBytes: number): DomainError {
  return platformErrors.payloadTooLarge(maxBytes);
}

/**
 * Fastify's onRequest hook: 413 (the error `refusalFor` gives for the request's path) when Content-Length says more
 * than `maxBytes`.
 */
export function refuseLargeBodies(maxBytes: number, refusalFor: (path: string) => DomainError = () => payloadTooLarge(maxBytes)) {
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const declared = request.headers['content-length'];
    if (declared === undefined || !(Number(declared) > maxBytes)) return done();
    const { body } = toErrorBody(refusalFor(pathOf(request.url)));
    lingerOnClose(request.raw.socket);
    void reply.header('Connection', 'close').code(body.statusCode).send(body);
  };
}

/**
 * Node ends a `Connection: close` response with `socket.destroySoon()`: FIN, then destroy as soon as it is written,
 * which resets a client still sending. For this socket only, close lingeringly instead.
 */
function lingerOnClose(socket: Socket): void {
  const lingering = socket as Socket & { destroySoon?: () => void };
  lingering.destroySoon = () => {
    let drained = 0;
    const close = () => {
      clearTimeout(timer);
      socket.destroy();
    };
    const timer = setTimeout(close, LINGER_MS);
    timer.unref();
    socket.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > LINGER_MAX_BYTES) close();
    });
    socket.once('end', close);
    socket.once('error', close);
    socket.end();
    socket.resume();
    // A refused client still sending must not keep the process (or a shutdown) waiting.
    socket.unref();
  };
}

/**
 * A client that asks first (`Expect: 100-continue`, as curl does for large bodies) is told 100 Continue only when its
 * Content-Length is within `maxBytes`; otherwise the request goes on without it, to the 413 above, and the client
 * never sends the body at all. (Node sends 100 Continue to everyone unless the server listens for this event.)
 */
export function continueOnlyWithin(server: Server, maxBytes: number): void {
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!(Number(req.headers['content-length']) > maxBytes)) res.writeContinue();
    server.emit('request', req, res);
  });
}
