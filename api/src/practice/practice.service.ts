import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import sharp from 'sharp';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ChatService } from '../chat/chat.service.js';
import { ClassesService } from '../classes/classes.service.js';
import { ClockService } from '../clock/clock.service.js';
import { SchedulerService } from '../clock/scheduler.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { rooms } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { MediaService } from '../media/media.service.js';
import { MissionFactsRepository } from '../missions/mission-facts.repository.js';
import { MissionsService } from '../missions/missions.service.js';
import { FulfilmentService } from '../orders/fulfilment.service.js';
import { OrderReadModel } from '../orders/order-read-model.js';
import { type Persona, PersonaBuyerService } from '../scenarios/persona-buyer.service.js';
import { transferProofSvg } from '../scenarios/transfer-proof.js';
import type {
  ClassMessageView,
  MyPracticeWeekView,
  PracticeFollowUpView,
  PracticeSettingsView,
  UpdatePracticeSettingsRequest,
} from './dto/practice.dto.js';
import {
  DAY_MS,
  endsAt,
  FRAUD_TEXT,
  nextStep,
  planVisit,
  PRACTICE_DEFAULTS,
  type PracticeRhythm,
  rhythmProblem,
  slotCount,
  slotDay,
  slotDue,
  UNPAID_TEXT,
} from './practice-plan.js';
import { practiceErrors } from './practice.errors.js';

/** Scheduled on the class clock, one per slot: the persona buyers visit every trainee with an active product. */
export const PRACTICE_VISIT_TASK = 'practice.visit';

interface SettingRow {
  class_id: string;
  enabled: boolean;
  days_open: number;
  orders_per_day: number;
  unpaid_percent: number;
  fraud_percent: number;
  seed: number;
  generation: number;
  starts_sim: Date | null;
  ends_sim: Date | null;
}

interface VisitRow {
  id: string;
  class_id: string;
  generation: number;
  slot: number;
  participant_id: string;
  shop_id: string;
  trainee_index: number;
  status: 'pending' | 'done' | 'failed';
  order_id: string | null;
  persona_id: string | null;
  fraud: boolean;
  due_sim: Date;
}

/** States of a practice order the trainee has handled: shipped, or gone further. */
const HANDLED_STATES = new Set(['SHIPPED', 'DELIVERED', 'COMPLETED', 'RETURNED']);
const MESSAGE_LIMIT = { max: 5, windowSeconds: 60 };

/**
 * "Latihan Mandiri": after the session the class stays open for N class days and the facilitator's persona buyers
 * come by themselves, on the class clock, at the rhythm she set. Each visit goes through the same use cases as a demo
 * order and the scenarios (PersonaBuyerService: the checkout quote and placement, the simulator's bank app; chat as the
 * buyer; "Pesanan Diterima" as the buyer): there is no other way to make an order. The choices are drawn from a seeded
 * hash (practice-plan.ts), so a test knows which visit pays.
 */
@Injectable()
export class PracticeService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PracticeService.name);
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly scheduler: SchedulerService,
    private readonly clock: ClockService,
    private readonly classes: ClassesService,
    private readonly buyers: PersonaBuyerService,
    private readonly chat: ChatService,
    private readonly media: MediaService,
    private readonly fulfilment: FulfilmentService,
    private readonly orders: OrderReadModel,
    private readonly trainees: MissionFactsRepository,
    private readonly missions: MissionsService,
    private readonly limiter: RateLimiter,
  ) {}

  onModuleInit(): void {
    this.scheduler.registerHandler(PRACTICE_VISIT_TASK, async (task, tx) => {
      const classId = task.classId;
      const generation = Number(task.payload.generation);
      const slot = Number(task.payload.slot);
      const visits = await this.openSlot(tx, classId, generation, slot);
      // After the claim commits, in the background: a scheduler worker is not held for the buyers' steps.
      if (visits) tx.afterCommit(() => this.kick(classId));
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.running.values()]);
  }

  /** Waits for visits carried out in the background (tests). */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  async settings(classId: string): Promise<PracticeSettingsView> {
    const row = await this.settingRow(this.dataSource.manager, classId);
    return this.settingsView(classId, row);
  }

  /**
   * Switches the practice on (from now on the class clock, for `daysOpen` days) or off, and sets the rhythm. Every
   * change starts a new generation: tasks of the old one do nothing when they come due.
   */
  async update(classId: string, actor: Principal, request: UpdatePracticeSettingsRequest): Promise<PracticeSettingsView> {
    const problem = rhythmProblem(request);
    if (problem) throw practiceErrors.invalidSettings(problem);
    // The class's first persona buyer, created when there is none (as a demo order does).
    if (request.enabled) await this.buyers.resolve(classId, actor);
    const row = await this.uow.run(async (tx) => {
      const now = await this.clock.now(classId, tx.manager);
      const [stored] = (await tx.manager.query(`SELECT * FROM practice_setting WHERE class_id = $1 FOR UPDATE`, [classId])) as SettingRow[];
      // What already holds changes nothing (two facilitators saving the same rhythm start one period, not two).
      if (stored && sameSettings(stored, request) && (!request.enabled || (stored.ends_sim !== null && stored.ends_sim > now))) return stored;
      const seed = stored?.seed ?? Math.floor(Math.random() * 0x7fffffff);
      const generation = (stored?.generation ?? 0) + 1;
      const startsSim = request.enabled ? now : (stored?.starts_sim ?? null);
      const endsSim = request.enabled ? endsAt(now, request.daysOpen) : stored?.enabled && stored.ends_sim && stored.ends_sim > now ? now : (stored?.ends_sim ?? null);
      const [saved] = (await tx.manager.query(
        `INSERT INTO practice_setting (class_id, enabled, days_open, orders_per_day, unpaid_percent, fraud_percent, seed, generation, starts_sim, ends_sim, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
         ON CONFLICT (class_id) DO UPDATE SET enabled = $2, days_open = $3, orders_per_day = $4, unpaid_percent = $5, fraud_percent = $6,
                generation = $8, starts_sim = $9, ends_sim = $10, updated_by = $11, updated_at = now()
         RETURNING *`,
        [
          classId,
          request.enabled,
          request.daysOpen,
          request.ordersPerDay,
          request.unpaidPercent,
          request.fraudPercent,
          seed,
          generation,
          startsSim,
          endsSim,
          actor.kind === 'facilitator' ? actor.id : null,
        ],
      )) as SettingRow[];
      if (request.enabled) await this.scheduleSlot(tx, saved!, 0);
      await tx.record({
        type: 'practice.settings_changed',
        classId,
        actorId: actor.id,
        payload: {
          enabled: request.enabled,
          daysOpen: request.daysOpen,
          ordersPerDay: request.ordersPerDay,
          endsAt: endsSim ? endsSim.toISOString() : null,
        },
        rooms: [rooms.facilitators(classId)],
      });
      return saved!;
    });
    return this.settingsView(classId, row);
  }

  /** The facilitator's follow-up: who kept practising since the day, with missions, last activity and practice orders. */
  async followUp(classId: string): Promise<PracticeFollowUpView> {
    const [klass, grid, visits] = await Promise.all([
      this.classes.get(classId),
      this.missions.grid(classId),
      this.dataSource.query(`SELECT participant_id, order_id FROM practice_visit WHERE class_id = $1 AND order_id IS NOT NULL`, [classId]) as Promise<
        { participant_id: string; order_id: string }[]
      >,
    ]);
    const cards = await this.orders.cards(this.dataSource.manager, visits.map((visit) => visit.order_id));
    // The class day ends at midnight in WIB (the class zone's default): what comes after is practice at home.
    const dayEnds = new Date(new Date(`${klass.date}T00:00:00+07:00`).getTime() + DAY_MS);
    const byTrainee = new Map<string, { orders: number; handled: number; waiting: number }>();
    for (const visit of visits) {
      const tally = byTrainee.get(visit.participant_id) ?? { orders: 0, handled: 0, waiting: 0 };
      const state = cards.get(visit.order_id)?.state;
      tally.orders++;
      if (state && HANDLED_STATES.has(state)) tally.handled++;
      if (state === 'PAID') tally.waiting++;
      byTrainee.set(visit.participant_id, tally);
    }
    const trainees = grid.trainees.map((row) => {
      const tally = byTrainee.get(row.participantId) ?? { orders: 0, handled: 0, waiting: 0 };
      return {
        participantId: row.participantId,
        name: row.name,
        shopName: row.shopName,
        missionsDone: row.doneCount,
        missionsTotal: row.missions.length,
        lastActivityAt: row.lastActivityAt,
        activeSinceClass: row.lastActivityAt !== null && new Date(row.lastActivityAt) >= dayEnds,
        practiceOrders: tally.orders,
        practiceHandled: tally.handled,
        practiceWaiting: tally.waiting,
      };
    });
    trainees.sort(
      (a, b) =>
        Number(b.activeSinceClass) - Number(a.activeSinceClass) ||
        (b.lastActivityAt ?? '').localeCompare(a.lastActivityAt ?? '') ||
        a.name.localeCompare(b.name),
    );
    return { classDate: klass.date, activeCount: trainees.filter((t) => t.activeSinceClass).length, trainees };
  }

  /** "Kirim pesan ke kelas": one notification to every trainee of the class, in one transaction. */
  async messageClass(classId: string, actor: Principal, text: string): Promise<ClassMessageView> {
    await this.limiter.hit([{ bucket: `practice-message:${classId}`, ...MESSAGE_LIMIT }]);
    const recipients = (await this.trainees.trainees(classId)).map((trainee) => trainee.participantId);
    if (recipients.length === 0) throw practiceErrors.noTrainees();
    await this.uow.run(async (tx) => {
      await tx.record({
        type: 'practice.class_message',
        classId,
        actorId: actor.id,
        payload: { text: text.trim(), from: actor.name, recipientIds: recipients },
        rooms: [rooms.facilitators(classId)],
      });
    });
    return { sent: recipients.length };
  }

  /** "Latihan minggu ini": what the persona buyers did at her shop in the last seven class days, and what to do next. */
  async myWeek(principal: Principal): Promise<MyPracticeWeekView> {
    if (principal.kind !== 'participant' || principal.role !== 'trainee') throw practiceErrors.traineesOnly();
    const [setting, now] = await Promise.all([this.settingRow(this.dataSource.manager, principal.classId), this.clock.now(principal.classId)]);
    const visits = (await this.dataSource.query(
      `SELECT order_id, fraud FROM practice_visit WHERE participant_id = $1 AND due_sim > $2 AND order_id IS NOT NULL`,
      [principal.id, new Date(now.getTime() - 7 * DAY_MS)],
    )) as { order_id: string; fraud: boolean }[];
    const cards = await this.orders.cards(this.dataSource.manager, visits.map((visit) => visit.order_id));
    const states = visits.map((visit) => cards.get(visit.order_id)?.state);
    const counts = {
      came: visits.length,
      toShip: states.filter((state) => state === 'PAID').length,
      unpaid: states.filter((state) => state === 'AWAITING_PAYMENT').length,
      fraud: visits.filter((visit) => visit.fraud).length,
      completed: states.filter((state) => state === 'COMPLETED').length,
    };
    const open = Boolean(setting?.enabled && setting.ends_sim && setting.ends_sim > now);
    const hasProduct = principal.shopId ? (await this.buyers.pickProduct(principal.shopId, 'any')) !== null : false;
    return { open, endsAt: setting?.ends_sim ? setting.ends_sim.toISOString() : null, ...counts, next: nextStep(counts, open, hasProduct) };
  }

  /**
   * A slot came due: one visit per trainee with an active product (in joining order), and the next slot scheduled,
   * in the claiming transaction. A task of an older generation, or of a practice switched off, does nothing.
   */
  private async openSlot(tx: Transaction, classId: string, generation: number, slot: number): Promise<number> {
    const [setting] = (await tx.manager.query(`SELECT * FROM practice_setting WHERE class_id = $1 FOR UPDATE`, [classId])) as SettingRow[];
    if (!setting || !setting.enabled || setting.generation !== generation || !setting.starts_sim) return 0;
    const due = slotDue(setting.starts_sim, setting.orders_per_day, slot);
    const trainees = await this.trainees.trainees(classId, undefined, tx.manager);
    let opened = 0;
    for (const [index, trainee] of trainees.entries()) {
      const inserted = (await tx.manager.query(
        `INSERT INTO practice_visit (class_id, generation, slot, day, participant_id, shop_id, trainee_index, due_sim)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
        [classId, generation, slot, slotDay(setting.orders_per_day, slot), trainee.participantId, trainee.shopId, index, due],
      )) as unknown[];
      opened += inserted.length;
    }
    if (slot + 1 < slotCount({ daysOpen: setting.days_open, ordersPerDay: setting.orders_per_day })) await this.scheduleSlot(tx, setting, slot + 1);
    return opened;
  }

  private async scheduleSlot(tx: Transaction, setting: SettingRow, slot: number): Promise<void> {
    await this.scheduler.schedule(tx, {
      classId: setting.class_id,
      kind: PRACTICE_VISIT_TASK,
      payload: { generation: setting.generation, slot },
      dueSim: slotDue(setting.starts_sim!, setting.orders_per_day, slot),
      dedupeKey: `${PRACTICE_VISIT_TASK}:${setting.class_id}:${setting.generation}:${slot}`,
    });
  }

  /** Runs the class's pending visits in the background, one pass at a time per class (a kick meanwhile runs again). */
  kick(classId: string): void {
    if (this.stopped) return;
    if (this.running.has(classId)) {
      this.again.add(classId);
      return;
    }
    const work = (async () => {
      do {
        this.again.delete(classId);
        await this.runPending(classId);
      } while (this.again.has(classId) && !this.stopped);
    })()
      .catch((error: unknown) => this.logger.error({ msg: 'practice visits failed', classId, err: error }))
      .finally(() => this.running.delete(classId));
    this.running.set(classId, work);
  }

  /** Every pending visit of the current generation, oldest slot first; then the buyers confirm what was delivered. */
  async runPending(classId: string): Promise<void> {
    const setting = await this.settingRow(this.dataSource.manager, classId);
    if (!setting) return;
    const rhythm: PracticeRhythm = {
      daysOpen: setting.days_open,
      ordersPerDay: setting.orders_per_day,
      unpaidPercent: setting.unpaid_percent,
      fraudPercent: setting.fraud_percent,
      seed: setting.seed,
    };
    const personas = await this.personas(classId);
    const pending = (await this.dataSource.query(
      `SELECT * FROM practice_visit WHERE class_id = $1 AND generation = $2 AND status = 'pending' ORDER BY slot, trainee_index`,
      [classId, setting.generation],
    )) as VisitRow[];
    for (const visit of pending) {
      if (this.stopped) return;
      await this.visit(visit, rhythm, personas);
    }
    await this.confirmDelivered(classId, personas);
  }

  /**
   * One persona buyer at one shop: asks a question from the bank, orders the shop's product with a courier that fits
   * it (the checkout's own choice: a perishable product goes to a buyer nearby), then pays, or does not, or tries the
   * fake transfer receipt. Every step is keyed by the visit, so running it again does nothing twice.
   */
  private async visit(visit: VisitRow, rhythm: PracticeRhythm, personas: Persona[]): Promise<void> {
    const plan = planVisit(rhythm, visit.slot, visit.trainee_index, personas.length);
    const persona = personas[plan.personaIndex];
    const finish = (status: 'done' | 'failed', changes: { orderId?: string; errorCode?: string }) =>
      this.dataSource.query(
        `UPDATE practice_visit SET status = $2, order_id = COALESCE($3, order_id), error_code = $4, persona_id = $5, question = $6, paid = $7, fraud = $8, done_at = now()
          WHERE id = $1 AND status = 'pending'`,
        [visit.id, status, changes.orderId ?? null, changes.errorCode ?? null, persona?.id ?? null, plan.question.key, status === 'done' && plan.pay, plan.fraud],
      );
    if (!persona) return void (await finish('failed', { errorCode: 'PERSONA_NOT_FOUND' }));
    try {
      const [shop] = (await this.trainees.trainees(visit.class_id, [visit.participant_id])).filter((t) => t.shopId === visit.shop_id);
      if (!shop) return void (await finish('failed', { errorCode: 'PARTICIPANT_NOT_FOUND' }));
      const target = { participantId: shop.participantId, shopId: shop.shopId, shopRegencyCode: shop.shopRegencyCode };
      const product = await this.buyers.pickProduct(shop.shopId, 'any');
      if (!product) return void (await finish('failed', { errorCode: 'NO_ACTIVE_PRODUCT' }));
      await this.chat.sendAsBuyer(persona.id, shop.shopId, { clientId: `prc-${visit.id}-q`, kind: 'text', text: plan.question.text });
      const placed = await this.buyers.placeOrder(persona, target, product, {
        key: `practice-${visit.id}`,
        paymentMethod: plan.paymentMethod,
        destination: persona.destination ?? 'city',
        index: visit.slot + visit.trainee_index,
      });
      if (plan.pay) {
        await this.buyers.pay(placed.orderId);
      } else {
        await this.chat.sendAsBuyer(persona.id, shop.shopId, { clientId: `prc-${visit.id}-card`, kind: 'order', orderId: placed.orderId });
        if (plan.fraud) {
          const jpeg = await sharp(Buffer.from(transferProofSvg())).jpeg({ quality: 85 }).toBuffer();
          const proof = await this.media.store(jpeg, { participantId: persona.id, classId: visit.class_id });
          await this.chat.sendAsBuyer(persona.id, shop.shopId, { clientId: `prc-${visit.id}-image`, kind: 'image', mediaId: proof.id });
        }
        await this.chat.sendAsBuyer(persona.id, shop.shopId, { clientId: `prc-${visit.id}-text`, kind: 'text', text: plan.fraud ? FRAUD_TEXT : UNPAID_TEXT });
      }
      await finish('done', { orderId: placed.orderId });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await finish('failed', { errorCode: error.code });
    }
  }

  /** "Pesanan Diterima" as the buyer, for every practice order the courier has delivered. */
  private async confirmDelivered(classId: string, personas: Persona[]): Promise<void> {
    const rows = (await this.dataSource.query(`SELECT order_id FROM practice_visit WHERE class_id = $1 AND order_id IS NOT NULL`, [classId])) as { order_id: string }[];
    const cards = await this.orders.cards(this.dataSource.manager, rows.map((row) => row.order_id));
    for (const card of cards.values()) {
      if (card.state !== 'DELIVERED' || this.stopped) continue;
      const persona = personas.find((p) => p.id === card.buyer_id);
      if (!persona) continue;
      try {
        await this.fulfilment.confirmReceived(this.buyers.principal(persona), card.id);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
  }

  /** The class's persona buyers, in joining order. */
  private async personas(classId: string): Promise<Persona[]> {
    const participants = await this.classes.participants(classId);
    return participants
      .filter((p) => p.isPersona && p.role === 'buyer')
      .map((p) => ({ id: p.id, classId, name: p.name, phone: p.phone, destination: 'city' as const }));
  }

  private async settingRow(manager: EntityManager, classId: string): Promise<SettingRow | undefined> {
    const [row] = (await manager.query(`SELECT * FROM practice_setting WHERE class_id = $1`, [classId])) as SettingRow[];
    return row;
  }

  private async settingsView(classId: string, row: SettingRow | undefined): Promise<PracticeSettingsView> {
    const counts = row
      ? ((await this.dataSource.query(
          `SELECT count(*) FILTER (WHERE status = 'done')::int AS done, count(*) FILTER (WHERE status = 'failed')::int AS failed
             FROM practice_visit WHERE class_id = $1 AND generation = $2`,
          [classId, row.generation],
        )) as { done: number; failed: number }[])[0]!
      : { done: 0, failed: 0 };
    return {
      enabled: row?.enabled ?? false,
      daysOpen: row?.days_open ?? PRACTICE_DEFAULTS.daysOpen,
      ordersPerDay: row?.orders_per_day ?? PRACTICE_DEFAULTS.ordersPerDay,
      unpaidPercent: row?.unpaid_percent ?? PRACTICE_DEFAULTS.unpaidPercent,
      fraudPercent: row?.fraud_percent ?? PRACTICE_DEFAULTS.fraudPercent,
      startsAt: row?.starts_sim ? row.starts_sim.toISOString() : null,
      endsAt: row?.ends_sim ? row.ends_sim.toISOString() : null,
      visitsDone: counts.done,
      visitsFailed: counts.failed,
    };
  }
}

function sameSettings(stored: SettingRow, request: UpdatePracticeSettingsRequest): boolean {
  return (
    stored.enabled === request.enabled &&
    stored.days_open === request.daysOpen &&
    stored.orders_per_day === request.ordersPerDay &&
    stored.unpaid_percent === request.unpaidPercent &&
    stored.fraud_percent === request.fraudPercent
  );
}
