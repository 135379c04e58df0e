import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { FacilitatorsService } from './facilitators.service.js';

/**
 * On the first start there is no admin yet: create one from ADMIN_EMAIL / ADMIN_PASSWORD, or with a
 * generated password that is printed once. Several nodes starting together create exactly one.
 */
@Injectable()
export class AdminSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminSeed.name);
  private done?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly facilitators: FacilitatorsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.ensureAdmin();
  }

  /** Creates the first admin unless one exists; once per process, whoever asks first (the demo seed needs it too). */
  ensureAdmin(): Promise<void> {
    this.done ??= this.createFirstAdmin();
    return this.done;
  }

  private async createFirstAdmin(): Promise<void> {
    const generated = !this.env.adminPassword;
    const password = this.env.adminPassword ?? randomBytes(9).toString('base64url');
    const created = await this.dataSource.transaction(async (manager) => {
      // One node at a time decides; the others then see the admin and do nothing.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('pasar-latihan:admin-seed'))`);
      const admins: unknown[] = await manager.query(`SELECT 1 FROM facilitator WHERE role = 'admin' LIMIT 1`);
      if (admins.length > 0) return undefined;
      return this.facilitators.insertIfAbsent(manager, { email: this.env.adminEmail, name: 'Admin', password, role: 'admin' });
    });
    if (!created) return;
    this.logger.warn({ email: created.email }, 'created the first admin account');
    if (generated && this.env.nodeEnv !== 'test') {
      process.stdout.write(
        `\n  First start: an admin account was created. Write this down; it is shown only once.\n` +
          `    email:    ${created.email}\n    password: ${password}\n` +
          `  (Set ADMIN_EMAIL and ADMIN_PASSWORD before the first start to choose them.)\n\n`,
      );
    }
  }
}
