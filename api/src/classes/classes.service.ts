import { Inject, Injectable } from '@nestjs/common';
import { FacilitatorsService } from '../auth/facilitators.service.js';
import { hashPassword } from '../auth/password-hash.js';
import { qrSvg } from '../common/qr/qr-svg.js';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { newPin, PIN_LIFETIME_MS } from '../auth/token.js';
import { ClockService } from '../clock/clock.service.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { parseChosenBase, publicBase } from '../config/public-url.js';
import { Presence } from '../realtime/presence.js';
import { RegionsService } from '../regions/regions.service.js';
import { canChangeStatus } from './class-status.js';
import { classErrors } from './classes.errors.js';
import type {
  ClassDetailView,
  ClassView,
  CreateClassRequest,
  CreatePersonaRequest,
  JoinLinkView,
  ParticipantView,
  PinView,
  UpdateClassRequest,
  UpdatePersonaRequest,
} from './dto/class.dto.js';
import { newJoinCode } from './join-code.js';
import { Participant } from './participant.entity.js';
import { cleanDisplayName, nameKey, numberedName } from './participant-name.js';
import { TrainingClass } from './training-class.entity.js';
import { timeZoneOfRegency } from '../regions/time-zone.js';

interface ClassRow {
  id: string;
  name: string;
  place: string;
  date: string;
  regency_code: string;
  join_code: string;
  status: TrainingClass['status'];
  created_at: Date;
  created_by: string;
  owner_name: string | null;
  participant_count: string;
}

interface ParticipantRow {
  id: string;
  display_name: string;
  name_number: number;
  role: 'trainee' | 'buyer';
  phone: string | null;
  village: string | null;
  is_persona: boolean;
  joined_at: Date;
  last_seen_at: Date | null;
  shop_id: string | null;
  shop_name: string | null;
  persona_destination: 'near' | 'city' | 'far' | null;
}

const CLASS_SELECT = `SELECT c.id, c.name, c.place, to_char(c.date, 'YYYY-MM-DD') AS date, c.regency_code, c.join_code,
       c.status, c.created_at, c.created_by, (SELECT f.name FROM facilitator_profile f WHERE f.id = c.created_by) AS owner_name,
       (SELECT count(*) FROM participant p WHERE p.class_id = c.id AND NOT p.is_persona) AS participant_count
  FROM training_class c`;

/** Classes (kelas) as facilitators run them: create, list, change, participants, PINs, personas. */
@Injectable()
export class ClassesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly regions: RegionsService,
    private readonly clock: ClockService,
    private readonly facilitators: FacilitatorsService,
    presence: Presence,
    @Inject(ENV) private readonly env: Env,
  ) {
    // "Terakhir aktif" on the participant list: when her phone last connected its socket (best effort).
    presence.onConnected(async (principal) => {
      if (principal.kind === 'participant') await this.dataSource.query(`UPDATE participant SET last_seen_at = now() WHERE id = $1`, [principal.id]);
    });
  }

  /** Whether any class exists at all (the first-start seed runs only on an empty database). */
  async hasAny(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row] = (await manager.query(`SELECT EXISTS (SELECT 1 FROM training_class) AS any`)) as { any: boolean }[];
    return row!.any;
  }

  async create(facilitator: Principal, input: CreateClassRequest): Promise<ClassView> {
    this.regions.requireRegency(input.regencyCode);
    return this.withFreeJoinCode((joinCode) =>
      this.uow.run(async (tx) => {
        const repository = tx.manager.getRepository(TrainingClass);
        const created = await repository.save(
          repository.create({
            name: input.name.trim(),
            place: input.place.trim(),
            date: input.date,
            regencyCode: input.regencyCode,
            joinCode,
            status: 'open',
            createdBy: facilitator.id,
          }),
        );
        await tx.manager.query(`INSERT INTO class_facilitator (class_id, facilitator_id) VALUES ($1, $2)`, [created.id, facilitator.id]);
        await this.clock.create(tx.manager, created.id, new Date());
        await tx.record({
          type: 'class.created',
          classId: created.id,
          actorId: facilitator.id,
          payload: { name: created.name, joinCode },
          rooms: [rooms.facilitator(facilitator.id)],
        });
        // Read before commit: a 503 for a class made is then always "nothing done" (nothing-done.ts).
        return this.get(created.id, tx.manager);
      }),
    );
  }

  /** The classes this facilitator runs; all classes for an admin. */
  async list(viewer: Principal): Promise<ClassView[]> {
    const rows: ClassRow[] =
      viewer.kind === 'facilitator' && viewer.role === 'admin'
        ? await this.dataSource.query(`${CLASS_SELECT} ORDER BY c.date DESC, c.created_at DESC`)
        : await this.dataSource.query(
            `${CLASS_SELECT} JOIN class_facilitator cf ON cf.class_id = c.id AND cf.facilitator_id = $1
              ORDER BY c.date DESC, c.created_at DESC`,
            [viewer.id],
          );
    return rows.map((row) => this.view(row));
  }

  /** The class a participant is in, or undefined. */
  async classOf(participantId: string): Promise<string | undefined> {
    const rows: { class_id: string }[] = await this.dataSource.query(`SELECT class_id FROM participant WHERE id = $1`, [participantId]);
    return rows[0]?.class_id;
  }

  /** `manager`: a use case's transaction, so its answer is read before it commits (see JoiningService.join). */
  async get(classId: string, manager: EntityManager = this.dataSource.manager): Promise<ClassView> {
    const rows: ClassRow[] = await manager.query(`${CLASS_SELECT} WHERE c.id = $1`, [classId]);
    if (!rows[0]) throw classErrors.classNotFound();
    return this.view(rows[0]);
  }

  async detail(classId: string, requestHost: string | undefined, requestProtocol?: string): Promise<ClassDetailView> {
    const view = await this.get(classId);
    const base = publicBase(this.env.publicUrl, requestHost, requestProtocol);
    const joinUrl = `${base.url}/gabung/${view.joinCode}`;
    const facilitators: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT f.id, f.name FROM class_facilitator cf JOIN facilitator_profile f ON f.id = cf.facilitator_id WHERE cf.class_id = $1 ORDER BY f.name, f.id`,
      [classId],
    );
    return {
      ...view,
      joinUrl,
      joinQrSvg: await qrSvg(joinUrl, 2),
      facilitators: facilitators.map((f) => f.name),
      team: facilitators.map((f) => ({ id: f.id, name: f.name })),
      joinUrlSure: base.sure,
      joinBaseChoices: base.candidates,
    };
  }

  /** The join link and QR for an address the facilitator chose or typed on the projector page. */
  async joinLink(classId: string, chosenBase: string | undefined): Promise<JoinLinkView> {
    const base = parseChosenBase(chosenBase);
    if (!base) throw classErrors.invalidJoinBase();
    const view = await this.get(classId);
    const joinUrl = `${base}/gabung/${view.joinCode}`;
    return { joinUrl, joinQrSvg: await qrSvg(joinUrl, 2) };
  }

  async update(classId: string, actor: Principal, changes: UpdateClassRequest): Promise<ClassView> {
    if (changes.regencyCode) this.regions.requireRegency(changes.regencyCode);
    const attempt = (freshCode?: string) =>
      this.uow.run(async (tx) => {
        const repository = tx.manager.getRepository(TrainingClass);
        const current = await repository.findOne({ where: { id: classId }, lock: { mode: 'pessimistic_write' } });
        if (!current) throw classErrors.classNotFound();
        const patch: Partial<TrainingClass> = {};
        if (changes.name !== undefined) patch.name = changes.name.trim();
        if (changes.place !== undefined) patch.place = changes.place.trim();
        if (changes.date !== undefined) patch.date = changes.date;
        if (changes.regencyCode !== undefined) patch.regencyCode = changes.regencyCode;
        if (changes.status !== undefined && changes.status !== current.status) {
          if (!canChangeStatus(current.status, changes.status)) throw classErrors.invalidStatusChange(current.status, changes.status);
          patch.status = changes.status;
          patch.statusChangedAt = new Date();
          // Re-opening: the old code may have gone to another open class meanwhile.
          if (changes.status === 'open' && freshCode) patch.joinCode = freshCode;
        }
        if (Object.keys(patch).length === 0) return;
        await repository.update({ id: classId }, patch);
        await tx.record({
          type: 'class.updated',
          classId,
          actorId: actor.id,
          payload: { ...patch, statusChangedAt: undefined },
          rooms: [rooms.class(classId), rooms.facilitators(classId)],
        });
      });
    try {
      await attempt();
    } catch (error) {
      if (!isUniqueViolation(error, 'training_class_open_join_code_key')) throw error;
      await this.withFreeJoinCode((code) => attempt(code));
    }
    return this.get(classId);
  }

  /**
   * The class's owner (the facilitator who created it) or an admin adds a co-facilitator by her account's email.
   * From then on both run the console (the access guard reads `class_facilitator`) and the class is in both lists.
   * Adding someone already in the class changes nothing and records nothing.
   */
  async addFacilitator(classId: string, actor: Principal, email: string): Promise<ClassDetailView['facilitators']> {
    await this.uow.run(async (tx) => {
      const [owner] = (await tx.manager.query(`SELECT created_by FROM training_class WHERE id = $1 FOR UPDATE`, [classId])) as { created_by: string }[];
      if (!owner) throw classErrors.classNotFound();
      const isAdmin = actor.kind === 'facilitator' && actor.role === 'admin';
      if (!isAdmin && owner.created_by !== actor.id) throw classErrors.ownerOnly();
      const found = await this.facilitators.activeByEmail(tx.manager, email);
      if (!found) throw classErrors.facilitatorNotFound();
      const inserted: unknown[] = await tx.manager.query(
        `INSERT INTO class_facilitator (class_id, facilitator_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING facilitator_id`,
        [classId, found.id],
      );
      if (inserted.length === 0) return;
      await tx.record({
        type: 'class.facilitator_added',
        classId,
        actorId: actor.id,
        payload: { facilitatorId: found.id, name: found.name },
        rooms: [rooms.facilitators(classId), rooms.facilitator(found.id)],
      });
    });
    return (await this.detail(classId, undefined)).facilitators;
  }

  /**
   * The class's owner or an admin removes a co-facilitator. Her access ends at once: every request checks
   * `class_facilitator`, and her open consoles are told (`class.facilitator_removed` in her own room) and taken out
   * of the class's rooms by the realtime gateway. The owner cannot be removed; removing someone who is not (or no
   * longer) in the class changes nothing and records nothing, so a double tap is harmless.
   */
  async removeFacilitator(classId: string, actor: Principal, facilitatorId: string): Promise<ClassDetailView['facilitators']> {
    await this.uow.run(async (tx) => {
      const [owner] = (await tx.manager.query(`SELECT created_by FROM training_class WHERE id = $1 FOR UPDATE`, [classId])) as { created_by: string }[];
      if (!owner) throw classErrors.classNotFound();
      const isAdmin = actor.kind === 'facilitator' && actor.role === 'admin';
      if (!isAdmin && owner.created_by !== actor.id) throw classErrors.ownerOnly();
      if (facilitatorId === owner.created_by) throw classErrors.ownerNotRemovable();
      const removed: { name: string }[] = await tx.manager.query(
        `SELECT f.name FROM class_facilitator cf JOIN facilitator_profile f ON f.id = cf.facilitator_id WHERE cf.class_id = $1 AND cf.facilitator_id = $2`,
        [classId, facilitatorId],
      );
      if (!removed[0]) return;
      await tx.manager.query(`DELETE FROM class_facilitator WHERE class_id = $1 AND facilitator_id = $2`, [classId, facilitatorId]);
      await tx.record({
        type: 'class.facilitator_removed',
        classId,
        actorId: actor.id,
        payload: { facilitatorId, name: removed[0].name },
        rooms: [rooms.facilitators(classId), rooms.facilitator(facilitatorId)],
      });
    });
    return (await this.detail(classId, undefined)).facilitators;
  }

  async participants(classId: string): Promise<ParticipantView[]> {
    const rows: ParticipantRow[] = await this.dataSource.query(
      `SELECT p.id, p.display_name, p.name_number, p.role, p.phone, p.village, p.is_persona, p.joined_at, p.last_seen_at,
              p.persona_destination, s.id AS shop_id, s.name AS shop_name
         FROM participant p LEFT JOIN shop_profile s ON s.participant_id = p.id
        WHERE p.class_id = $1
        ORDER BY p.joined_at, p.id`,
      [classId],
    );
    return rows.map((row) => ({
      id: row.id,
      name: numberedName(row.display_name, row.name_number),
      role: row.role,
      phone: row.phone,
      village: row.village,
      isPersona: row.is_persona,
      joinedAt: row.joined_at.toISOString(),
      lastSeenAt: row.last_seen_at ? row.last_seen_at.toISOString() : null,
      shopId: row.shop_id,
      shopName: row.shop_name,
      destination: row.is_persona ? (row.persona_destination ?? 'city') : null,
    }));
  }

  /** A fresh 6-digit PIN (30 minutes, single use) that moves a participant to another phone. */
  async issuePin(classId: string, participantId: string, actor: Principal): Promise<PinView> {
    const pin = newPin();
    const pinHash = await hashPassword(pin);
    const expiresAt = new Date(Date.now() + PIN_LIFETIME_MS);
    await this.uow.run(async (tx) => {
      const result = await tx.manager.getRepository(Participant).update({ id: participantId, classId }, { pinHash, pinExpiresAt: expiresAt });
      if (!result.affected) throw classErrors.participantNotFound();
      await tx.record({
        type: 'participant.pin_issued',
        classId,
        actorId: actor.id,
        payload: { participantId, expiresAt: expiresAt.toISOString() },
        rooms: [rooms.facilitators(classId)],
      });
    });
    return { pin, expiresAt: expiresAt.toISOString() };
  }

  /** A demo buyer the facilitators act as (demo orders come with the console issue). */
  async createPersona(classId: string, actor: Principal, input: CreatePersonaRequest): Promise<ParticipantView> {
    const id = await this.uow.run(async (tx) => {
      const participant = await this.insertParticipant(tx.manager, classId, {
        displayName: input.displayName,
        role: 'buyer',
        phone: input.phone ?? null,
        village: input.village ?? null,
        isPersona: true,
        createdBy: actor.id,
        personaDestination: input.destination ?? 'city',
      });
      await tx.record({
        type: 'participant.persona_created',
        classId,
        actorId: actor.id,
        payload: { participantId: participant.id, name: numberedName(participant.displayName, participant.nameNumber) },
        rooms: [rooms.facilitators(classId)],
      });
      return participant.id;
    });
    return (await this.participants(classId)).find((p) => p.id === id)!;
  }

  /** Renames a demo buyer persona or moves her (near, city, far); her next demo orders go to her new home. */
  async updatePersona(classId: string, personaId: string, actor: Principal, input: UpdatePersonaRequest): Promise<ParticipantView> {
    await this.uow.run(async (tx) => {
      const [row] = (await tx.manager.query(`SELECT id FROM participant WHERE id = $1 AND class_id = $2 AND is_persona FOR UPDATE`, [personaId, classId])) as {
        id: string;
      }[];
      if (!row) throw classErrors.participantNotFound();
      const patch: Partial<Participant> = {};
      if (input.displayName !== undefined) {
        const displayName = cleanDisplayName(input.displayName);
        const key = nameKey(displayName);
        await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`participant-name:${classId}:${key}`]);
        const [{ next }] = (await tx.manager.query(
          `SELECT coalesce(max(name_number), 0) + 1 AS next FROM participant WHERE class_id = $1 AND name_key = $2 AND id <> $3`,
          [classId, key, personaId],
        )) as { next: number }[];
        Object.assign(patch, { displayName, nameKey: key, nameNumber: Number(next) });
      }
      if (input.destination !== undefined) patch.personaDestination = input.destination;
      if (Object.keys(patch).length > 0) await tx.manager.getRepository(Participant).update({ id: personaId }, patch);
      await tx.record({
        type: 'participant.persona_updated',
        classId,
        actorId: actor.id,
        payload: { participantId: personaId, ...(input.displayName !== undefined ? { name: input.displayName } : {}), ...(input.destination ? { destination: input.destination } : {}) },
        rooms: [rooms.facilitators(classId)],
      });
    });
    return (await this.participants(classId)).find((p) => p.id === personaId)!;
  }

  /**
   * Adds a participant, numbering a repeated name ("Siti (2)"). An advisory lock per class and name
   * makes two phones that send the same name at once get 1 and 2, never a clash.
   */
  async insertParticipant(
    manager: EntityManager,
    classId: string,
    input: Pick<Participant, 'displayName' | 'role' | 'phone' | 'village' | 'isPersona' | 'createdBy'> & Partial<Pick<Participant, 'personaDestination'>>,
  ): Promise<Participant> {
    const displayName = cleanDisplayName(input.displayName);
    const key = nameKey(displayName);
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`participant-name:${classId}:${key}`]);
    const [{ next }] = (await manager.query(
      `SELECT coalesce(max(name_number), 0) + 1 AS next FROM participant WHERE class_id = $1 AND name_key = $2`,
      [classId, key],
    )) as { next: number }[];
    const repository = manager.getRepository(Participant);
    return repository.save(
      repository.create({ ...input, classId, displayName, nameKey: key, nameNumber: Number(next), lastSeenAt: new Date() }),
    );
  }

  private view(row: ClassRow): ClassView {
    return {
      id: row.id,
      name: row.name,
      place: row.place,
      date: row.date,
      regencyCode: row.regency_code,
      regencyLabel: this.regions.getRegency(row.regency_code)?.label ?? row.regency_code,
      timeZone: timeZoneOfRegency(row.regency_code),
      joinCode: row.join_code,
      status: row.status,
      participantCount: Number(row.participant_count),
      createdAt: row.created_at.toISOString(),
      ownerId: row.created_by,
      ownerName: row.owner_name ?? '',
    };
  }

  /** Retries with a new random code when one collides with an open class (there are 23^6 ≈ 148 million). */
  private async withFreeJoinCode<T>(work: (code: string) => Promise<T>): Promise<T> {
    for (let attempt = 0; attempt < 8; attempt++) {
      try {
        return await work(newJoinCode());
      } catch (error) {
        if (!isUniqueViolation(error, 'training_class_open_join_code_key')) throw error;
      }
    }
    throw classErrors.joinCodeExhausted();
  }
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' && (!constraint || driverError.constraint === constraint);
}
