// Codes the regions capability owns; the client translates them.
import { type DomainError, domainErrorsOf } from '../common/errors/domain-error.js';

export const REGION_ERROR_CODES = ['UNKNOWN_PROVINCE', 'UNKNOWN_REGENCY'] as const;

const error = domainErrorsOf(REGION_ERROR_CODES);

/** A code echoed in a message is cut short, so a junk path cannot make a huge error body. */
const shown = (code: string) => JSON.stringify(code.length > 20 ? `${code.slice(0, 20)}…` : code);

export function unknownProvince(code: string): DomainError {
  return error(404, 'UNKNOWN_PROVINCE', `No province has code ${shown(code)}`);
}

/** 404 when the regency is the resource asked for; 400 when it is a field of the request (an address, say). */
export function unknownRegency(code: string, statusCode: 400 | 404): DomainError {
  return error(statusCode, 'UNKNOWN_REGENCY', `No regency has code ${shown(code)}`);
}
