import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The payment simulator's outbox remembers whether a failed notification was handed to a durable retry. A payment
 * made while the app was stopping failed its first delivery (the webhook had closed) and could not queue its retry
 * (the queue had stopped); the sweep took only never-attempted rows, so that payment never reached the marketplace.
 * The sweep now takes every undelivered row with no retry queued.
 */
export class NotificationRetryQueued1797005001000 implements MigrationInterface {
  name = 'NotificationRetryQueued1797005001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sim_notification" ADD COLUMN "retry_queued_at" timestamptz`);
    // Undelivered rows from before stay unmarked: whether their retry was queued is not known, so the sweep tries each
    // once more (the marketplace's webhook takes a notification twice as once).
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sim_notification" DROP COLUMN "retry_queued_at"`);
  }
}
