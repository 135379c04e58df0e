// Every error code the API can answer with, as the OpenAPI document publishes it (api/src/openapi/error-codes.ts),
// plus the client's own code for a request that got no answer at all.
import type { components } from './schema';

export type ErrorCode = components['schemas']['ErrorCode'];

/** `ErrorCode` and the client's NETWORK_ERROR (fetch failed: no answer). */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR';
