import { DomainError } from '../common/errors/domain-error.js';

/** Codes the classes capability owns; the client translates each one. */
export const classErrors = {
  invalidJoinBase: () =>
    new DomainError(400, 'INVALID_JOIN_BASE', 'The address must be like http://192.168.1.10:3000 (http or https, a host, an optional port)'),
  classNotFound: () => new DomainError(404, 'CLASS_NOT_FOUND', 'No such class'),
  joinCodeUnknown: () => new DomainError(404, 'JOIN_CODE_UNKNOWN', 'No open class has this code'),
  classClosed: () => new DomainError(409, 'CLASS_CLOSED', 'This class is closed and accepts no new participants'),
  participantNotFound: () => new DomainError(404, 'PARTICIPANT_NOT_FOUND', 'No such participant in this class'),
  invalidPin: () => new DomainError(401, 'INVALID_PIN', 'The PIN is wrong or has expired'),
  invalidStatusChange: (from: string, to: string) =>
    new DomainError(409, 'INVALID_CLASS_STATUS_CHANGE', `A class cannot go from ${from} to ${to}`),
  joinCodeExhausted: () => new DomainError(503, 'JOIN_CODE_UNAVAILABLE', 'Could not find a free join code; try again'),
  resetNotConfirmed: () => new DomainError(400, 'RESET_NOT_CONFIRMED', 'Type the class join code to confirm the reset'),
  ownerOnly: () => new DomainError(403, 'CLASS_OWNER_ONLY', 'Only the facilitator who created the class, or an admin, can add a co-facilitator'),
  facilitatorNotFound: () => new DomainError(404, 'FACILITATOR_NOT_FOUND', 'No facilitator has this email'),
};
