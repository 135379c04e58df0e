import { domainErrorsOf } from '../common/errors/domain-error.js';

export const PRACTICE_ERROR_CODES = ['INVALID_PRACTICE_SETTINGS', 'PRACTICE_FOR_TRAINEES', 'PRACTICE_NO_TRAINEES'] as const;

const error = domainErrorsOf(PRACTICE_ERROR_CODES);

/** Codes "Latihan Mandiri" owns; the client translates each one. */
export const practiceErrors = {
  invalidSettings: (problem: string) => error(400, 'INVALID_PRACTICE_SETTINGS', `The practice settings are not valid (${problem})`, { problem }),
  traineesOnly: () => error(403, 'PRACTICE_FOR_TRAINEES', 'Only a trainee has a practice week'),
  noTrainees: () => error(409, 'PRACTICE_NO_TRAINEES', 'The class has no trainee to send a message to'),
};
