import { domainErrorsOf } from '../common/errors/domain-error.js';

export const PROGRAMME_ERROR_CODES = ['PROGRAMME_DATE_RANGE_INVALID'] as const;

const error = domainErrorsOf(PROGRAMME_ERROR_CODES);

/** Codes the programme view owns; the client translates each one. */
export const programmeErrors = {
  dateRangeInvalid: (problem: string) => error(400, 'PROGRAMME_DATE_RANGE_INVALID', `The date range ends before it starts (${problem})`, { problem }),
};
