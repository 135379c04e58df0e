import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MissionId } from '../missions/mission-checks.js';

export interface CertificateRow {
  participantId: string;
  code: string;
  missions: MissionId[];
  issuedAt: Date;
}

/** The SQL of "Sertifikat": the missions a class requires, and the certificates issued. */
@Injectable()
export class CertificatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async chosenMissions(classId: string): Promise<MissionId[]> {
    const rows: { required_missions: MissionId[] }[] = await this.dataSource.query(`SELECT required_missions FROM certificate_setting WHERE class_id = $1`, [classId]);
    return rows[0]?.required_missions ?? [];
  }

  async setChosenMissions(classId: string, missions: readonly MissionId[], manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO certificate_setting (class_id, required_missions) VALUES ($1, $2::text[])
       ON CONFLICT (class_id) DO UPDATE SET required_missions = EXCLUDED.required_missions`,
      [classId, missions],
    );
  }

  async ofParticipant(participantId: string, manager: EntityManager = this.dataSource.manager): Promise<CertificateRow | undefined> {
    const rows: CertificateRow[] = await manager.query(
      `SELECT participant_id AS "participantId", code, missions, issued_at AS "issuedAt" FROM certificate WHERE participant_id = $1`,
      [participantId],
    );
    return rows[0];
  }

  async ofClass(classId: string): Promise<CertificateRow[]> {
    return this.dataSource.query(`SELECT participant_id AS "participantId", code, missions, issued_at AS "issuedAt" FROM certificate WHERE class_id = $1`, [classId]);
  }

  /** Issues once per trainee; a second call (or a code already taken) leaves the first. */
  async issue(classId: string, participantId: string, code: string, missions: readonly MissionId[], manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO certificate (class_id, participant_id, code, missions) VALUES ($1, $2, $3, $4::text[]) ON CONFLICT DO NOTHING RETURNING id`,
      [classId, participantId, code, missions],
    );
    return rows.length > 0;
  }

  /** The three facts the public page shows, by code. */
  async verification(code: string): Promise<{ name: string; className: string; date: string } | undefined> {
    const rows: { name: string; className: string; date: string }[] = await this.dataSource.query(
      `SELECT p.display_name AS name, c.name AS "className", to_char(c.date, 'YYYY-MM-DD') AS date
         FROM certificate ce JOIN participant_profile p ON p.id = ce.participant_id JOIN class_profile c ON c.id = ce.class_id
        WHERE ce.code = $1`,
      [code],
    );
    return rows[0];
  }
}
