// Paid promotion ("iklan"): DESIGN "Selling is free; only advertising costs money". A seller pays from her saldo
// (a ledger entry) to put a product first in the storefront and search, labelled "Iklan", for N simulated days.
// Lives in the wallet module: it is a payment from the saldo, under the same lock as a withdrawal.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ClockService } from '../clock/clock.service.js';
import { isEventOf, rooms, type PublishedEvent } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { isIdempotencyKey } from '../orders/checkout-rules.js';
import type { PromoteRequest, PromotionsView, PromotionView } from './dto/wallet.dto.js';
import { promotionBought } from './ledger-postings.js';
import { LedgerService } from './ledger.service.js';
import { promotionErrors, walletErrors } from './wallet.errors.js';
import { sellerOf } from './wallet.service.js';
import { WalletSettingsService } from './wallet-settings.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface PromotionRow {
  id: string;
  product_id: string;
  product_title: string;
  days: number;
  fee: number;
  starts_at: Date;
  ends_at: Date;
  views: number;
  orders: number;
}

@Injectable()
export class PromotionsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly ledger: LedgerService,
    private readonly settings: WalletSettingsService,
    private readonly clock: ClockService,
  ) {}

  onModuleInit(): void {
    this.uow.onRecorded((tx, event) => this.countOrder(tx, event));
  }

  /** Orders placed while a promotion of one of their products runs count for that promotion. */
  private async countOrder(tx: Transaction, event: PublishedEvent): Promise<void> {
    if (!isEventOf(event, 'order.placed') || !event.simTime) return;
    await tx.manager.query(
      `UPDATE promotion pr SET orders = orders + 1
        WHERE pr.product_id IN (SELECT product_id FROM order_line WHERE order_id = $1 AND product_id IS NOT NULL)
          AND pr.starts_at <= $2 AND pr.ends_at > $2`,
      [event.payload.orderId, new Date(event.simTime)],
    );
  }

  async list(principal: Principal): Promise<PromotionsView> {
    const seller = sellerOf(principal);
    const [simNow, settings, balances] = await Promise.all([
      this.clock.now(seller.classId),
      this.settings.get(seller.classId),
      this.ledger.shopBalances(seller.shopId),
    ]);
    const rows: PromotionRow[] = await this.dataSource.query(
      `SELECT pr.*, p.title AS product_title FROM promotion pr JOIN product p ON p.id = pr.product_id
        WHERE pr.shop_id = $1 ORDER BY pr.starts_at DESC, pr.created_at DESC LIMIT 50`,
      [seller.shopId],
    );
    return { items: rows.map((row) => this.view(row, simNow, false)), pricePerDay: settings.promotionPricePerDay, available: balances.available };
  }

  /**
   * Charged once per Idempotency-Key; the saldo account is locked first (as for a withdrawal), so two promotions and
   * a withdrawal racing on one saldo never overdraw it. One running promotion per product.
   */
  async promote(principal: Principal, idempotencyKey: string | undefined, input: PromoteRequest): Promise<PromotionView> {
    const seller = sellerOf(principal);
    if (!isIdempotencyKey(idempotencyKey)) throw walletErrors.idempotencyKeyRequired();
    return this.uow.run(async (tx) => {
      const manager = tx.manager;
      const available = await this.ledger.lockAvailable(manager, seller.classId, seller.shopId);
      // Read after the lock: a double tap that waited for the first request sees the clock after its promotion began.
      const simNow = await this.clock.now(seller.classId, manager);
      const existing: PromotionRow[] = await manager.query(
        `SELECT pr.*, p.title AS product_title FROM promotion pr JOIN product p ON p.id = pr.product_id WHERE pr.shop_id = $1 AND pr.idempotency_key = $2`,
        [seller.shopId, idempotencyKey],
      );
      if (existing[0]) {
        if (existing[0].product_id !== input.productId || existing[0].days !== input.days) throw walletErrors.idempotencyKeyReused();
        return this.view(existing[0], simNow, true);
      }
      const products: { id: string; title: string; status: string }[] = await manager.query(
        `SELECT id, title, status FROM product WHERE id = $1 AND shop_id = $2 FOR UPDATE`,
        [input.productId, seller.shopId],
      );
      const product = products[0];
      if (!product) throw promotionErrors.productNotFound();
      if (product.status !== 'active') throw promotionErrors.productNotActive();
      // Not yet ended (a racing request may have started one a moment "later" on the clock than this one's now).
      const running: { ends_at: Date }[] = await manager.query(`SELECT ends_at FROM promotion WHERE product_id = $1 AND ends_at > $2`, [
        product.id,
        simNow,
      ]);
      if (running[0]) throw promotionErrors.alreadyPromoted(running[0].ends_at.toISOString());
      const { promotionPricePerDay } = await this.settings.get(seller.classId, manager);
      const fee = input.days * promotionPricePerDay;
      if (fee > available) throw promotionErrors.insufficientBalance(available, fee);
      const inserted: PromotionRow[] = await manager.query(
        `INSERT INTO promotion (class_id, shop_id, product_id, days, price_per_day, fee, starts_at, ends_at, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [seller.classId, seller.shopId, product.id, input.days, promotionPricePerDay, fee, simNow, new Date(simNow.getTime() + input.days * DAY_MS), idempotencyKey],
      );
      const promotion = { ...inserted[0]!, product_title: product.title };
      if (fee > 0) {
        await this.ledger.post(tx, {
          classId: seller.classId,
          kind: 'promotion_bought',
          sourceId: promotion.id,
          shopId: seller.shopId,
          simTime: simNow,
          memo: { fee, productId: product.id, days: input.days },
          lines: promotionBought(seller.shopId, fee),
        });
      }
      await tx.record({
        type: 'promotion.started',
        classId: seller.classId,
        actorId: seller.participantId,
        payload: { shopId: seller.shopId, productId: product.id, promotionId: promotion.id, days: input.days, fee, endsAt: promotion.ends_at.toISOString() },
        // The storefront of the class reorders: a promotion is public, like the "Iklan" label.
        rooms: [rooms.class(seller.classId), rooms.shop(seller.shopId), rooms.facilitators(seller.classId)],
        simTime: simNow,
      });
      return this.view(promotion, simNow, false);
    });
  }

  private view(row: PromotionRow, simNow: Date, replayed: boolean): PromotionView {
    return {
      id: row.id,
      productId: row.product_id,
      productTitle: row.product_title,
      days: row.days,
      fee: row.fee,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      active: row.starts_at.getTime() <= simNow.getTime() && simNow.getTime() < row.ends_at.getTime(),
      views: row.views,
      orders: row.orders,
      replayed,
    };
  }
}
