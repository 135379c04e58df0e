// How request bodies are read, on Fastify: JSON as Express's strict parser read it, with a smaller limit for the
// payment webhook, and every other type read and dropped (the route then sees no body, and validation says what is
// missing). Photo uploads are multipart, read by @fastify/multipart (media/).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { platformErrors } from '../errors/platform.errors.js';
import { pathOf } from './url-path.js';

export interface JsonBodyRules {
  /** The largest JSON body any route takes. */
  limit: number;
  /** Paths, and the paths under them, with a smaller limit (the webhook's 16 KB). */
  smallerLimits: Record<string, number>;
  /** Paths whose clients may send any JSON value, `null` included (the Midtrans gateway's cancel and expire). */
  lenientUnder: string[];
}

/** The path itself or one below it, as Express mounted a middleware on a path. */
function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * A JSON body as Express's strict parser took it: empty is `{}`; the top level must be an object or an array
 * (where the path is not lenient); anything else is MALFORMED_REQUEST, and a body over its path's limit is 413.
 */
export function parseJsonBody(text: string, path: string, rules: JsonBodyRules): unknown {
  const limited = Object.keys(rules.smallerLimits).find((prefix) => isUnder(path, prefix));
  const limit = limited === undefined ? undefined : rules.smallerLimits[limited]!;
  if (limit !== undefined && Buffer.byteLength(text, 'utf8') > limit) throw platformErrors.payloadTooLarge(limit);
  const start = text.search(/\S/);
  if (start === -1) return {};
  const lenient = rules.lenientUnder.some((prefix) => isUnder(path, prefix));
  if (!lenient && text[start] !== '{' && text[start] !== '[') throw platformErrors.malformedJson();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw platformErrors.malformedJson();
  }
}

export function registerBodyParsers(instance: FastifyInstance, rules: JsonBodyRules): void {
  instance.removeAllContentTypeParsers();
  instance.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: rules.limit }, (request: FastifyRequest, text: string | Buffer, done) => {
    try {
      done(null, parseJsonBody(String(text), pathOf(request.url), rules));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  // Any other type: read within the limit and dropped, as Express left a body no parser took.
  instance.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: rules.limit }, (_request: FastifyRequest, _body: string | Buffer, done) => done(null, undefined));
}
