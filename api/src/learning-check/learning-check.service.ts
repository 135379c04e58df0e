import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import type {
  LearningAnswerView,
  LearningCheckSettingsView,
  LearningResultsView,
  MyLearningCheckView,
  SubmitLearningAnswerRequest,
  UpdateLearningQuestionsRequest,
} from './dto/learning-check.dto.js';
import { questionGains, questionListProblem, type Round } from './learning-gain.js';
import { learningCheckErrors } from './learning-check.errors.js';
import { LearningCheckRepository } from './learning-check.repository.js';

/**
 * "Cek Pemahaman": a few questions on the day's lessons, answered on the phone after joining ("before") and at the
 * end once a facilitator opens the "after" round; the facilitators edit the questions and read the gain.
 */
@Injectable()
export class LearningCheckService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: LearningCheckRepository,
  ) {}

  /** The trainee's check: the round open now, its questions (without the right answers) and what she already did. */
  async mine(principal: Principal): Promise<MyLearningCheckView> {
    const trainee = traineeOf(principal);
    const [questions, afterOpenedAt] = await Promise.all([this.repository.questions(trainee.classId), this.repository.afterOpenedAt(trainee.classId)]);
    const round: Round = afterOpenedAt ? 'after' : 'before';
    const answered = new Set(await this.repository.answersOf(trainee.id, round));
    const enabled = questions.filter((q) => q.enabled);
    return {
      round,
      questions: enabled.map((q) => ({ id: q.id, picture: q.picture, promptId: q.promptId, promptEn: q.promptEn, options: q.options })),
      answeredIds: enabled.filter((q) => answered.has(q.id)).map((q) => q.id),
    };
  }

  /** One tap: stored once per clientId, and only the first answer to a question in a round counts. */
  async answer(principal: Principal, input: SubmitLearningAnswerRequest): Promise<LearningAnswerView> {
    const trainee = traineeOf(principal);
    return this.uow.run(async (tx) => {
      await this.repository.seedDefaults(trainee.classId, tx.manager);
      const question = await this.repository.question(trainee.classId, input.questionId, tx.manager);
      if (!question) throw learningCheckErrors.questionNotFound();
      if (input.round === 'after' && !(await this.repository.afterOpenedAt(trainee.classId, tx.manager))) throw learningCheckErrors.roundNotOpen();
      const optionId = input.optionId ?? null;
      if (optionId !== null && !question.options.some((o) => o.id === optionId)) throw learningCheckErrors.questionNotFound();
      const saved = await this.repository.saveAnswer(
        trainee.classId,
        { participantId: trainee.id, questionId: question.id, round: input.round, optionId, correct: optionId === null ? null : optionId === question.correctOption, clientId: input.clientId },
        tx.manager,
      );
      return { clientId: input.clientId, questionId: saved.questionId, round: saved.round, optionId: saved.optionId };
    });
  }

  async settings(classId: string): Promise<LearningCheckSettingsView> {
    const [questions, afterOpenedAt] = await Promise.all([this.repository.questions(classId), this.repository.afterOpenedAt(classId)]);
    return { afterOpenedAt: afterOpenedAt?.toISOString() ?? null, questions: questions.map((q) => ({ ...q })) };
  }

  /** The facilitator changes the words, the order and which questions are asked; the phones follow live. */
  async updateQuestions(classId: string, actor: Principal, input: UpdateLearningQuestionsRequest): Promise<LearningCheckSettingsView> {
    await this.uow.run(async (tx) => {
      const existing = await this.repository.questions(classId, tx.manager);
      const problem = questionListProblem(
        existing.map((q) => q.id),
        input.questions.map((q) => q.id),
      );
      if (problem) throw learningCheckErrors.invalidQuestions(problem);
      const byId = new Map(existing.map((q) => [q.id, q]));
      for (const given of input.questions) {
        const stored = byId.get(given.id)!;
        const sameOptions = given.options.length === stored.options.length && given.options.every((o, i) => o.id === stored.options[i]!.id);
        if (!sameOptions) throw learningCheckErrors.invalidQuestions(`question ${given.id}: the answers must keep their ids`);
        if (!given.options.some((o) => o.id === given.correctOption)) throw learningCheckErrors.invalidQuestions(`question ${given.id}: the right answer is not one of its answers`);
      }
      if (!input.questions.some((q) => q.enabled)) throw learningCheckErrors.invalidQuestions('at least one question must stay on');
      await this.repository.replaceQuestions(
        classId,
        input.questions.map((q, position) => ({
          id: q.id,
          position,
          enabled: q.enabled,
          promptId: q.promptId.trim(),
          promptEn: q.promptEn.trim(),
          options: q.options.map((o) => ({ id: o.id, textId: o.textId.trim(), textEn: o.textEn.trim() })),
          correctOption: q.correctOption,
        })),
        tx.manager,
      );
      await tx.record({
        type: 'learning_check.questions_changed',
        classId,
        actorId: actor.id,
        payload: { count: input.questions.filter((q) => q.enabled).length },
        rooms: [rooms.class(classId), rooms.facilitators(classId)],
      });
    });
    return this.settings(classId);
  }

  /** "Buka Cek Pemahaman akhir": the phones now ask the questions again. Opening it twice changes nothing. */
  async openAfter(classId: string, actor: Principal): Promise<LearningCheckSettingsView> {
    await this.uow.run(async (tx) => {
      if (!(await this.repository.openAfter(classId, actor.id, tx.manager))) return;
      await tx.record({
        type: 'learning_check.round_opened',
        classId,
        actorId: actor.id,
        payload: { round: 'after' },
        rooms: [rooms.class(classId), rooms.facilitators(classId)],
      });
    });
    return this.settings(classId);
  }

  /** Per question the share right before and after and the gain; per trainee her answers (facilitators only). */
  async results(classId: string): Promise<LearningResultsView> {
    const [questions, afterOpenedAt, answers, trainees] = await Promise.all([
      this.repository.questions(classId),
      this.repository.afterOpenedAt(classId),
      this.repository.classAnswers(classId),
      this.repository.trainees(classId),
    ]);
    const enabled = questions.filter((q) => q.enabled);
    const enabledIds = new Set(enabled.map((q) => q.id));
    const counted = answers.filter((a) => enabledIds.has(a.questionId));
    const gains = questionGains(
      enabled.map((q) => q.id),
      counted,
    );
    return {
      afterOpenedAt: afterOpenedAt?.toISOString() ?? null,
      questions: enabled.map((q, i) => ({ ...gains[i]!, picture: q.picture, promptId: q.promptId, promptEn: q.promptEn })),
      trainees: trainees.map((trainee) => {
        const mine = counted.filter((a) => a.participantId === trainee.id);
        const of = (round: Round) => mine.filter((a) => a.round === round && a.correct !== null);
        return {
          participantId: trainee.id,
          name: trainee.name,
          beforeCorrect: of('before').filter((a) => a.correct).length,
          beforeAnswered: of('before').length,
          afterCorrect: of('after').filter((a) => a.correct).length,
          afterAnswered: of('after').length,
          answers: mine.map((a) => ({ questionId: a.questionId, round: a.round, optionId: a.optionId, correct: a.correct })),
        };
      }),
    };
  }
}

function traineeOf(principal: Principal): Extract<Principal, { kind: 'participant' }> {
  if (principal.kind !== 'participant' || principal.role !== 'trainee') throw learningCheckErrors.traineesOnly();
  return principal;
}
