import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../shared/offline/outbox';
import { optionLetter, remainingQuestions, waitingAnswerIds } from './learning-answers';

const item = (kind: OutboxItem['kind'], key: string, body: unknown): OutboxItem => ({ id: Math.random().toString(), kind, key, method: 'POST', path: '/x', body, token: 't', createdAt: 1 });

describe('learning answers on the phone', () => {
  it('counts the answers still waiting in the outbox for this round only', () => {
    const items = [item('learning.answer', 'before', { questionId: 'q1' }), item('learning.answer', 'after', { questionId: 'q2' }), item('chat.message', 'before', { questionId: 'q3' })];
    expect(waitingAnswerIds(items, 'before')).toEqual(['q1']);
  });

  it('asks the questions neither the server nor the outbox has, in order', () => {
    const question = (id: string) => ({ id, picture: 'unpaid' as const, promptId: id, promptEn: id, options: [] });
    const check = { round: 'before' as const, questions: [question('q1'), question('q2'), question('q3')], answeredIds: ['q1'] };
    expect(remainingQuestions(check, new Set(['q3'])).map((q) => q.id)).toEqual(['q2']);
  });

  it('letters the answers A, B, C', () => {
    expect([0, 1, 2].map(optionLetter)).toEqual(['A', 'B', 'C']);
  });
});
