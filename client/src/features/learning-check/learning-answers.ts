// What the phone knows of the trainee's answers in a round: the ones the server has, and the ones still waiting in
// the outbox (made without signal, maybe before a reload), so a question answered offline is not asked again.
import { getOutbox } from '../../shared/offline/outbox-store';
import type { OutboxItem } from '../../shared/offline/outbox';
import type { LearningRound, MyLearningCheckView } from './api/get-my-check';

export function waitingAnswerIds(items: readonly OutboxItem[], round: LearningRound): string[] {
  return items
    .filter((item) => item.kind === 'learning.answer' && item.key === round)
    .map((item) => (item.body as { questionId?: unknown } | undefined)?.questionId)
    .filter((id): id is string => typeof id === 'string');
}

export async function outboxAnswerIds(round: LearningRound): Promise<string[]> {
  try {
    return waitingAnswerIds(await getOutbox().list(), round);
  } catch {
    return [];
  }
}

/** The questions still to ask, in the class's order. */
export function remainingQuestions(check: MyLearningCheckView, done: ReadonlySet<string>) {
  return check.questions.filter((q) => !check.answeredIds.includes(q.id) && !done.has(q.id));
}

/** Answer letters as the phone reads and shows them: A, B, C. */
export const optionLetter = (index: number) => String.fromCharCode(65 + index);
