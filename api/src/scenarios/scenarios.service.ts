import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ProductsService } from '../catalog/products.service.js';
import { isUniqueViolation } from '../classes/classes.service.js';
import { numberedName } from '../classes/participant-name.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { requiredIdempotencyKey } from '../common/idempotency/idempotency.js';
import { OrderReadModel } from '../orders/order-read-model.js';
import { WalletService } from '../wallet/wallet.service.js';
import type { ScenarioRunOrderView, ScenarioRunView, ScenarioView, StartScenarioRequest } from './dto/scenarios.dto.js';
import { PersonaBuyerService } from './persona-buyer.service.js';
import { isScenarioId, type Scenario, SCENARIO_IDS, SCENARIOS, stepData } from './scenario-definitions.js';
import { ScenarioRunner } from './scenario-runner.service.js';
import { scenarioErrors } from './scenarios.errors.js';

const START_LIMIT = { max: 20, windowSeconds: 60 };
const PARALLEL_RUNS = 4;
/** One start targets at most this many trainees (TOO_MANY_TARGETS beyond). */
const MAX_TARGETS = 100;
/** The partial unique index that lets a trainee have one active (waiting or running) run at a time. */
const ONE_ACTIVE_RUN_INDEX = 'scenario_run_one_active_per_trainee';

interface RunViewRow {
  id: string;
  scenario_id: ScenarioView['id'];
  target_participant_id: string;
  target_shop_id: string;
  display_name: string;
  name_number: number;
  status: ScenarioRunView['status'];
  next_step: number;
  error_code: string | null;
  outcome: Record<string, unknown>[];
  started_at: Date;
  finished_at: Date | null;
}

/** The scenarios a facilitator can inject, their runs, and starting them for one trainee or all. */
@Injectable()
export class ScenariosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly limiter: RateLimiter,
    private readonly buyers: PersonaBuyerService,
    private readonly runner: ScenarioRunner,
    private readonly products: ProductsService,
    private readonly wallet: WalletService,
    private readonly orders: OrderReadModel,
  ) {}

  list(): ScenarioView[] {
    return SCENARIO_IDS.map((id) => {
      const scenario = SCENARIOS[id];
      return {
        id,
        titleKey: `scenarios.${id}.title`,
        steps: scenario.steps.map((step) => ({ do: step.do, with: stepData(step) })),
      };
    });
  }

  /**
   * One run per target trainee, under the request's Idempotency-Key (the same key again returns the same runs and
   * starts nothing). A trainee has one active run at a time: a start that names one who has (a run another console
   * started a moment before with its own key, or one still waiting on the class clock) starts nothing and is refused
   * with 409 SCENARIO_ALREADY_RUNNING. Each new run is carried out at once until it ends or waits on the class clock.
   */
  async start(classId: string, actor: Principal, scenarioId: string, idempotencyKey: string | undefined, request: StartScenarioRequest): Promise<ScenarioRunView[]> {
    if (!isScenarioId(scenarioId)) throw scenarioErrors.scenarioNotFound();
    const key = requiredIdempotencyKey(idempotencyKey);
    if (!request.participantId === !request.all) throw scenarioErrors.targetRequired();
    await this.limiter.hit([{ bucket: `scenarios:${classId}`, ...START_LIMIT }]);
    const scenario = SCENARIOS[scenarioId];
    const existing = await this.runIds(classId, key);
    if (existing.length > 0) return this.runs(classId, existing);

    const persona = await this.buyers.resolve(classId, actor, request.personaId);
    const targets = await this.targets(classId, scenario, request.participantId);
    let created: string[];
    try {
      created = await this.insertRuns(classId, actor, scenarioId, key, persona.id, targets);
    } catch (error) {
      if (!isUniqueViolation(error, ONE_ACTIVE_RUN_INDEX)) throw error;
      // The same key from the other console, committed a moment before ours: its runs are ours too.
      const same = await this.runIds(classId, key);
      if (same.length > 0) return this.runs(classId, same);
      throw scenarioErrors.alreadyRunning();
    }
    // A few at a time: a class of 30 gets its drill in seconds, without flooding the pool or the gateway.
    for (let i = 0; i < created.length; i += PARALLEL_RUNS) {
      await Promise.all(created.slice(i, i + PARALLEL_RUNS).map((id) => this.runner.advance(id)));
    }
    return this.runs(classId, await this.runIds(classId, key));
  }

  /** Runs of the class, newest first (or these ids, in the order they started: the trainees' joining order). */
  async runs(classId: string, ids?: string[]): Promise<ScenarioRunView[]> {
    const rows: RunViewRow[] = await this.dataSource.query(
      `SELECT r.id, r.scenario_id, r.target_participant_id, r.target_shop_id, p.display_name, p.name_number, r.status, r.next_step,
              r.error_code, r.outcome, r.started_at, r.finished_at
         FROM scenario_run r JOIN participant_profile p ON p.id = r.target_participant_id
        WHERE r.class_id = $1 AND ($2::uuid[] IS NULL OR r.id = ANY($2::uuid[]))
        ORDER BY CASE WHEN $2::uuid[] IS NULL THEN r.started_at END DESC, r.started_at, p.joined_at, r.id LIMIT 200`,
      [classId, ids ?? null],
    );
    const orders = await this.runOrders(rows.map((row) => row.id));
    return rows.map((row) => ({
      id: row.id,
      scenarioId: row.scenario_id,
      participantId: row.target_participant_id,
      traineeName: numberedName(row.display_name, row.name_number),
      shopId: row.target_shop_id,
      status: row.status,
      nextStep: row.next_step,
      stepCount: SCENARIOS[row.scenario_id]?.steps.length ?? 0,
      errorCode: row.error_code,
      outcome: row.outcome,
      orders: orders.get(row.id) ?? [],
      startedAt: row.started_at.toISOString(),
      finishedAt: row.finished_at?.toISOString() ?? null,
    }));
  }

  /** The orders each run placed, in the order they were placed: the links are ours, the invoice and state orders'. */
  private async runOrders(runIds: string[]): Promise<Map<string, ScenarioRunOrderView[]>> {
    const byRun = new Map<string, ScenarioRunOrderView[]>();
    if (runIds.length === 0) return byRun;
    const links: { run_id: string; order_id: string; role: string }[] = await this.dataSource.query(
      `SELECT run_id, order_id, role FROM scenario_run_order WHERE run_id = ANY($1::uuid[])`,
      [runIds],
    );
    const linksOf = new Map<string, { run_id: string; role: string }[]>();
    for (const link of links) linksOf.set(link.order_id, [...(linksOf.get(link.order_id) ?? []), link]);
    for (const order of await this.orders.invoiceStates(this.dataSource.manager, [...linksOf.keys()])) {
      for (const link of linksOf.get(order.id)!) {
        const list = byRun.get(link.run_id) ?? [];
        list.push({ orderId: order.id, invoiceNumber: order.invoice_number, role: link.role, state: order.state });
        byRun.set(link.run_id, list);
      }
    }
    return byRun;
  }

  /**
   * The runs of one start, all in one transaction: when one of the trainees already has an active run (another
   * console's start, a drill still waiting on the class clock), the database refuses it (ONE_ACTIVE_RUN_INDEX) and
   * none of them is started. Returns the ids of the runs made (none when the key was used already).
   */
  private insertRuns(
    classId: string,
    actor: Principal,
    scenarioId: string,
    idempotencyKey: string,
    personaId: string,
    targets: { participantId: string; shopId: string }[],
  ): Promise<string[]> {
    return this.uow.run(async (tx) => {
      const created: string[] = [];
      for (const target of targets) {
        const rows: { id: string }[] = await tx.manager.query(
          `INSERT INTO scenario_run (class_id, scenario_id, batch_key, target_participant_id, target_shop_id, persona_id, started_by, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting')
           ON CONFLICT (class_id, batch_key, target_participant_id) DO NOTHING RETURNING id`,
          [classId, scenarioId, idempotencyKey, target.participantId, target.shopId, personaId, actor.kind === 'facilitator' ? actor.id : null],
        );
        if (!rows[0]) continue;
        await tx.record({
          type: 'scenario.started',
          classId,
          actorId: actor.id,
          payload: { runId: rows[0].id, scenarioId, participantId: target.participantId, shopId: target.shopId, personaId },
          rooms: [rooms.facilitators(classId)],
        });
        created.push(rows[0].id);
      }
      return created;
    });
  }

  private async runIds(classId: string, key: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM scenario_run WHERE class_id = $1 AND batch_key = $2`, [classId, key]);
    return rows.map((row) => row.id);
  }

  /**
   * The trainee named, or for "all" the trainees the scenario can work on (an active product in stock, a perishable
   * one, an open bank account), in joining order. The trainees come from the read models; what each shop has is asked
   * of its owner (catalog, wallet) in one more statement, so the limit of MAX_TARGETS counts after that filter and the
   * class's trainees are listed without one. A trainee named is taken as she is: a step that needs what she lacks ends
   * her run with its code (NO_PERISHABLE_PRODUCT, NO_BANK_ACCOUNT …).
   */
  private async targets(classId: string, scenario: Scenario, participantId: string | undefined): Promise<{ participantId: string; shopId: string }[]> {
    const trainees: { participant_id: string; shop_id: string }[] = await this.dataSource.query(
      `SELECT p.id AS participant_id, s.id AS shop_id
         FROM participant_profile p JOIN shop_profile s ON s.participant_id = p.id
        WHERE p.class_id = $1 AND p.role = 'trainee' AND ($2::uuid IS NULL OR p.id = $2::uuid) AND ($2::uuid IS NOT NULL OR NOT p.is_persona)
        ORDER BY p.joined_at, p.id`,
      [classId, participantId ?? null],
    );
    if (participantId && trainees.length === 0) throw scenarioErrors.traineeNotFound();
    const able = participantId || trainees.length === 0 ? null : await this.shopsAbleFor(scenario, trainees.map((row) => row.shop_id));
    const rows = able ? trainees.filter((row) => able.has(row.shop_id)) : trainees;
    if (rows.length === 0) throw scenarioErrors.noTargets();
    if (rows.length > MAX_TARGETS) throw scenarioErrors.tooManyTargets();
    return rows.map((row) => ({ participantId: row.participant_id, shopId: row.shop_id }));
  }

  /** Of these shops, the ones the scenario can work on, as their owners say. */
  private shopsAbleFor(scenario: Scenario, shopIds: string[]): Promise<Set<string>> {
    const manager = this.dataSource.manager;
    switch (scenario.needs) {
      case 'bankAccount':
        return this.wallet.shopsWithOpenBankAccount(shopIds);
      case 'perishable':
        return this.products.shopsWithOrderable(manager, shopIds, 'perishable');
      case 'product':
        return this.products.shopsWithOrderable(manager, shopIds, 'any');
    }
  }
}
