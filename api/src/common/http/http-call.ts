// The one way the app makes an HTTP call of its own: the gateway client (charge, status, cancel, expire), the payer
// client and the simulator's notifications. Over `node:http`/`node:https` with keep-alive agents, not `fetch`: on this
// path (two calls per checkout, one of them the webhook the marketplace itself answers) `fetch`'s WHATWG streams,
// Headers and Response objects cost about 0.3 ms of CPU more per call than a plain request (docs/performance-history.md,
// "Outgoing calls without fetch").
import http from 'node:http';
import https from 'node:https';

/** The call could not be made or was not answered in time; `message` says which. */
export class HttpCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HttpCallError';
  }
}

export interface HttpCall {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Sent as it is, with its `content-length`; give a `content-type`. */
  body?: string;
  /** For the whole call, from the request to the last byte of the answer. */
  timeoutMs: number;
}

export interface HttpAnswer {
  status: number;
  /** The answer's body as UTF-8 text. */
  text: string;
}

/** Answers larger than this are cut off and refused: every caller expects a small JSON document. */
const MAX_ANSWER_BYTES = 1024 * 1024;

// Idle connections are kept for the next call; a server's `Keep-Alive: timeout=N` hint shortens that (Node's agent
// drops the socket before the server would close it).
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: 30_000 }),
  'https:': new https.Agent({ keepAlive: true, timeout: 30_000 }),
};

/**
 * One HTTP request, its whole answer read. Resolves with any status (a 4xx or 5xx is an answer); rejects with
 * HttpCallError when the address is wrong, nothing answers, the connection breaks, the answer is too large, or
 * `timeoutMs` passes first.
 */
export function httpCall(url: string, call: HttpCall): Promise<HttpAnswer> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(new HttpCallError(`not a URL: ${url}`));
  }
  const agent = target.protocol === 'http:' || target.protocol === 'https:' ? agents[target.protocol] : undefined;
  if (!agent) return Promise.reject(new HttpCallError(`not an http(s) URL: ${url}`));
  const send = target.protocol === 'https:' ? https.request : http.request;
  const body = call.body === undefined ? undefined : Buffer.from(call.body);

  return new Promise<HttpAnswer>((resolve, reject) => {
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(new HttpCallError(message));
    };
    const request = send(target, { method: call.method, headers: call.headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) fail(`the answer is larger than ${MAX_ANSWER_BYTES} bytes`);
        else chunks.push(chunk);
      });
      response.on('error', (error) => fail(error.message));
      response.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    const timer = setTimeout(() => fail(`no answer within ${call.timeoutMs} ms`), call.timeoutMs);
    timer.unref();
    request.on('error', (error) => fail(error.message));
    request.end(body);
  });
}
