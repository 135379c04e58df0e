// Services throw DomainError; the one error filter turns it into { statusCode, code, message }.
// Each capability owns its codes in its own `<capability>.errors.ts`.
export class DomainError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Machine-readable facts the client needs beside the code (e.g. which product ran out); never secrets. */
    readonly details?: Record<string, unknown>,
    /** Response headers that belong to the error (e.g. Retry-After on a 429). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * A capability's own way to make its errors: it takes only the codes the capability lists in its `<x>.errors.ts`,
 * and every such list is collected into the one registry published in OpenAPI (`api/src/openapi/error-codes.ts`).
 * Outside `common/errors/`, `new DomainError` is refused by ESLint: a code nobody listed cannot be thrown.
 */
export function domainErrorsOf<const Code extends string>(_codes: readonly Code[]) {
  return (statusCode: number, code: Code, message: string, details?: Record<string, unknown>, headers?: Record<string, string>): DomainError =>
    new DomainError(statusCode, code, message, details, headers);
}
