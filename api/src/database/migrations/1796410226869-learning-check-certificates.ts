import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, after the training: "Cek Pemahaman" (a short check before and after the lessons, its questions as data
 * per class, each trainee's answers per round) and "Sertifikat" (the missions a class requires, and one certificate
 * per trainee with a short code for the public verification page).
 */
export class LearningCheckCertificates1796410226869 implements MigrationInterface {
  name = 'LearningCheckCertificates1796410226869';

  async up(q: QueryRunner): Promise<void> {
    // A class's questions: seeded from the default set the first time the class's check is read; the facilitators
    // edit the words, reorder and switch questions off. `options`: [{ "id", "textId", "textEn" }].
    await q.query(`
      CREATE TABLE "learning_question" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "key" varchar(40) NOT NULL,
        "picture" varchar(40) NOT NULL,
        "position" smallint NOT NULL CHECK ("position" >= 0),
        "enabled" boolean NOT NULL DEFAULT true,
        "prompt_id" varchar(200) NOT NULL,
        "prompt_en" varchar(200) NOT NULL,
        "options" jsonb NOT NULL,
        "correct_option" varchar(8) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("class_id", "key")
      )`);
    // The "after" round is opened by a facilitator at the end of the day; "before" is open from the start.
    await q.query(`
      CREATE TABLE "learning_check_state" (
        "class_id" uuid PRIMARY KEY REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "after_opened_at" timestamptz,
        "after_opened_by" uuid
      )`);
    // One answer per trainee, question and round (the first one counts); `client_id` makes a resend from the
    // phone's outbox land once. `option_id` NULL: the trainee skipped the question.
    await q.query(`
      CREATE TABLE "learning_answer" (
        "id" bigserial PRIMARY KEY,
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "participant_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "question_id" uuid NOT NULL REFERENCES "learning_question" ("id") ON DELETE CASCADE,
        "round" varchar(8) NOT NULL CHECK ("round" IN ('before', 'after')),
        "option_id" varchar(8),
        "correct" boolean,
        "client_id" uuid NOT NULL,
        "answered_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("participant_id", "question_id", "round"),
        UNIQUE ("participant_id", "client_id")
      )`);
    await q.query(`CREATE INDEX "learning_answer_class" ON "learning_answer" ("class_id", "round")`);

    // Which missions earn the certificate; no row (or an empty list): every enabled mission of the class.
    await q.query(`
      CREATE TABLE "certificate_setting" (
        "class_id" uuid PRIMARY KEY REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "required_missions" text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE "certificate" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "participant_id" uuid NOT NULL UNIQUE REFERENCES "participant" ("id") ON DELETE CASCADE,
        "code" varchar(16) NOT NULL UNIQUE,
        "missions" text[] NOT NULL,
        "issued_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "certificate"`);
    await q.query(`DROP TABLE "certificate_setting"`);
    await q.query(`DROP TABLE "learning_answer"`);
    await q.query(`DROP TABLE "learning_check_state"`);
    await q.query(`DROP TABLE "learning_question"`);
  }
}
