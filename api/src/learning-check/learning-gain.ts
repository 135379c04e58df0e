// Pure: the "peningkatan pemahaman" a programme reports. Per question and round, the share of trainees who chose
// the right answer among those who answered it (a skip counts in neither), and the gain in percentage points.

export type Round = 'before' | 'after';
export const ROUNDS: readonly Round[] = ['before', 'after'];

export interface AnswerFact {
  questionId: string;
  round: Round;
  /** null: skipped. */
  correct: boolean | null;
}

export interface RoundShare {
  answered: number;
  correct: number;
  /** Whole percent (0–100), or null when nobody answered. */
  percent: number | null;
}

export interface QuestionGain {
  questionId: string;
  before: RoundShare;
  after: RoundShare;
  /** after − before in percentage points; null unless both rounds have answers. */
  gain: number | null;
}

function share(answers: readonly AnswerFact[]): RoundShare {
  const answered = answers.filter((a) => a.correct !== null);
  const correct = answered.filter((a) => a.correct === true).length;
  return { answered: answered.length, correct, percent: answered.length === 0 ? null : Math.round((correct * 100) / answered.length) };
}

/** One line per question, in the order given. */
export function questionGains(questionIds: readonly string[], answers: readonly AnswerFact[]): QuestionGain[] {
  return questionIds.map((questionId) => {
    const mine = answers.filter((a) => a.questionId === questionId);
    const before = share(mine.filter((a) => a.round === 'before'));
    const after = share(mine.filter((a) => a.round === 'after'));
    return { questionId, before, after, gain: before.percent === null || after.percent === null ? null : after.percent - before.percent };
  });
}

/** A problem with a facilitator's new list of questions, or null: every existing question exactly once. */
export function questionListProblem(existing: readonly string[], given: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of given) {
    if (!existing.includes(id)) return `unknown question ${id}`;
    if (seen.has(id)) return `question ${id} twice`;
    seen.add(id);
  }
  const missing = existing.filter((id) => !seen.has(id));
  return missing.length ? `missing ${missing.join(', ')}` : null;
}
