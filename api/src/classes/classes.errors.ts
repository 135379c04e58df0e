// Codes the classes capability owns; the client translates each one. CLASS_NOT_FOUND is the platform's: the access
// guard answers it for every class route (common/errors/platform.errors.ts).
import { domainErrorsOf } from '../common/errors/domain-error.js';
import { platformErrors } from '../common/errors/platform.errors.js';

export const CLASS_ERROR_CODES = [
  'INVALID_JOIN_BASE',
  'JOIN_CODE_UNKNOWN',
  'CLASS_CLOSED',
  'PARTICIPANT_NOT_FOUND',
  'INVALID_PIN',
  'INVALID_CLASS_STATUS_CHANGE',
  'JOIN_CODE_UNAVAILABLE',
  'RESET_NOT_CONFIRMED',
  'CLASS_OWNER_ONLY',
  'CLASS_OWNER_NOT_REMOVABLE',
  'FACILITATOR_NOT_FOUND',
] as const;

const error = domainErrorsOf(CLASS_ERROR_CODES);

export const classErrors = {
  invalidJoinBase: () =>
    error(400, 'INVALID_JOIN_BASE', 'The address must be like http://192.168.1.10:3000 (http or https, a host, an optional port)'),
  classNotFound: platformErrors.classNotFound,
  joinCodeUnknown: () => error(404, 'JOIN_CODE_UNKNOWN', 'No open class has this code'),
  classClosed: () => error(409, 'CLASS_CLOSED', 'This class is closed and accepts no new participants'),
  participantNotFound: () => error(404, 'PARTICIPANT_NOT_FOUND', 'No such participant in this class'),
  invalidPin: () => error(401, 'INVALID_PIN', 'The PIN is wrong or has expired'),
  invalidStatusChange: (from: string, to: string) => error(409, 'INVALID_CLASS_STATUS_CHANGE', `A class cannot go from ${from} to ${to}`),
  joinCodeExhausted: () => error(503, 'JOIN_CODE_UNAVAILABLE', 'Could not find a free join code; try again'),
  resetNotConfirmed: () => error(400, 'RESET_NOT_CONFIRMED', 'Type the class join code to confirm the reset'),
  ownerOnly: () => error(403, 'CLASS_OWNER_ONLY', 'Only the facilitator who created the class, or an admin, can add or remove a co-facilitator'),
  ownerNotRemovable: () => error(409, 'CLASS_OWNER_NOT_REMOVABLE', 'The facilitator who created the class cannot be removed from it'),
  facilitatorNotFound: () => error(404, 'FACILITATOR_NOT_FOUND', 'No facilitator has this email'),
};
