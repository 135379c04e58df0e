import { domainErrorsOf } from '../common/errors/domain-error.js';

export const LEARNING_CHECK_ERROR_CODES = ['LEARNING_CHECK_FOR_TRAINEES', 'LEARNING_QUESTION_NOT_FOUND', 'LEARNING_ROUND_NOT_OPEN', 'INVALID_LEARNING_QUESTIONS'] as const;

const error = domainErrorsOf(LEARNING_CHECK_ERROR_CODES);

/** Codes "Cek Pemahaman" owns; the client translates each one. */
export const learningCheckErrors = {
  traineesOnly: () => error(403, 'LEARNING_CHECK_FOR_TRAINEES', 'Only a trainee answers the learning check'),
  questionNotFound: () => error(404, 'LEARNING_QUESTION_NOT_FOUND', 'This question is not part of your class’s check'),
  roundNotOpen: () => error(409, 'LEARNING_ROUND_NOT_OPEN', 'The facilitator has not opened the check after the lessons yet'),
  invalidQuestions: (problem: string) =>
    error(400, 'INVALID_LEARNING_QUESTIONS', `The questions must list every question of the class exactly once, with its own answers (${problem})`, { problem }),
};
