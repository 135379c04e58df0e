import { domainErrorsOf } from '../common/errors/domain-error.js';

export const MISSION_ERROR_CODES = ['MISSIONS_FOR_TRAINEES', 'INVALID_MISSION_SETTINGS'] as const;

const error = domainErrorsOf(MISSION_ERROR_CODES);

/** Codes the missions and console capability owns; the client translates each one. */
export const missionErrors = {
  traineesOnly: () => error(403, 'MISSIONS_FOR_TRAINEES', 'Only a trainee with a shop has missions'),
  invalidSettings: (problem: string) =>
    error(400, 'INVALID_MISSION_SETTINGS', `The missions must list every mission exactly once (${problem})`, { problem }),
};
