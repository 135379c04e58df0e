import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ScheduledTaskStatus = 'pending' | 'done' | 'cancelled' | 'failed';

/** Work that comes due at a moment of a class's simulated time (payment expiry, tracking steps...). */
@Entity('scheduled_task')
export class ScheduledTask {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'class_id', type: 'uuid' })
  classId: string;

  @Column({ type: 'varchar', length: 64 })
  kind: string;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  @Column({ name: 'due_sim', type: 'timestamptz' })
  dueSim: Date;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: ScheduledTaskStatus;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}
