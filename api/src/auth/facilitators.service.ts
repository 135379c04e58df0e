import { Injectable } from '@nestjs/common';
import { hashPassword } from './password-hash.js';
import { DataSource, type EntityManager } from 'typeorm';
import { authErrors } from './auth.errors.js';
import { Facilitator, type FacilitatorRole } from './facilitator.entity.js';

export interface NewFacilitator {
  email: string;
  name: string;
  password: string;
  role: FacilitatorRole;
}

@Injectable()
export class FacilitatorsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: NewFacilitator): Promise<Facilitator> {
    return this.dataSource.transaction((manager) => this.insert(manager, input));
  }

  /** Inserts unless the email exists; returns undefined then (used by the first-start seed). */
  async insertIfAbsent(manager: EntityManager, input: NewFacilitator): Promise<Facilitator | undefined> {
    const passwordHash = await hashPassword(input.password);
    const rows: Facilitator[] = await manager.query(
      `INSERT INTO facilitator (email, name, password_hash, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id, email, name, role`,
      [input.email.trim(), input.name.trim(), passwordHash, input.role],
    );
    return rows[0];
  }

  list(): Promise<Facilitator[]> {
    return this.dataSource.getRepository(Facilitator).find({ order: { createdAt: 'ASC' } });
  }

  /** An account that can sign in, by its email (any case); e.g. a co-facilitator being added to a class. */
  async activeByEmail(manager: EntityManager, email: string): Promise<{ id: string; name: string } | undefined> {
    const rows: { id: string; name: string }[] = await manager.query(
      `SELECT id, name FROM facilitator WHERE lower(email) = lower($1) AND disabled_at IS NULL`,
      [email.trim()],
    );
    return rows[0];
  }

  /** The first admin account that can sign in (the first-start seed acts as her). */
  async firstAdmin(): Promise<{ id: string; name: string } | undefined> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM facilitator WHERE role = 'admin' AND disabled_at IS NULL ORDER BY created_at LIMIT 1`,
    );
    return rows[0];
  }

  private async insert(manager: EntityManager, input: NewFacilitator): Promise<Facilitator> {
    const created = await this.insertIfAbsent(manager, input);
    if (!created) throw authErrors.emailTaken();
    return created;
  }
}
