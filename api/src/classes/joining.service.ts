import { Injectable } from '@nestjs/common';
import { verifyPassword } from '../auth/password-hash.js';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import { ShopsService } from '../catalog/shops.service.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { FailureBackoff } from '../auth/failure-backoff.js';
import { classErrors } from './classes.errors.js';
import { ClassesService } from './classes.service.js';
import type { JoinLookupView, JoinRequest, JoinResponse } from './dto/join.dto.js';
import { isJoinCode, normalizeJoinCode } from './join-code.js';
import { Participant } from './participant.entity.js';
import { numberedName } from './participant-name.js';
import { TrainingClass } from './training-class.entity.js';

/**
 * A trainee (or demo buyer) joins with the class code and a name only, and gets a token that the
 * phone keeps. A second phone gets in with a PIN the facilitator reads out.
 */
@Injectable()
export class JoiningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly limiter: RateLimiter,
    private readonly failures: FailureBackoff,
    private readonly auth: AuthService,
    private readonly classes: ClassesService,
    private readonly shops: ShopsService,
  ) {}

  async lookup(rawCode: string, ip: string): Promise<JoinLookupView> {
    const code = normalizeJoinCode(rawCode);
    await this.limiter.hit([{ bucket: `join-lookup:ip:${ip}`, max: 120, windowSeconds: 600 }]);
    const found = await this.findByCode(code);
    return { code, className: found.name, place: found.place, date: found.date };
  }

  async join(input: JoinRequest, ip: string): Promise<JoinResponse> {
    const code = normalizeJoinCode(input.code);
    // A village hall shares one public address; thirty phones joining in a minute must all get in.
    await this.limiter.hit([
      { bucket: `join:ip:${ip}`, max: 60, windowSeconds: 600 },
      { bucket: `join:code:${code}`, max: 300, windowSeconds: 600 },
    ]);
    const trainingClass = await this.findByCode(code);
    const role = input.role ?? 'trainee';
    const result = await this.uow.run(async (tx) => {
      // Lock the class row so a close that races this join wins or loses as a whole.
      const locked = await tx.manager
        .getRepository(TrainingClass)
        .findOne({ where: { id: trainingClass.id }, lock: { mode: 'pessimistic_read' } });
      if (!locked || locked.status !== 'open') throw classErrors.classClosed();
      const participant = await this.classes.insertParticipant(tx.manager, locked.id, {
        displayName: input.displayName,
        role,
        phone: input.phone ?? null,
        village: input.village?.trim() || null,
        isPersona: false,
        createdBy: null,
      });
      const name = numberedName(participant.displayName, participant.nameNumber);
      const shop =
        role === 'trainee'
          ? await this.shops.openForTrainee(tx, {
              classId: locked.id,
              participantId: participant.id,
              ownerName: name,
              regencyCode: locked.regencyCode,
            })
          : null;
      const issued = await this.auth.issueToken(tx.manager, { participantId: participant.id });
      await tx.record({
        type: 'participant.joined',
        classId: locked.id,
        actorId: participant.id,
        payload: { participantId: participant.id, name, role, shopId: shop?.id ?? null, joinedAt: participant.joinedAt.toISOString() },
        rooms: [rooms.class(locked.id), rooms.facilitators(locked.id)],
      });
      // The answer is read in the transaction too: once it commits nothing is left that could fail, so a 503 for a
      // join always means it did not happen and says so (X-Nothing-Done), and the phone may ask again (issue 15).
      const view = await this.classes.get(locked.id, tx.manager);
      return { participant, name, shop, issued, view };
    });
    return {
      token: result.issued.token,
      expiresAt: result.issued.expiresAt.toISOString(),
      participantId: result.participant.id,
      name: result.name,
      role,
      class: result.view,
      shop: result.shop ? this.shops.summary(result.shop) : null,
    };
  }

  /** Signs a participant in on another phone with a PIN from the facilitator; the PIN works once. */
  async pinLogin(rawCode: string, pin: string, ip: string): Promise<JoinResponse> {
    const code = normalizeJoinCode(rawCode);
    // Six digits are guessable without a tight limit on wrong tries: they back off per class, per address and per
    // both, while a right PIN from a phone that never failed still works (failure-backoff.ts).
    const attempt = await this.failures.charge({ kind: 'pin', target: code, source: ip });
    const trainingClass = await this.findByCode(code);
    const candidates = await this.dataSource
      .getRepository(Participant)
      .createQueryBuilder('p')
      .addSelect('p.pinHash')
      .where('p.classId = :classId AND p.pinHash IS NOT NULL AND p.pinExpiresAt > now()', { classId: trainingClass.id })
      .getMany();
    let match: Participant | undefined;
    for (const candidate of candidates) {
      if (await verifyPassword(candidate.pinHash!, pin)) match = candidate;
    }
    if (!match) {
      await attempt.failed();
      throw classErrors.invalidPin();
    }
    const participant = match;
    const issued = await this.uow.run(async (tx) => {
      const consumed = await tx.manager
        .getRepository(Participant)
        .update({ id: participant.id, pinHash: participant.pinHash! }, { pinHash: null, pinExpiresAt: null, lastSeenAt: new Date() });
      if (!consumed.affected) throw classErrors.invalidPin(); // used by a parallel request
      await attempt.succeeded(tx.manager);
      const token = await this.auth.issueToken(tx.manager, { participantId: participant.id });
      await tx.record({
        type: 'participant.pin_login',
        classId: trainingClass.id,
        actorId: participant.id,
        payload: { participantId: participant.id },
        rooms: [rooms.facilitators(trainingClass.id)],
      });
      return token;
    });
    const shop = await this.shops.summaryOf(participant.id);
    return {
      token: issued.token,
      expiresAt: issued.expiresAt.toISOString(),
      participantId: participant.id,
      name: numberedName(participant.displayName, participant.nameNumber),
      role: participant.role,
      class: await this.classes.get(trainingClass.id),
      shop,
    };
  }

  /** The open class with this code; a closed one says so, because the trainee should ask the facilitator. */
  private async findByCode(code: string): Promise<TrainingClass> {
    if (!isJoinCode(code)) throw classErrors.joinCodeUnknown();
    const repository = this.dataSource.getRepository(TrainingClass);
    const open = await repository.findOne({ where: { joinCode: code, status: 'open' } });
    if (open) return open;
    const closed = await repository.findOne({ where: { joinCode: code }, order: { statusChangedAt: 'DESC' } });
    if (closed) throw classErrors.classClosed();
    throw classErrors.joinCodeUnknown();
  }
}
