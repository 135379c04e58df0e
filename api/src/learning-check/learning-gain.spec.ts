import { questionGains, questionListProblem, type AnswerFact } from './learning-gain.js';

const a = (questionId: string, round: 'before' | 'after', correct: boolean | null): AnswerFact => ({ questionId, round, correct });

describe('questionGains', () => {
  it.each([
    ['nobody answered', [], { before: null, after: null, gain: null }],
    ['only before', [a('q', 'before', true), a('q', 'before', false)], { before: 50, after: null, gain: null }],
    [
      '1 of 4 before, 3 of 4 after: +50 points',
      [a('q', 'before', true), a('q', 'before', false), a('q', 'before', false), a('q', 'before', false), a('q', 'after', true), a('q', 'after', true), a('q', 'after', true), a('q', 'after', false)],
      { before: 25, after: 75, gain: 50 },
    ],
    ['a skip counts in neither share', [a('q', 'before', null), a('q', 'before', true), a('q', 'after', null), a('q', 'after', false)], { before: 100, after: 0, gain: -100 }],
    ['another question’s answers do not count', [a('other', 'before', true), a('q', 'before', false), a('q', 'after', true)], { before: 0, after: 100, gain: 100 }],
    ['1 of 3 rounds to 33 percent', [a('q', 'before', true), a('q', 'before', false), a('q', 'before', false), a('q', 'after', true)], { before: 33, after: 100, gain: 67 }],
  ])('%s', (_name, answers, expected) => {
    const [line] = questionGains(['q'], answers);
    expect({ before: line!.before.percent, after: line!.after.percent, gain: line!.gain }).toEqual(expected);
  });

  it('keeps the order of the questions given, with the counts', () => {
    const lines = questionGains(['q2', 'q1'], [a('q1', 'before', true), a('q2', 'after', false)]);
    expect(lines.map((l) => [l.questionId, l.before.answered, l.after.answered])).toEqual([
      ['q2', 0, 1],
      ['q1', 1, 0],
    ]);
  });
});

describe('questionListProblem', () => {
  it.each([
    [['a', 'b'], ['b', 'a'], null],
    [['a', 'b'], ['a'], 'missing b'],
    [['a', 'b'], ['a', 'a', 'b'], 'question a twice'],
    [['a'], ['a', 'x'], 'unknown question x'],
  ])('%j given %j → %s', (existing, given, expected) => {
    expect(questionListProblem(existing, given)).toBe(expected);
  });
});
