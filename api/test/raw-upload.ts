// Uploads through node:http, the way a phone's browser sends them: a real multipart body with a Content-Length (or
// chunked), written from one shared buffer so that the test itself holds no copy per request. Reports a reset or
// any other socket error as the outcome instead of throwing, so a test can count them.
import http from 'node:http';

export interface RawOutcome {
  status?: number;
  body?: any;
  headers?: http.IncomingHttpHeaders;
  /** A socket error before the whole response was read (e.g. ECONNRESET, EPIPE). */
  error?: string;
}

export function multipartParts(filename: string, contentType: string): { head: Buffer; tail: Buffer; boundary: string } {
  const boundary = `----pasar${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { head, tail, boundary };
}

export function rawUpload(
  baseUrl: string,
  options: {
    token: string;
    file: Buffer;
    filename?: string;
    contentType?: string;
    chunked?: boolean;
    path?: string;
    /** Called once the file's bytes are handed to the socket; the closing boundary then waits for `holdTail`. */
    onFileSent?: () => void;
    holdTail?: Promise<unknown>;
  },
): Promise<RawOutcome> {
  const { head, tail, boundary } = multipartParts(options.filename ?? 'foto.jpg', options.contentType ?? 'image/jpeg');
  const url = new URL(options.path ?? '/api/media', baseUrl);
  const headers: http.OutgoingHttpHeaders = {
    authorization: `Bearer ${options.token}`,
    'content-type': `multipart/form-data; boundary=${boundary}`,
  };
  if (!options.chunked) headers['content-length'] = head.length + options.file.length + tail.length;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: RawOutcome) => {
      if (!settled) {
        settled = true;
        resolve(outcome);
      }
    };
    const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON
        }
        settle({ status: res.statusCode, body, headers: res.headers });
      });
      res.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
    req.write(head);
    if (options.chunked) {
      // 256 KB chunks: a stream of unknown length, as a proxy or a streaming client sends it.
      for (let at = 0; at < options.file.length; at += 256 * 1024) req.write(options.file.subarray(at, at + 256 * 1024));
    } else {
      req.write(options.file, () => options.onFileSent?.());
    }
    if (options.holdTail) void options.holdTail.then(() => req.end(tail));
    else req.end(tail);
  });
}

/** Counts outcomes as "413 IMAGE_TOO_LARGE", "ECONNRESET", … for a readable assertion. */
export function tally(outcomes: RawOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = outcome.error ?? `${outcome.status} ${outcome.body?.code ?? ''}`.trim();
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
