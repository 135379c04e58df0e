import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DEFAULT_QUESTIONS, type Picture, type QuestionOption } from './default-questions.js';
import type { Round } from './learning-gain.js';

export interface QuestionRow {
  id: string;
  key: string;
  picture: Picture;
  position: number;
  enabled: boolean;
  promptId: string;
  promptEn: string;
  options: QuestionOption[];
  correctOption: string;
}

export interface AnswerRow {
  participantId: string;
  questionId: string;
  round: Round;
  optionId: string | null;
  correct: boolean | null;
  clientId: string;
}

const QUESTION_SELECT = `SELECT id, key, picture, position, enabled, prompt_id AS "promptId", prompt_en AS "promptEn", options, correct_option AS "correctOption"
  FROM learning_question`;

/** The SQL of "Cek Pemahaman": a class's questions, its rounds and its trainees' answers. */
@Injectable()
export class LearningCheckRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The default set for a class that has none yet; safe to run twice at once (one row per class and key). */
  async seedDefaults(classId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO learning_question (class_id, key, picture, position, prompt_id, prompt_en, options, correct_option)
       SELECT $1, q.key, q.picture, q.position, q.prompt_id, q.prompt_en, q.options, q.correct_option
         FROM jsonb_to_recordset($2::jsonb) AS q(key text, picture text, position int, prompt_id text, prompt_en text, options jsonb, correct_option text)
        WHERE NOT EXISTS (SELECT 1 FROM learning_question WHERE class_id = $1)
       ON CONFLICT (class_id, key) DO NOTHING`,
      [
        classId,
        JSON.stringify(
          DEFAULT_QUESTIONS.map((q, position) => ({
            key: q.key,
            picture: q.picture,
            position,
            prompt_id: q.promptId,
            prompt_en: q.promptEn,
            options: q.options,
            correct_option: q.correctOption,
          })),
        ),
      ],
    );
  }

  /** Every question of the class in its order (seeded with the default set the first time). */
  async questions(classId: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionRow[]> {
    const rows: QuestionRow[] = await manager.query(`${QUESTION_SELECT} WHERE class_id = $1 ORDER BY position, key`, [classId]);
    if (rows.length > 0) return rows;
    await this.seedDefaults(classId, manager);
    return manager.query(`${QUESTION_SELECT} WHERE class_id = $1 ORDER BY position, key`, [classId]);
  }

  async question(classId: string, questionId: string, manager: EntityManager): Promise<QuestionRow | undefined> {
    const rows: QuestionRow[] = await manager.query(`${QUESTION_SELECT} WHERE class_id = $1 AND id = $2`, [classId, questionId]);
    return rows[0];
  }

  async replaceQuestions(classId: string, questions: readonly Omit<QuestionRow, 'key' | 'picture'>[], manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE learning_question q SET position = n.position, enabled = n.enabled, prompt_id = n.prompt_id, prompt_en = n.prompt_en,
              options = n.options, correct_option = n.correct_option
         FROM jsonb_to_recordset($2::jsonb) AS n(id uuid, position int, enabled boolean, prompt_id text, prompt_en text, options jsonb, correct_option text)
        WHERE q.class_id = $1 AND q.id = n.id`,
      [
        classId,
        JSON.stringify(
          questions.map((q) => ({
            id: q.id,
            position: q.position,
            enabled: q.enabled,
            prompt_id: q.promptId,
            prompt_en: q.promptEn,
            options: q.options,
            correct_option: q.correctOption,
          })),
        ),
      ],
    );
  }

  async afterOpenedAt(classId: string, manager: EntityManager = this.dataSource.manager): Promise<Date | null> {
    const rows: { after_opened_at: Date | null }[] = await manager.query(`SELECT after_opened_at FROM learning_check_state WHERE class_id = $1`, [classId]);
    return rows[0]?.after_opened_at ?? null;
  }

  /** Opens the "after" round once; returns true when this call opened it. */
  async openAfter(classId: string, facilitatorId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO learning_check_state (class_id, after_opened_at, after_opened_by) VALUES ($1, now(), $2)
       ON CONFLICT (class_id) DO UPDATE SET after_opened_at = now(), after_opened_by = $2 WHERE learning_check_state.after_opened_at IS NULL
       RETURNING class_id`,
      [classId, facilitatorId],
    );
    return rows.length > 0;
  }

  /**
   * Stores an answer unless this phone sent it already (same clientId) or an earlier answer to the question counts
   * in this round; returns the answer that counts.
   */
  async saveAnswer(classId: string, answer: Omit<AnswerRow, 'correct'> & { correct: boolean | null }, manager: EntityManager): Promise<AnswerRow> {
    await manager.query(
      `INSERT INTO learning_answer (class_id, participant_id, question_id, round, option_id, correct, client_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [classId, answer.participantId, answer.questionId, answer.round, answer.optionId, answer.correct, answer.clientId],
    );
    const rows: AnswerRow[] = await manager.query(
      `SELECT participant_id AS "participantId", question_id AS "questionId", round, option_id AS "optionId", correct, client_id AS "clientId"
         FROM learning_answer WHERE participant_id = $1 AND ((question_id = $2 AND round = $3) OR client_id = $4)
        ORDER BY (client_id = $4) DESC LIMIT 1`,
      [answer.participantId, answer.questionId, answer.round, answer.clientId],
    );
    return rows[0]!;
  }

  async answersOf(participantId: string, round: Round): Promise<string[]> {
    const rows: { question_id: string }[] = await this.dataSource.query(`SELECT question_id FROM learning_answer WHERE participant_id = $1 AND round = $2`, [
      participantId,
      round,
    ]);
    return rows.map((row) => row.question_id);
  }

  /** Every answer in the class, with the trainee's name, oldest trainee first. */
  async classAnswers(classId: string): Promise<(AnswerRow & { name: string })[]> {
    return this.dataSource.query(
      `SELECT a.participant_id AS "participantId", p.display_name AS name, a.question_id AS "questionId", a.round, a.option_id AS "optionId",
              a.correct, a.client_id AS "clientId"
         FROM learning_answer a JOIN participant_profile p ON p.id = a.participant_id
        WHERE a.class_id = $1 ORDER BY p.joined_at, p.id, a.id`,
      [classId],
    );
  }

  /** The class's trainees (not the demo buyers), in joining order. */
  async trainees(classId: string): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(
      `SELECT id, display_name AS name FROM participant_profile WHERE class_id = $1 AND role = 'trainee' AND NOT is_persona ORDER BY joined_at, id`,
      [classId],
    );
  }
}
