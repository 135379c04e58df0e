// Codes the notifications capability owns; the client translates by code.
import { domainErrorsOf } from '../common/errors/domain-error.js';

export const NOTIFICATION_ERROR_CODES = ['NOTIFICATION_NOT_FOUND'] as const;

const error = domainErrorsOf(NOTIFICATION_ERROR_CODES);

export const notificationErrors = {
  notFound: () => error(404, 'NOTIFICATION_NOT_FOUND', 'No such notification'),
  /** Only participants have notifications; a facilitator asking gets the same 404. */
  facilitatorsHaveNone: () => error(404, 'NOTIFICATION_NOT_FOUND', 'Facilitators have no notifications'),
};
