import { domainErrorsOf } from '../common/errors/domain-error.js';

export const CERTIFICATE_ERROR_CODES = ['CERTIFICATES_FOR_TRAINEES', 'CERTIFICATE_MISSIONS_NOT_DONE', 'CERTIFICATE_NOT_FOUND', 'INVALID_CERTIFICATE_SETTINGS'] as const;

const error = domainErrorsOf(CERTIFICATE_ERROR_CODES);

/** Codes "Sertifikat" owns; the client translates each one. */
export const certificateErrors = {
  traineesOnly: () => error(403, 'CERTIFICATES_FOR_TRAINEES', 'Only a trainee earns a certificate'),
  missionsNotDone: (missing: readonly string[]) =>
    error(409, 'CERTIFICATE_MISSIONS_NOT_DONE', `The certificate needs these missions done first: ${missing.join(', ')}`, { missing }),
  notFound: () => error(404, 'CERTIFICATE_NOT_FOUND', 'No certificate has this code'),
  invalidSettings: (problem: string) => error(400, 'INVALID_CERTIFICATE_SETTINGS', `The required missions are not valid (${problem})`, { problem }),
};
