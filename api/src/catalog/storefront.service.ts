import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ClockService } from '../clock/clock.service.js';
import { EventBus } from '../common/events/event-bus.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { catalogErrors } from './catalog.errors.js';
import type { ProductDetail, StorefrontPage, StorefrontQuery } from './dto/product.dto.js';
import { ProductPromotions } from './product-promotions.js';
import { ProductViews } from './product-views.js';
import { ProductsRepository } from './products.repository.js';
import { StorefrontCache } from './storefront-cache.js';
import { prefixTsQuery } from './storefront-search.js';

const DEFAULT_PAGE_SIZE = 20;

/** What the class sees: its storefront, a shop's page and a product's page. Reads only. */
@Injectable()
export class StorefrontService implements OnModuleInit, OnModuleDestroy {
  /** The same page for everyone in the class, so one read serves the phones that ask within a second. */
  private readonly pages: StorefrontCache<StorefrontPage>;
  private unsubscribe?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductsRepository,
    private readonly promotions: ProductPromotions,
    private readonly views: ProductViews,
    private readonly clock: ClockService,
    private readonly bus: EventBus,
    @Inject(ENV) env: Env,
  ) {
    this.pages = new StorefrontCache(env.redisUrl ? 0 : env.storefrontCacheMs);
  }

  onModuleInit(): void {
    this.unsubscribe = this.bus.subscribe((events) => this.pages.heard(events));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  /** Active products of the class (or of one shop of it), as every member sees them: no viewer in the answer. */
  list(classId: string, query: StorefrontQuery, shopId?: string): Promise<StorefrontPage> {
    const key = JSON.stringify([shopId ?? null, query.page ?? 1, query.pageSize ?? DEFAULT_PAGE_SIZE, query.category ?? null, query.q ?? null, query.sort ?? 'newest']);
    return this.pages.page(classId, key, () => this.read(classId, query, shopId));
  }

  /** Three queries whatever the page size (page, count; covers are joined). */
  private async read(classId: string, query: StorefrontQuery, shopId?: string): Promise<StorefrontPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    // Products with a paid promotion running on the class clock come first, labelled "Iklan".
    const simNow = await this.clock.readNow(classId);
    const { rows, total } = await this.products.storefrontPage(this.dataSource.manager, {
      classId,
      shopId,
      category: query.category,
      tsquery: prefixTsQuery(query.q),
      sort: query.sort ?? 'newest',
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }, simNow);
    if (shopId && total === 0 && !(await this.products.shopInClass(this.dataSource.manager, shopId, classId))) {
      throw catalogErrors.shopNotFound();
    }
    return { items: rows.map((row) => this.views.item(row)), page, pageSize, total };
  }

  /** A product's page. An inactive product is still seen by its seller and the facilitators, by no one else. */
  async detail(classId: string, productId: string, viewer: Principal): Promise<ProductDetail> {
    const manager = this.dataSource.manager;
    const row = await this.products.findInClass(manager, productId, classId);
    const mayView = row && (row.status === 'active' || viewer.kind === 'facilitator' || viewer.id === row.shop_participant_id);
    if (!row || !mayView) throw catalogErrors.productNotFound();
    // A page open by someone other than its seller counts for a running promotion (the seller sees the views).
    const countView = viewer.kind === 'participant' && viewer.id !== row.shop_participant_id;
    const promoted = await this.promotions.runningFor(manager, classId, productId, await this.clock.readNow(classId), countView);
    const photos = await this.products.photosOf(manager, [productId]);
    return { ...this.views.detail(row, photos.get(productId) ?? []), promoted };
  }
}
