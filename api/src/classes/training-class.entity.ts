import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `closed`: joining is closed, the class goes on; `ended`: the workshop is over. */
export type ClassStatus = 'open' | 'closed' | 'ended' | 'archived';

/** A workshop session (kelas): named `TrainingClass` because `class` is a keyword. */
@Entity('training_class')
export class TrainingClass {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 160 })
  place: string;

  /** The workshop's calendar date (YYYY-MM-DD, in WIB). */
  @Column({ type: 'date' })
  date: string;

  @Column({ name: 'regency_code', type: 'varchar', length: 8 })
  regencyCode: string;

  @Column({ name: 'join_code', type: 'char', length: 6 })
  joinCode: string;

  @Column({ type: 'varchar', length: 16 })
  status: ClassStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'status_changed_at', type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;
}
