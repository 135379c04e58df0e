import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { numberedName } from '../classes/participant-name.js';
import { catalogErrors } from './catalog.errors.js';
import { rooms } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { RegionsService } from '../regions/regions.service.js';
import type { ShopSummary } from '../classes/dto/join.dto.js';
import type { ShopView, UpdateShopRequest } from './dto/shop.dto.js';
import { Shop } from './shop.entity.js';

interface ShopRow {
  id: string;
  class_id: string;
  participant_id: string;
  name: string;
  description: string | null;
  regency_code: string;
  owner_name: string;
  owner_number: number;
  owner_phone: string | null;
}

const SHOP_SELECT = `SELECT s.id, s.class_id, s.participant_id, s.name, s.description, s.regency_code,
       p.display_name AS owner_name, p.name_number AS owner_number, p.phone AS owner_phone
  FROM shop s JOIN participant_profile p ON p.id = s.participant_id`;

/** Shops: one per trainee, opened when they join. Products arrive with the catalog issue. */
@Injectable()
export class ShopsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly regions: RegionsService,
  ) {}

  /** Opens the trainee's shop inside the joining transaction. */
  async openForTrainee(
    tx: Transaction,
    input: { classId: string; participantId: string; ownerName: string; regencyCode: string; shopName?: string },
  ): Promise<Shop> {
    const repository = tx.manager.getRepository(Shop);
    return repository.save(
      repository.create({
        classId: input.classId,
        participantId: input.participantId,
        name: (input.shopName ?? `Toko ${input.ownerName}`).slice(0, 60),
        regencyCode: input.regencyCode,
      }),
    );
  }

  /** The shop's regency (where its parcels leave from); '' when there is no such shop. Pass a transaction's manager inside one. */
  async regencyOf(shopId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows: { regency_code: string }[] = await manager.query(`SELECT regency_code FROM shop WHERE id = $1`, [shopId]);
    return rows[0]?.regency_code ?? '';
  }

  /** The summary of a participant's shop, or null when they have none. */
  async summaryOf(participantId: string): Promise<ShopSummary | null> {
    const rows: Pick<Shop, 'id' | 'name' | 'description' | 'regencyCode'>[] = await this.dataSource.query(
      `SELECT id, name, description, regency_code AS "regencyCode" FROM shop WHERE participant_id = $1`,
      [participantId],
    );
    return rows[0] ? this.summary(rows[0]) : null;
  }

  /** The participant who owns the shop, or null. */
  async ownerOf(manager: EntityManager, shopId: string): Promise<string | null> {
    const rows: { participant_id: string }[] = await manager.query(`SELECT participant_id FROM shop WHERE id = $1`, [shopId]);
    return rows[0]?.participant_id ?? null;
  }

  /** The shop when it is in this class (with its owner), else null. */
  async inClass(manager: EntityManager, shopId: string, classId: string): Promise<{ id: string; participant_id: string } | null> {
    const rows: { id: string; participant_id: string }[] = await manager.query(`SELECT id, participant_id FROM shop WHERE id = $1 AND class_id = $2`, [shopId, classId]);
    return rows[0] ?? null;
  }

  /** Every shop of the class with its name, by name. */
  namesInClass(classId: string): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(`SELECT id, name FROM shop WHERE class_id = $1 ORDER BY name`, [classId]);
  }

  summary(shop: Pick<Shop, 'id' | 'name' | 'description' | 'regencyCode'>): ShopSummary {
    return {
      id: shop.id,
      name: shop.name,
      description: shop.description,
      regencyCode: shop.regencyCode,
      regencyLabel: this.regions.getRegency(shop.regencyCode)?.label ?? shop.regencyCode,
    };
  }

  async listInClass(classId: string, viewer: Principal): Promise<ShopView[]> {
    const rows: ShopRow[] = await this.dataSource.query(`${SHOP_SELECT} WHERE s.class_id = $1 ORDER BY s.created_at`, [classId]);
    return rows.map((row) => this.view(row, viewer));
  }

  async get(classId: string, shopId: string, viewer: Principal): Promise<ShopView> {
    const rows: ShopRow[] = await this.dataSource.query(`${SHOP_SELECT} WHERE s.class_id = $1 AND s.id = $2`, [classId, shopId]);
    if (!rows[0]) throw catalogErrors.shopNotFound();
    return this.view(rows[0], viewer);
  }

  async mine(viewer: Principal): Promise<ShopView> {
    if (viewer.kind !== 'participant' || !viewer.shopId) throw catalogErrors.noShop();
    return this.get(viewer.classId, viewer.shopId, viewer);
  }

  async updateMine(viewer: Principal, changes: UpdateShopRequest): Promise<ShopView> {
    if (viewer.kind !== 'participant' || !viewer.shopId) throw catalogErrors.noShop();
    const shopId = viewer.shopId;
    await this.uow.run(async (tx) => {
      const patch: Partial<Shop> = { updatedAt: new Date() };
      if (changes.name !== undefined) patch.name = changes.name.replace(/\s+/g, ' ').trim();
      if (changes.description !== undefined) patch.description = changes.description.trim() || null;
      await tx.manager.getRepository(Shop).update({ id: shopId }, patch);
      await tx.record({
        type: 'shop.updated',
        classId: viewer.classId,
        actorId: viewer.id,
        payload: { shopId, name: patch.name, description: patch.description },
        rooms: [rooms.class(viewer.classId), rooms.facilitators(viewer.classId)],
      });
    });
    return this.mine(viewer);
  }

  /** Public fields for everyone in the class; the owner's phone only for the owner and facilitators. */
  private view(row: ShopRow, viewer: Principal): ShopView {
    const isMine = viewer.kind === 'participant' && viewer.id === row.participant_id;
    const privileged = isMine || viewer.kind === 'facilitator';
    return {
      ...this.summary({ id: row.id, name: row.name, description: row.description, regencyCode: row.regency_code }),
      ownerName: numberedName(row.owner_name, row.owner_number),
      isMine,
      ...(privileged ? { ownerPhone: row.owner_phone } : {}),
    };
  }
}
