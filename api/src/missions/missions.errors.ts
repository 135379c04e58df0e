import { DomainError } from '../common/errors/domain-error.js';

/** Codes the missions and console capability owns; the client translates each one. */
export const missionErrors = {
  traineesOnly: () => new DomainError(403, 'MISSIONS_FOR_TRAINEES', 'Only a trainee with a shop has missions'),
  invalidSettings: (problem: string) =>
    new DomainError(400, 'INVALID_MISSION_SETTINGS', `The missions must list every mission exactly once (${problem})`, { problem }),
};
