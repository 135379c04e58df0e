import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { hashPassword, needsRehash, verifyPassword } from './password-hash.js';
import { DataSource, type EntityManager } from 'typeorm';
import { numberedName } from '../classes/participant-name.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { EventBus } from '../common/events/event-bus.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { AccessToken } from './access-token.entity.js';
import { authErrors } from './auth.errors.js';
import { Facilitator } from './facilitator.entity.js';
import { FailureBackoff } from './failure-backoff.js';
import type { Principal } from './principal.js';
import { hashToken, newToken, TOKEN_LIFETIME_MS } from './token.js';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

interface TokenRow {
  token_id: string;
  expires_at: Date;
  facilitator_id: string | null;
  f_role: 'admin' | 'facilitator' | null;
  f_name: string | null;
  participant_id: string | null;
  p_role: 'trainee' | 'buyer' | null;
  p_name: string | null;
  p_number: number | null;
  class_id: string | null;
  shop_id: string | null;
}

/**
 * How long this node trusts a token it has resolved before asking the database again. Every request carries a token,
 * so the 5-table lookup was one statement of every request; what changes the answer (a logout, a class archived or
 * reset, a persona renamed) clears this node's cache when it commits here. Another node would hear none of that,
 * and a logout must close the door on every node at once (SECURITY.md): with several nodes (REDIS_URL set) there is
 * no cache, each request asks the database.
 */
export const PRINCIPAL_CACHE_MS = 5_000;
const PRINCIPAL_CACHE_MAX = 20_000;
/** Committed events after which a cached principal may be wrong. */
const PRINCIPAL_CHANGING_EVENTS = new Set(['auth.logged_out', 'class.updated', 'class.reset', 'participant.persona_updated']);

/** Tokens, facilitator sign-in and the class-membership question the access guard asks. */
@Injectable()
export class AuthService implements OnModuleInit {
  /** Token hash → who, until when (never past the token's own expiry). Answers are frozen: requests share them. */
  private readonly principals = new Map<string, { principal: Principal; until: number }>();
  private readonly cacheMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly failures: FailureBackoff,
    private readonly uow: UnitOfWork,
    private readonly bus: EventBus,
    @Inject(ENV) env: Env,
  ) {
    this.cacheMs = env.redisUrl ? 0 : PRINCIPAL_CACHE_MS;
  }

  onModuleInit(): void {
    this.bus.subscribe((events) => {
      if (events.some((event) => PRINCIPAL_CHANGING_EVENTS.has(event.type))) this.principals.clear();
    });
  }

  /** Token → who. Revoked or expired tokens, disabled facilitators and archived classes resolve to nobody. */
  async resolve(token: string): Promise<Principal | undefined> {
    const hash = hashToken(token);
    const now = Date.now();
    const cached = this.principals.get(hash);
    if (cached && cached.until > now) return cached.principal;
    if (cached) this.principals.delete(hash);
    const principal = await this.lookup(hash);
    if (principal && this.cacheMs > 0) {
      if (this.principals.size >= PRINCIPAL_CACHE_MAX) this.principals.clear();
      this.principals.set(hash, { principal: principal.principal, until: Math.min(now + this.cacheMs, principal.expiresAt.getTime()) });
    }
    return principal?.principal;
  }

  /** One query: the token's owner, unless revoked, expired, disabled or in an archived class. */
  private async lookup(hash: string): Promise<{ principal: Principal; expiresAt: Date } | undefined> {
    const rows: TokenRow[] = await this.dataSource.query(
      `SELECT t.id AS token_id, t.expires_at,
              f.id AS facilitator_id, f.role AS f_role, f.name AS f_name,
              p.id AS participant_id, p.role AS p_role, p.display_name AS p_name, p.name_number AS p_number,
              p.class_id, s.id AS shop_id
         FROM access_token t
         LEFT JOIN facilitator f ON f.id = t.facilitator_id AND f.disabled_at IS NULL
         LEFT JOIN participant_profile p ON p.id = t.participant_id
         LEFT JOIN class_profile c ON c.id = p.class_id
         LEFT JOIN shop_profile s ON s.participant_id = p.id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now()
          AND (f.id IS NOT NULL OR (p.id IS NOT NULL AND c.status <> 'archived'))`,
      [hash],
    );
    const row = rows[0];
    if (!row) return undefined;
    const principal: Principal = row.facilitator_id
      ? { kind: 'facilitator', id: row.facilitator_id, role: row.f_role!, name: row.f_name!, tokenId: row.token_id }
      : {
          kind: 'participant',
          id: row.participant_id!,
          role: row.p_role!,
          classId: row.class_id!,
          shopId: row.shop_id,
          name: numberedName(row.p_name!, row.p_number!),
          tokenId: row.token_id,
        };
    return { principal: Object.freeze(principal), expiresAt: row.expires_at };
  }

  async canAccessClass(principal: Principal, classId: string): Promise<boolean> {
    if (principal.kind === 'participant') return principal.classId === classId;
    if (principal.role === 'admin') {
      const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM class_profile WHERE id = $1`, [classId]);
      return rows.length > 0;
    }
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM class_team WHERE class_id = $1 AND facilitator_id = $2`,
      [classId, principal.id],
    );
    return rows.length > 0;
  }

  async issueToken(manager: EntityManager, owner: { facilitatorId: string } | { participantId: string }): Promise<IssuedToken> {
    const token = newToken();
    const isFacilitator = 'facilitatorId' in owner;
    const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[isFacilitator ? 'facilitator' : 'participant']);
    await manager.getRepository(AccessToken).insert({
      tokenHash: hashToken(token),
      facilitatorId: isFacilitator ? owner.facilitatorId : null,
      participantId: isFacilitator ? null : owner.participantId,
      expiresAt,
    });
    return { token, expiresAt };
  }

  async login(email: string, password: string, ip: string): Promise<IssuedToken & { facilitator: Facilitator }> {
    const normalized = email.trim().toLowerCase();
    // Wrong passwords back off per email, per address and per both; a right one is never counted (failure-backoff.ts).
    const attempt = await this.failures.charge({ kind: 'login', target: normalized, source: ip });
    const facilitator = await this.dataSource
      .getRepository(Facilitator)
      .createQueryBuilder('f')
      .addSelect('f.passwordHash')
      .where('lower(f.email) = :email AND f.disabledAt IS NULL', { email: normalized })
      .getOne();
    // Verify against a dummy hash when the email is unknown, so timing does not reveal which emails exist.
    const valid = await verifyPassword(facilitator?.passwordHash ?? (await dummyHash()), password);
    if (!facilitator || !valid) {
      await attempt.failed();
      throw authErrors.invalidCredentials();
    }
    // A hash from before 0.2 (argon2) or with older parameters is replaced now that the password is known.
    const rehashed = needsRehash(facilitator.passwordHash) ? await hashPassword(password) : undefined;
    const issued = await this.dataSource.transaction(async (manager) => {
      if (rehashed) {
        await manager.query(`UPDATE facilitator SET password_hash = $2 WHERE id = $1 AND password_hash = $3`, [
          facilitator.id,
          rehashed,
          facilitator.passwordHash,
        ]);
      }
      await attempt.succeeded(manager);
      return this.issueToken(manager, { facilitatorId: facilitator.id });
    });
    return { ...issued, facilitator };
  }

  /** Revokes the caller's token; its open sockets are disconnected once this has committed. */
  async logout(principal: Principal): Promise<void> {
    await this.uow.run(async (tx) => {
      await tx.manager.query(`UPDATE access_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [principal.tokenId]);
      await tx.record({
        type: 'auth.logged_out',
        classId: principal.kind === 'participant' ? principal.classId : null,
        actorId: principal.id,
        payload: {},
        rooms: [`token:${principal.tokenId}`],
      });
      tx.afterCommit(() => this.principals.clear());
    });
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not-a-real-password-pasar-latihan');
  return dummy;
}
