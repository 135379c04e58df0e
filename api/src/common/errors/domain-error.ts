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
