import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { numberedName } from '../classes/participant-name.js';
import { DomainError } from '../common/errors/domain-error.js';
import { idempotencyErrors } from '../common/errors/idempotency.errors.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { assertSameRequest, requestFingerprint, requiredIdempotencyKey } from '../common/idempotency/idempotency.js';
import type { DemoOrderBatchView, DemoOrderRequest, DemoOrderResultView } from './dto/scenarios.dto.js';
import { type Persona, PersonaBuyerService, type ProductPick, type TargetShop } from './persona-buyer.service.js';
import { scenarioErrors } from './scenarios.errors.js';

/** One demo-order request a minute… well, twelve: a facilitator taps, never a script. Shared by every node. */
const BATCH_LIMIT = { max: 12, windowSeconds: 60 };
const MAX_TARGETS = 100;

export interface DemoTarget extends TargetShop {
  name: string;
  product: ProductPick;
}

interface StoredBatch {
  id: string;
  request_hash: string;
  persona_id: string;
  targets: DemoTarget[];
}

/**
 * "Kirim pesanan demo": the facilitator picks a trainee (or every trainee with an active product) and a demo buyer;
 * that buyer orders through the normal checkout (address, a courier the checkout offers, a payment method) and, with
 * "bayar langsung", pays in the payment simulator's bank app like any payer. The batch (who, which product) is stored
 * under the facilitator's Idempotency-Key, and each order's checkout key derives from it: the same key again replays
 * the same orders (and pays what is still unpaid), never new ones.
 */
@Injectable()
export class DemoOrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly limiter: RateLimiter,
    private readonly buyers: PersonaBuyerService,
  ) {}

  async place(classId: string, actor: Principal, idempotencyKey: string | undefined, request: DemoOrderRequest): Promise<DemoOrderBatchView> {
    const key = requiredIdempotencyKey(idempotencyKey);
    if (!request.participantId === !request.all) throw scenarioErrors.targetRequired();
    await this.limiter.hit([{ bucket: `demo-orders:${classId}`, ...BATCH_LIMIT }]);
    const paymentMethod = request.paymentMethod ?? 'bca_va';
    const requestHash = requestFingerprint([request.participantId ?? null, request.all ?? false, request.personaId ?? null, paymentMethod, request.payNow ?? false]);

    let batch = await this.findBatch(classId, key);
    let replayed = true;
    if (!batch) {
      const persona = await this.buyers.resolve(classId, actor, request.personaId);
      const targets = await this.targets(classId, request.participantId);
      batch = await this.uow.run(async (tx) => {
        const inserted: { id: string }[] = await tx.manager.query(
          `INSERT INTO demo_order_batch (class_id, idempotency_key, request_hash, facilitator_id, persona_id, targets)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (class_id, idempotency_key) DO NOTHING RETURNING id`,
          [classId, key, requestHash, actor.kind === 'facilitator' ? actor.id : null, persona.id, JSON.stringify(targets)],
        );
        if (!inserted[0]) return null; // a concurrent request with the same key won: use its batch
        await tx.record({
          type: 'demo_orders.requested',
          classId,
          actorId: actor.id,
          payload: { batchId: inserted[0].id, count: targets.length, personaName: persona.name, paymentMethod, payNow: request.payNow ?? false },
          rooms: [rooms.facilitators(classId)],
        });
        return { id: inserted[0].id, request_hash: requestHash, persona_id: persona.id, targets };
      });
      if (batch) replayed = false;
      else batch = await this.findBatch(classId, key);
    }
    if (!batch) throw idempotencyErrors.conflict();
    assertSameRequest(batch.request_hash, requestHash);

    const persona = await this.persona(batch.persona_id);
    const results: DemoOrderResultView[] = [];
    for (const [index, target] of batch.targets.entries()) {
      results.push(await this.placeOne(batch.id, index, persona, target, paymentMethod, request.payNow ?? false));
    }
    return { batchId: batch.id, replayed, personaId: persona.id, personaName: persona.name, results };
  }

  private async placeOne(
    batchId: string,
    index: number,
    persona: Persona,
    target: DemoTarget,
    paymentMethod: NonNullable<DemoOrderRequest['paymentMethod']>,
    payNow: boolean,
  ): Promise<DemoOrderResultView> {
    const base = { participantId: target.participantId, traineeName: target.name, shopId: target.shopId, productTitle: target.product.title };
    try {
      const placed = await this.buyers.placeOrder(persona, target, target.product, {
        key: `demo-${batchId}-${index}`,
        paymentMethod,
        // The persona's home: near the shops, a city (the default), or far across the islands.
        destination: persona.destination ?? 'city',
        index,
      });
      const state = payNow ? await this.buyers.pay(placed.orderId) : placed.state;
      return { ...base, orderId: placed.orderId, invoiceNumber: placed.invoiceNumber, state, total: placed.total, errorCode: null };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { ...base, orderId: null, invoiceNumber: null, state: null, total: null, errorCode: error.code };
    }
  }

  /** One trainee (with an active product in stock), or every such trainee of the class, in joining order. */
  private async targets(classId: string, participantId: string | undefined): Promise<DemoTarget[]> {
    const rows: { participant_id: string; display_name: string; name_number: number; shop_id: string; regency_code: string }[] = await this.dataSource.query(
      `SELECT p.id AS participant_id, p.display_name, p.name_number, s.id AS shop_id, s.regency_code
         FROM participant_profile p JOIN shop_profile s ON s.participant_id = p.id
        WHERE p.class_id = $1 AND p.role = 'trainee' AND ($2::uuid IS NULL OR p.id = $2::uuid) AND ($2::uuid IS NOT NULL OR NOT p.is_persona)
        ORDER BY p.joined_at, p.id`,
      [classId, participantId ?? null],
    );
    if (participantId && rows.length === 0) throw scenarioErrors.traineeNotFound();
    const targets: DemoTarget[] = [];
    for (const row of rows) {
      const product = await this.buyers.pickProduct(row.shop_id, 'any');
      if (!product) continue;
      targets.push({
        participantId: row.participant_id,
        name: numberedName(row.display_name, row.name_number),
        shopId: row.shop_id,
        shopRegencyCode: row.regency_code,
        product,
      });
    }
    if (targets.length === 0) throw participantId ? scenarioErrors.noActiveProduct() : scenarioErrors.noTargets();
    if (targets.length > MAX_TARGETS) throw scenarioErrors.tooManyTargets();
    return targets;
  }

  private async findBatch(classId: string, key: string): Promise<StoredBatch | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id, request_hash, persona_id, targets FROM demo_order_batch WHERE class_id = $1 AND idempotency_key = $2`,
      [classId, key],
    )) as StoredBatch[];
    return row ?? null;
  }

  private async persona(id: string): Promise<Persona> {
    const [row] = (await this.dataSource.query(`SELECT id, class_id, display_name, name_number, phone, persona_destination FROM participant_profile WHERE id = $1`, [id])) as {
      id: string;
      class_id: string;
      display_name: string;
      name_number: number;
      phone: string | null;
      persona_destination: 'near' | 'city' | 'far' | null;
    }[];
    if (!row) throw scenarioErrors.personaNotFound();
    return {
      id: row.id,
      classId: row.class_id,
      name: numberedName(row.display_name, row.name_number),
      phone: row.phone,
      destination: row.persona_destination ?? 'city',
    };
  }
}
