import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ParticipantRole = 'trainee' | 'buyer';

/** Someone in a class without an account: a trainee (peserta) or a demo buyer. */
@Entity('participant')
export class Participant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'class_id', type: 'uuid' })
  classId: string;

  @Column({ type: 'varchar', length: 16 })
  role: ParticipantRole;

  @Column({ name: 'display_name', type: 'varchar', length: 60 })
  displayName: string;

  /** Lower-case, single-spaced name: "Siti" and "siti " are the same name. */
  @Column({ name: 'name_key', type: 'varchar', length: 60 })
  nameKey: string;

  /** 1 for the first "Siti", 2 for the second ("Siti (2)"), … */
  @Column({ name: 'name_number', type: 'integer', default: 1 })
  nameNumber: number;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  village: string | null;

  @Column({ name: 'is_persona', type: 'boolean', default: false })
  isPersona: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'pin_hash', type: 'text', nullable: true, select: false })
  pinHash: string | null;

  @Column({ name: 'pin_expires_at', type: 'timestamptz', nullable: true })
  pinExpiresAt: Date | null;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  /** A demo buyer persona's home: 'near' the shops, a 'city', or 'far' (null: not a persona, or a city). */
  @Column({ name: 'persona_destination', type: 'varchar', length: 8, nullable: true })
  personaDestination: 'near' | 'city' | 'far' | null;
}
