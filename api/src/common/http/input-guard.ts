// Refuses, before any route sees it, JSON that is a client's mistake and would otherwise surface as a 500 (issue 15,
// defect 6): nesting deeper than any request of this API needs (50,000 levels overflowed the validation's recursion),
// and text PostgreSQL cannot store or compare (NUL bytes, lone UTF-16 surrogates). One iterative walk of the parsed
// body and query, so the check itself never recurses.
import type { FastifyRequest } from 'fastify';
import { pathOf } from './url-path.js';
import { platformErrors } from '../errors/platform.errors.js';

/** No request body of this API nests deeper than a few levels; 32 leaves a wide margin. */
export const MAX_JSON_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'Text may not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'Text contains an invalid character (a lone UTF-16 surrogate)';
  return null;
}

/** The first problem in a parsed JSON value, or null. */
export function inputProblem(value: unknown): { code: 'BODY_TOO_DEEP' | 'INVALID_TEXT'; message: string } | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return { code: 'INVALID_TEXT', message: problem };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_JSON_DEPTH) return { code: 'BODY_TOO_DEEP', message: `The request nests deeper than ${MAX_JSON_DEPTH} levels` };
    if (Array.isArray(current)) {
      for (const item of current) stack.push({ value: item, depth: depth + 1 });
    } else {
      for (const [key, item] of Object.entries(current as Record<string, unknown>)) {
        const problem = textProblem(key);
        if (problem) return { code: 'INVALID_TEXT', message: problem };
        stack.push({ value: item, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** Fastify's preHandler hook, once the body is read. */
export function inputGuard(request: FastifyRequest, _reply: unknown, done: (error?: Error) => void): void {
  const problem = inputProblem(request.body) ?? inputProblem(request.query) ?? textProblemOf(pathOf(request.url));
  if (problem) return done(platformErrors.inputProblem(problem.code, problem.message));
  done();
}

function textProblemOf(path: string): { code: 'INVALID_TEXT'; message: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const problem = textProblem(decoded);
  return problem ? { code: 'INVALID_TEXT', message: problem } : null;
}
