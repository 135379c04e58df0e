import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ProductsService } from '../catalog/products.service.js';
import { ClockService } from '../clock/clock.service.js';
import { rooms } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { MediaService } from '../media/media.service.js';
import { OrdersService } from '../orders/orders.service.js';
import { classErrors } from './classes.errors.js';
import { ClassesService, isUniqueViolation } from './classes.service.js';
import type { ClassView } from './dto/class.dto.js';
import type { CloneClassRequest, ResetClassRequest, ResetClassView } from './dto/lifecycle.dto.js';
import { newJoinCode } from './join-code.js';

/**
 * Class-keyed tables a reset KEEPS: the class and who runs it, its settings, its clock (re-anchored), the
 * facilitators' personas with their shops and seed products (participant/shop/product are handled by hand), and the
 * stored pictures. Every OTHER table with a class_id column is session data and is emptied for the class, whichever
 * capability owns it (orders, payments, shipments, chat, notifications, ledger entries, bank accounts, withdrawals,
 * promotions, reviews, scenario runs, demo batches, mission states, scheduled tasks, the activity log, …).
 */
const KEPT_TABLES = new Set([
  'training_class',
  'class_facilitator',
  'participant',
  'shop',
  'product',
  'media',
  'media_upload',
  'sim_clock',
  'class_order_settings',
  'wallet_settings',
  'class_mission',
  'ledger_account',
  // "Cek Pemahaman" questions and the certificate's missions are the facilitators' settings (answers, the rounds
  // and certificates go with the session).
  'learning_question',
  'certificate_setting',
]);

/** Settings copied to a clone, when the table exists in this build. */
const CLONED_SETTINGS = ['class_order_settings', 'wallet_settings', 'class_mission', 'learning_question', 'certificate_setting'];

/**
 * Reset for a rerun, and clone as a template: the class lifecycle beyond open / closed / archived. The class's own
 * tables are written here; the orders, the catalog, the media and the clock do their part through their services,
 * all in the one transaction of the use case.
 */
@Injectable()
export class ClassLifecycleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly classes: ClassesService,
    private readonly clock: ClockService,
    private readonly orders: OrdersService,
    private readonly products: ProductsService,
    private readonly media: MediaService,
  ) {}

  /**
   * Back to the starting state, in ONE transaction, touching no other class. Starting state: the class as created
   * (name, place, date, code, status), its facilitators and settings, and the facilitators' personas — demo buyers and
   * demo shops with their products (stock given back from every order), nothing else. Gone: every trainee and every
   * buyer who joined by code (they join again), and all session data. The clock starts again at real time, 1×.
   */
  async reset(classId: string, actor: Principal, input: ResetClassRequest): Promise<ResetClassView> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const [klass] = (await m.query(`SELECT join_code FROM training_class WHERE id = $1 FOR UPDATE`, [classId])) as { join_code: string }[];
      if (!klass) throw classErrors.classNotFound();
      if (input.confirmJoinCode.trim().toUpperCase() !== klass.join_code) throw classErrors.resetNotConfirmed();

      // Seed products get back the units every still-holding order took.
      await this.products.giveBackHeld(m, classId, await this.orders.heldUnitsOfClass(m, classId));
      const counts: Record<string, number> = {};
      const count = async (sql: string, params: unknown[]) => Number(((await m.query(sql, params)) as { n: string }[])[0]!.n);
      counts.orders = await this.orders.countOfClass(m, classId);
      counts.participants = await count(`SELECT count(*) AS n FROM participant WHERE class_id = $1 AND NOT is_persona`, [classId]);
      counts.activity = await count(`SELECT count(*) AS n FROM class_activity WHERE class_id = $1`, [classId]);

      await this.orders.deleteOfClass(m, classId);
      for (const table of await this.sessionTables(m)) {
        await m.query(`DELETE FROM "${table}" WHERE class_id = $1`, [classId]);
      }
      await m.query(`DELETE FROM participant WHERE class_id = $1 AND NOT is_persona`, [classId]);
      await this.orders.emptyCartsOfClass(m, classId);
      const realNow = new Date();
      await this.clock.restart(tx, classId, realNow);
      const products = await this.products.countInClass(m, classId);
      const personas = await count(`SELECT count(*) AS n FROM participant WHERE class_id = $1`, [classId]);
      await tx.record({
        type: 'class.reset',
        classId,
        actorId: actor.id,
        payload: { orders: counts.orders, participants: counts.participants, keptProducts: products, keptPersonas: personas },
        rooms: [rooms.class(classId), rooms.facilitators(classId)],
        simTime: realNow,
      });
      return {
        classId,
        deletedOrders: counts.orders!,
        deletedParticipants: counts.participants!,
        deletedActivity: counts.activity!,
        keptPersonas: personas,
        keptProducts: products,
        simNow: realNow.toISOString(),
      };
    });
  }

  /**
   * A new class from this one as a template, in one transaction: a new join code, open, today's date unless told,
   * the same facilitators and settings, and the facilitators' personas (demo buyers, demo shops with their products
   * and photos). No trainee, no order, no activity.
   */
  async clone(classId: string, actor: Principal, input: CloneClassRequest): Promise<ClassView> {
    for (let attempt = 0; attempt < 8; attempt++) {
      try {
        const id = await this.uow.run((tx) => this.cloneIn(tx, classId, actor, input, newJoinCode()));
        return this.classes.get(id);
      } catch (error) {
        if (!isUniqueViolation(error, 'training_class_open_join_code_key')) throw error;
      }
    }
    throw classErrors.joinCodeExhausted();
  }

  private async cloneIn(tx: Transaction, classId: string, actor: Principal, input: CloneClassRequest, joinCode: string): Promise<string> {
    const m = tx.manager;
    const [source] = (await m.query(`SELECT name, place, to_char(date, 'YYYY-MM-DD') AS date, regency_code FROM training_class WHERE id = $1`, [classId])) as {
      name: string;
      place: string;
      date: string;
      regency_code: string;
    }[];
    if (!source) throw classErrors.classNotFound();
    const name = (input.name?.trim() || `${source.name} (salinan)`).slice(0, 120);
    const [{ id }] = (await m.query(
      `INSERT INTO training_class (name, place, date, regency_code, join_code, status, created_by) VALUES ($1, $2, $3, $4, $5, 'open', $6) RETURNING id`,
      [name, source.place, input.date ?? source.date, source.regency_code, joinCode, actor.id],
    )) as { id: string }[];
    await m.query(
      `INSERT INTO class_facilitator (class_id, facilitator_id)
       SELECT $2::uuid, facilitator_id FROM class_facilitator WHERE class_id = $1
       UNION SELECT $2::uuid, $3::uuid WHERE $4::boolean ON CONFLICT DO NOTHING`,
      [classId, id, actor.id, actor.kind === 'facilitator'],
    );
    await this.clock.create(m, id, new Date());
    for (const table of CLONED_SETTINGS) await this.copySettings(m, table, classId, id);

    // Personas: their new ids are drawn first, so that their shops (with products and photos) and their pictures
    // follow them by the old → new pairs.
    const personas: { old_id: string; new_id: string }[] = await m.query(
      `SELECT id AS old_id, gen_random_uuid() AS new_id FROM participant WHERE class_id = $1 AND is_persona`,
      [classId],
    );
    const pairs = { from: personas.map((p) => p.old_id), to: personas.map((p) => p.new_id) };
    await m.query(
      `INSERT INTO participant (id, class_id, role, display_name, name_key, name_number, phone, village, persona_destination, is_persona, created_by, joined_at)
       SELECT c.new_id, $1::uuid, p.role, p.display_name, p.name_key, p.name_number, p.phone, p.village, p.persona_destination, true, p.created_by, now()
         FROM participant p JOIN unnest($2::uuid[], $3::uuid[]) AS c(old_id, new_id) ON c.old_id = p.id`,
      [id, pairs.from, pairs.to],
    );
    const products = await this.products.copyShops(m, id, pairs);
    // The copied shops own their pictures in the new class too (so they may attach them to products there).
    await this.media.copyUploads(m, id, pairs);
    await tx.record({
      type: 'class.created',
      classId: id,
      actorId: actor.id,
      payload: { name, joinCode, clonedFrom: classId, products },
      rooms: [rooms.facilitator(actor.id), rooms.facilitators(classId)],
    });
    return id;
  }

  /** Copies a settings row of the class (every column but class_id), if this build has the table. */
  private async copySettings(m: EntityManager, table: string, from: string, to: string): Promise<void> {
    const columns: { column_name: string }[] = await m.query(
      // A generated id (the questions' uuid) is drawn anew for the copy.
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND column_name <> 'class_id' AND NOT (column_name = 'id' AND column_default IS NOT NULL)`,
      [table],
    );
    if (columns.length === 0) return;
    const list = columns.map((c) => `"${c.column_name}"`).join(', ');
    await m.query(`INSERT INTO "${table}" (class_id, ${list}) SELECT $2::uuid, ${list} FROM "${table}" WHERE class_id = $1`, [from, to]);
  }

  /**
   * The class-keyed session tables of this build, referencing tables before the tables they reference, so that a
   * foreign key without ON DELETE CASCADE never stops the reset half way.
   */
  private async sessionTables(m: EntityManager): Promise<string[]> {
    const tables: { table_name: string }[] = await m.query(
      `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t
            ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = current_schema() AND c.column_name = 'class_id'`,
    );
    const names = tables.map((t) => t.table_name).filter((name) => !KEPT_TABLES.has(name));
    const edges: { child: string; parent: string }[] = await m.query(
      `SELECT cl.relname AS child, pl.relname AS parent FROM pg_constraint k
         JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pl ON pl.oid = k.confrelid
        WHERE k.contype = 'f' AND cl.relnamespace = to_regnamespace(current_schema())`,
    );
    const set = new Set(names);
    const ordered: string[] = [];
    const visiting = new Set<string>();
    const visit = (table: string) => {
      if (ordered.includes(table) || visiting.has(table)) return;
      visiting.add(table);
      for (const edge of edges) if (edge.parent === table && edge.child !== table && set.has(edge.child)) visit(edge.child);
      visiting.delete(table);
      ordered.push(table);
    };
    for (const name of [...names].sort()) visit(name);
    return ordered;
  }
}
