import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One domain event, recorded in the same transaction as the change it describes. The table also has `xact`, the id of
 * that transaction (its default, `pg_current_xact_id()`), which only the mission checks' SQL reads
 * (database/migrations/1797017000000-mission-fold.ts).
 */
@Entity('activity')
export class Activity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'class_id', type: 'uuid', nullable: true })
  classId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'sim_time', type: 'timestamptz', nullable: true })
  simTime: Date | null;
}
