import type { components } from '../../../shared/api/schema';
import type { SendOutcome } from '../../../shared/offline/outbox';
import { getOutbox } from '../../../shared/offline/outbox-store';

export type SubmitLearningAnswerRequest = components['schemas']['SubmitLearningAnswerRequest'];

/**
 * POST /api/learning-check/answers through the outbox: one item per tap, its id the answer's clientId, so a tap
 * made without signal waits on the phone (a reload keeps it) and a resend after a lost answer is stored once.
 */
export function submitLearningAnswer(answer: SubmitLearningAnswerRequest, token: string): Promise<SendOutcome> {
  return getOutbox().submit({
    id: `learning:${answer.clientId}`,
    kind: 'learning.answer',
    key: answer.round,
    method: 'POST',
    path: '/api/learning-check/answers',
    body: answer,
    token,
    createdAt: Date.now(),
  });
}
