import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import sharp from 'sharp';
import { DataSource, type EntityManager } from 'typeorm';
import { ChatService } from '../chat/chat.service.js';
import { ClockService } from '../clock/clock.service.js';
import { SchedulerService } from '../clock/scheduler.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { MediaService } from '../media/media.service.js';
import { FulfilmentService } from '../orders/fulfilment.service.js';
import { WalletService } from '../wallet/wallet.service.js';
import { type Persona, PersonaBuyerService, type TargetShop } from './persona-buyer.service.js';
import { type ScenarioId, SCENARIOS, type ScenarioStep } from './scenario-definitions.js';
import { scenarioErrors } from './scenarios.errors.js';
import { transferProofSvg } from './transfer-proof.js';

/** Rows of an UPDATE … RETURNING (TypeORM's plain query() answers [rows, count] for those). */
export async function returning<Row>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<Row[]> {
  const owned = !manager.queryRunner;
  const runner = manager.queryRunner ?? manager.dataSource.createQueryRunner();
  try {
    return ((await runner.query(sql, parameters, true)) as { records: Row[] }).records;
  } finally {
    if (owned) await runner.release();
  }
}

/** A run "running" with no progress for this long was interrupted (its node crashed or was killed mid-step). */
export const STALE_RUN_MS = 2 * 60_000;
/** How often every node looks for such runs (the first look is at start-up). */
const RECOVERY_SWEEP_MS = 30_000;
/**
 * Steps that are safe to do again after a crash in the middle of them: each is keyed (the order by
 * `scenario-<run>-<step>`, chat messages by their client ids) or reads only. The others (pay, cancel, a failed
 * delivery, a closed bank account, a clock jump) may have happened already: a run interrupted there is ended.
 */
const RESUMABLE_STEPS = new Set<ScenarioStep['do']>(['placeOrder', 'quote', 'sendChat', 'wait']);
/** The error code of a run a crash interrupted at a step that cannot be done twice: "terhenti". */
export const SCENARIO_INTERRUPTED = 'SCENARIO_INTERRUPTED';

/** Scheduled on the class clock by a `wait` step: the run continues when it comes due. */
export const SCENARIO_CONTINUE_TASK = 'scenario.continue';

export interface RunRow {
  id: string;
  class_id: string;
  scenario_id: ScenarioId;
  target_participant_id: string;
  target_shop_id: string;
  persona_id: string;
  started_by: string | null;
  status: 'running' | 'waiting' | 'finished' | 'failed';
  next_step: number;
  context: RunContext;
  outcome: Record<string, unknown>[];
}

interface RunContext {
  /** Order labels of the scenario (`as`) → order ids. */
  orders?: Record<string, string>;
}

/**
 * Interprets scenario data one step at a time, each step through a normal use case (checkout, the payment
 * simulator's bank app, the buyer's cancel, chat, shipping, the wallet's bank hook, the clock). Progress is stored
 * after every step; a `wait` parks the run on the class clock as a durable scheduled task, and the run resumes
 * where it stopped. A step that fails ends the run with its error code (the orders already placed stay, linked).
 */
@Injectable()
export class ScenarioRunner implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ScenarioRunner.name);
  private readonly running = new Set<Promise<void>>();
  private stopped = false;
  private sweep: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly scheduler: SchedulerService,
    private readonly clock: ClockService,
    private readonly buyers: PersonaBuyerService,
    private readonly media: MediaService,
    private readonly chat: ChatService,
    private readonly fulfilment: FulfilmentService,
    private readonly wallet: WalletService,
  ) {}

  onModuleInit(): void {
    this.scheduler.registerHandler(SCENARIO_CONTINUE_TASK, async (task, tx) => {
      const runId = String(task.payload.runId);
      // After the claim commits, in the background: a scheduler worker is not held for the run's steps.
      tx.afterCommit(() => {
        this.track(this.advance(runId));
      });
    });
  }

  /** At start-up, and every half minute after: runs a crash left "running" are resumed or ended. */
  onApplicationBootstrap(): void {
    this.track(this.recoverInterrupted().then(() => undefined));
    this.sweep = setInterval(() => this.track(this.recoverInterrupted().then(() => undefined)), RECOVERY_SWEEP_MS);
    this.sweep.unref();
  }

  /**
   * Finds runs left "running" with no progress for `staleMs` (a live node stores progress after every step, so only
   * a node that died leaves one) and claims each atomically, so that of several nodes one alone recovers it. A run
   * stopped at a step that is safe to do again resumes from that step; one stopped at another step ends as
   * "terhenti" (SCENARIO_INTERRUPTED), with the step and the reason in its outcome. Returns what was done.
   */
  async recoverInterrupted(staleMs = STALE_RUN_MS): Promise<{ resumed: string[]; ended: string[] }> {
    const done = { resumed: [] as string[], ended: [] as string[] };
    if (this.stopped) return done;
    const claimed = await returning<RunRow>(
      this.dataSource.manager,
      `UPDATE scenario_run SET updated_at = now()
        WHERE id IN (SELECT id FROM scenario_run WHERE status = 'running' AND updated_at < now() - make_interval(secs => $1::double precision)
                      ORDER BY updated_at FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      [staleMs / 1000],
    );
    for (const run of claimed) {
      const scenario = SCENARIOS[run.scenario_id] as (typeof SCENARIOS)[ScenarioId] | undefined;
      const step = scenario?.steps[run.next_step];
      const outcome = [...(run.outcome ?? [])];
      if (scenario && (!step || RESUMABLE_STEPS.has(step.do))) {
        outcome.push({ step: run.next_step, do: 'resume', reason: 'interrupted' });
        await this.dataSource.query(`UPDATE scenario_run SET status = 'waiting', outcome = $2, updated_at = now() WHERE id = $1 AND status = 'running'`, [
          run.id,
          JSON.stringify(outcome),
        ]);
        this.logger.warn({ msg: 'resuming a scenario run a restart interrupted', runId: run.id, step: run.next_step });
        this.track(this.advance(run.id));
        done.resumed.push(run.id);
      } else {
        outcome.push({ step: run.next_step, do: step?.do ?? 'unknown', errorCode: SCENARIO_INTERRUPTED, reason: 'interrupted' });
        this.logger.warn({ msg: 'ending a scenario run a restart interrupted', runId: run.id, step: run.next_step });
        await this.fail(run, SCENARIO_INTERRUPTED, outcome);
        done.ended.push(run.id);
      }
    }
    return done;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweep);
    this.stopped = true;
    await Promise.allSettled([...this.running]);
  }

  /** Waits for runs continuing in the background (tests). */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Claims a run that is waiting (new, or its wait came due) and carries it on until it waits, ends or fails. */
  async advance(runId: string): Promise<void> {
    const run = (
      await returning<RunRow>(this.dataSource.manager, `UPDATE scenario_run SET status = 'running', updated_at = now() WHERE id = $1 AND status = 'waiting' RETURNING *`, [runId])
    )[0];
    if (!run) return;
    const scenario = SCENARIOS[run.scenario_id];
    const context: RunContext = run.context ?? {};
    const outcome = [...(run.outcome ?? [])];
    const [target] = (await this.dataSource.query(
      `SELECT s.id AS shop_id, s.regency_code, s.participant_id FROM shop_profile s WHERE s.id = $1`,
      [run.target_shop_id],
    )) as { shop_id: string; regency_code: string; participant_id: string }[];
    const [persona] = (await this.dataSource.query(`SELECT id, class_id, display_name, name_number, phone FROM participant_profile WHERE id = $1`, [
      run.persona_id,
    ])) as { id: string; class_id: string; display_name: string; name_number: number; phone: string | null }[];
    if (!target || !persona) return this.fail(run, 'PARTICIPANT_NOT_FOUND', outcome);
    const shop: TargetShop = { participantId: target.participant_id, shopId: target.shop_id, shopRegencyCode: target.regency_code };
    const buyer: Persona = { id: persona.id, classId: persona.class_id, name: persona.display_name, phone: persona.phone };

    for (let index = run.next_step; index < scenario.steps.length; index++) {
      if (this.stopped) {
        // Shutting down between two steps: park the run on the class clock, due now, so a node picks it up again.
        await this.park(run, index, context, outcome, await this.clock.now(run.class_id), `resume-${index}`).catch((error: unknown) =>
          this.logger.warn({ msg: 'could not park a scenario run at shutdown', runId: run.id, err: error }),
        );
        return;
      }
      const step = scenario.steps[index]!;
      // A reset may have removed the run (and its orders) meanwhile: then nothing more is done.
      const alive = (await this.dataSource.query(`SELECT 1 FROM scenario_run WHERE id = $1 AND status = 'running'`, [run.id])) as unknown[];
      if (alive.length === 0) return;
      if (step.do === 'wait') {
        const until = new Date((await this.clock.now(run.class_id)).getTime() + step.minutes * 60_000);
        await this.park(run, index + 1, context, [...outcome, { step: index, do: 'wait', until: until.toISOString() }], until, String(index));
        return;
      }
      try {
        outcome.push({ step: index, do: step.do, ...(await this.execute(run, step, index, shop, buyer, context)) });
      } catch (error) {
        const code = error instanceof DomainError ? error.code : 'SCENARIO_STEP_FAILED';
        if (!(error instanceof DomainError)) this.logger.error({ msg: 'a scenario step failed', runId: run.id, step: step.do, err: error });
        outcome.push({ step: index, do: step.do, errorCode: code });
        return this.fail(run, code, outcome, context);
      }
      await this.dataSource.query(`UPDATE scenario_run SET next_step = $2, context = $3, outcome = $4, updated_at = now() WHERE id = $1`, [
        run.id,
        index + 1,
        JSON.stringify(context),
        JSON.stringify(outcome),
      ]);
    }

    await this.uow.run(async (tx) => {
      await tx.manager.query(`UPDATE scenario_run SET status = 'finished', finished_at = now(), next_step = $2 WHERE id = $1`, [run.id, scenario.steps.length]);
      await tx.record({
        type: 'scenario.finished',
        classId: run.class_id,
        actorId: run.started_by,
        payload: { runId: run.id, scenarioId: run.scenario_id, participantId: shop.participantId, shopId: shop.shopId, orderIds: Object.values(context.orders ?? {}), status: 'finished' },
        rooms: [rooms.facilitators(run.class_id)],
        simTime: await this.clock.now(run.class_id, tx.manager),
      });
    });
  }

  private async execute(run: RunRow, step: ScenarioStep, index: number, shop: TargetShop, persona: Persona, context: RunContext): Promise<Record<string, unknown>> {
    const orderOf = (label: string) => {
      const id = context.orders?.[label];
      if (!id) throw scenarioErrors.orderNotFound();
      return id;
    };
    switch (step.do) {
      case 'placeOrder': {
        const product = await this.buyers.pickProduct(shop.shopId, step.product);
        if (!product) throw step.product === 'perishable' ? scenarioErrors.noPerishableProduct() : scenarioErrors.noActiveProduct();
        const placed = await this.buyers.placeOrder(persona, shop, product, {
          key: `scenario-${run.id}-${index}`,
          paymentMethod: step.paymentMethod,
          destination: step.destination,
        });
        context.orders = { ...context.orders, [step.as]: placed.orderId };
        await this.uow.run(async (tx) => {
          const linked = (await tx.manager.query(
            `INSERT INTO scenario_run_order (run_id, order_id, class_id, shop_id, role) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING order_id`,
            [run.id, placed.orderId, run.class_id, shop.shopId, step.role],
          )) as unknown[];
          if (linked.length === 0) return;
          // Facilitators only: the trainee must not learn that this buyer is a drill.
          await tx.record({
            type: 'scenario.order_linked',
            classId: run.class_id,
            actorId: run.started_by,
            payload: { runId: run.id, scenarioId: run.scenario_id, orderId: placed.orderId, invoiceNumber: placed.invoiceNumber, shopId: shop.shopId, role: step.role },
            rooms: [rooms.facilitators(run.class_id)],
          });
        });
        return { orderId: placed.orderId, invoiceNumber: placed.invoiceNumber, state: placed.state, courierCode: placed.courierCode, productTitle: product.title };
      }
      case 'pay': {
        const orderId = orderOf(step.order);
        return { orderId, state: await this.buyers.pay(orderId) };
      }
      case 'quote': {
        const product = await this.buyers.pickProduct(shop.shopId, step.product);
        if (!product) throw step.product === 'perishable' ? scenarioErrors.noPerishableProduct() : scenarioErrors.noActiveProduct();
        return { ...(await this.buyers.quote(persona, shop, product, step.destination)) };
      }
      case 'sendChat': {
        const chat = this.chat;
        const sent: string[] = [];
        const orderId = step.order ? orderOf(step.order) : null;
        if (orderId) {
          // The order card: the seller's chat shows the order's real payment status beside the buyer's words.
          sent.push((await chat.sendAsBuyer(persona.id, shop.shopId, { clientId: `scn-${run.id}-${index}-order`, kind: 'order', orderId })).id);
        }
        if (step.image === 'bukti-transfer') {
          const jpeg = await sharp(Buffer.from(transferProofSvg())).jpeg({ quality: 85 }).toBuffer();
          const media = await this.media.store(jpeg, { participantId: persona.id, classId: run.class_id });
          sent.push((await chat.sendAsBuyer(persona.id, shop.shopId, { clientId: `scn-${run.id}-${index}-image`, kind: 'image', mediaId: media.id })).id);
        }
        sent.push((await chat.sendAsBuyer(persona.id, shop.shopId, { clientId: `scn-${run.id}-${index}-text`, kind: 'text', text: step.text })).id);
        return { messageIds: sent };
      }
      case 'buyerCancel': {
        const orderId = orderOf(step.order);
        return { orderId, state: await this.buyers.cancel(persona, orderId) };
      }
      case 'failDelivery': {
        const orderId = orderOf(step.order);
        await this.fulfilment.failDelivery({ classId: run.class_id, orderId, actorId: run.started_by });
        return { orderId, state: await this.buyers.orderState(orderId) };
      }
      case 'closeBankAccount': {
        try {
          return { ...(await this.wallet.closeBankAccount(run.class_id, shop.shopId, run.started_by)) };
        } catch (error) {
          if (error instanceof DomainError && error.statusCode === 404) throw scenarioErrors.noBankAccount();
          throw error;
        }
      }
      case 'advanceClock': {
        const view = await this.clock.jump(run.class_id, step.minutes, run.started_by);
        return { simNow: view.simNow.toISOString() };
      }
      case 'wait':
        return {};
    }
  }

  /** Waiting: the run goes on at `dueSim` on the class clock, through a durable scheduled task (survives a restart). */
  private async park(run: RunRow, nextStep: number, context: RunContext, outcome: Record<string, unknown>[], dueSim: Date, key: string): Promise<void> {
    await this.uow.run(async (tx) => {
      await this.scheduler.schedule(tx, {
        classId: run.class_id,
        kind: SCENARIO_CONTINUE_TASK,
        payload: { runId: run.id },
        dueSim,
        dedupeKey: `${SCENARIO_CONTINUE_TASK}:${run.id}:${key}`,
      });
      await tx.manager.query(`UPDATE scenario_run SET status = 'waiting', next_step = $2, context = $3, outcome = $4 WHERE id = $1`, [
        run.id,
        nextStep,
        JSON.stringify(context),
        JSON.stringify(outcome),
      ]);
      // Every console of the class (the other facilitator's too) shows the run waiting, not still running.
      await tx.record({
        type: 'scenario.waiting',
        classId: run.class_id,
        actorId: run.started_by,
        payload: { runId: run.id, scenarioId: run.scenario_id, participantId: run.target_participant_id, shopId: run.target_shop_id, dueSim: dueSim.toISOString() },
        rooms: [rooms.facilitators(run.class_id)],
      });
    });
  }

  private async fail(run: RunRow, code: string, outcome: Record<string, unknown>[], context: RunContext = run.context ?? {}): Promise<void> {
    await this.uow.run(async (tx) => {
      await tx.manager.query(`UPDATE scenario_run SET status = 'failed', error_code = $2, finished_at = now(), outcome = $3, context = $4 WHERE id = $1`, [
        run.id,
        code,
        JSON.stringify(outcome),
        JSON.stringify(context),
      ]);
      await tx.record({
        type: 'scenario.finished',
        classId: run.class_id,
        actorId: run.started_by,
        payload: {
          runId: run.id,
          scenarioId: run.scenario_id,
          participantId: run.target_participant_id,
          shopId: run.target_shop_id,
          orderIds: Object.values(context.orders ?? {}),
          status: 'failed',
          code,
        },
        rooms: [rooms.facilitators(run.class_id)],
      });
    });
  }

  track(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => this.logger.error({ msg: 'a scenario run failed', err: error }))
      .finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }
}
