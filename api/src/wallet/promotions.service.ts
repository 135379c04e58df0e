// Paid promotion ("iklan"): DESIGN "Selling is free; only advertising costs money". A seller pays from her saldo
// (a ledger entry) to put a product first in the storefront and search, labelled "Iklan", for N simulated days.
// Lives in the wallet module: it is a payment from the saldo, under the same lock as a withdrawal. The promotion rows
// are catalog's (they decide the storefront's order): written here through ProductPromotions, in this transaction.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ProductPromotions, type PromotionRow } from '../catalog/product-promotions.js';
import { ProductsService } from '../catalog/products.service.js';
import { ClockService } from '../clock/clock.service.js';
import { isEventOf, rooms, type PublishedEvent } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { assertSameRequest, requestFingerprint, requiredIdempotencyKey } from '../common/idempotency/idempotency.js';
import type { PromoteRequest, PromotionsView, PromotionView } from './dto/wallet.dto.js';
import { promotionBought } from './ledger-postings.js';
import { LedgerService } from './ledger.service.js';
import { promotionErrors } from './wallet.errors.js';
import { sellerOf } from './wallet.service.js';
import { WalletSettingsService } from './wallet-settings.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class PromotionsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly ledger: LedgerService,
    private readonly settings: WalletSettingsService,
    private readonly clock: ClockService,
    private readonly products: ProductsService,
    private readonly promotions: ProductPromotions,
  ) {}

  onModuleInit(): void {
    this.uow.onRecorded((tx, event) => this.countOrder(tx, event));
  }

  /** Orders placed while a promotion of one of their products runs count for that promotion. */
  private async countOrder(tx: Transaction, event: PublishedEvent): Promise<void> {
    if (!isEventOf(event, 'order.placed') || !event.simTime) return;
    const productIds = event.payload.productIds;
    if (productIds.length === 0) return;
    await this.promotions.countOrder(tx.manager, productIds, new Date(event.simTime));
  }

  async list(principal: Principal): Promise<PromotionsView> {
    const seller = sellerOf(principal);
    const [simNow, settings, balances] = await Promise.all([
      this.clock.now(seller.classId),
      this.settings.get(seller.classId),
      this.ledger.shopBalances(seller.shopId),
    ]);
    const rows = await this.promotions.ofShop(this.dataSource.manager, seller.shopId);
    const titles = await this.products.titles(this.dataSource.manager, rows.map((row) => row.product_id));
    const items = rows.flatMap((row) => (titles.has(row.product_id) ? [this.view(row, titles.get(row.product_id)!, simNow, false)] : []));
    return { items, pricePerDay: settings.promotionPricePerDay, available: balances.available };
  }

  /**
   * Charged once per Idempotency-Key; the saldo account is locked first (as for a withdrawal), so two promotions and
   * a withdrawal racing on one saldo never overdraw it. One running promotion per product.
   */
  async promote(principal: Principal, idempotencyKey: string | undefined, input: PromoteRequest): Promise<PromotionView> {
    const seller = sellerOf(principal);
    const key = requiredIdempotencyKey(idempotencyKey);
    return this.uow.run(async (tx) => {
      const manager = tx.manager;
      const available = await this.ledger.lockAvailable(manager, seller.classId, seller.shopId);
      // Read after the lock: a double tap that waited for the first request sees the clock after its promotion began.
      const simNow = await this.clock.now(seller.classId, manager);
      const existing = await this.promotions.byKey(manager, seller.shopId, key);
      const title = existing && (await this.products.titles(manager, [existing.product_id])).get(existing.product_id);
      if (existing && title !== undefined) {
        const first = { productId: existing.product_id, days: existing.days };
        assertSameRequest(requestFingerprint(first), requestFingerprint({ productId: input.productId, days: input.days }));
        return this.view(existing, title, simNow, true);
      }
      const product = await this.products.lockOwned(manager, input.productId, seller.shopId);
      if (!product) throw promotionErrors.productNotFound();
      if (product.status !== 'active') throw promotionErrors.productNotActive();
      // Not yet ended (a racing request may have started one a moment "later" on the clock than this one's now).
      const runningUntil = await this.promotions.notEndedBy(manager, product.id, simNow);
      if (runningUntil) throw promotionErrors.alreadyPromoted(runningUntil.toISOString());
      const { promotionPricePerDay } = await this.settings.get(seller.classId, manager);
      const fee = input.days * promotionPricePerDay;
      if (fee > available) throw promotionErrors.insufficientBalance(available, fee);
      const promotion = await this.promotions.start(manager, {
        classId: seller.classId,
        shopId: seller.shopId,
        productId: product.id,
        days: input.days,
        pricePerDay: promotionPricePerDay,
        fee,
        startsAt: simNow,
        endsAt: new Date(simNow.getTime() + input.days * DAY_MS),
        idempotencyKey: key,
      });
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
      return this.view(promotion, product.title, simNow, false);
    });
  }

  private view(row: PromotionRow, productTitle: string, simNow: Date, replayed: boolean): PromotionView {
    return {
      id: row.id,
      productId: row.product_id,
      productTitle,
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
