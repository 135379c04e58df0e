import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A class's simulation clock: one row per class, created with the class. See sim-time.ts for the arithmetic. */
@Entity('sim_clock')
export class SimClock {
  @PrimaryColumn({ name: 'class_id', type: 'uuid' })
  classId: string;

  @Column({ name: 'anchor_real', type: 'timestamptz' })
  anchorReal: Date;

  @Column({ name: 'anchor_sim', type: 'timestamptz' })
  anchorSim: Date;

  @Column({ type: 'integer', default: 1 })
  speed: number;

  @Column({ type: 'boolean', default: false })
  paused: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
