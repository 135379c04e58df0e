import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { authErrors } from '../auth/auth.errors.js';
import type { Principal } from '../auth/principal.js';
import { catalogErrors } from '../catalog/catalog.errors.js';
import { type CheckoutProduct, ProductsService } from '../catalog/products.service.js';
import { MediaService } from '../media/media.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { type CartLineRow, CartRepository } from './cart.repository.js';
import { groupByShop, lineProblem, MAX_CHECKOUT_LINES } from './checkout-rules.js';
import type { CartView } from './dto/cart.dto.js';
import { orderErrors } from './order.errors.js';

function participantOf(principal: Principal): { id: string; classId: string } {
  if (principal.kind !== 'participant') throw authErrors.forbidden();
  return { id: principal.id, classId: principal.classId };
}

/** A participant's cart: products of several shops, each line flagged when it can no longer be checked out as is. */
@Injectable()
export class CartService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cart: CartRepository,
    private readonly products: ProductsService,
    private readonly media: MediaService,
    private readonly regions: RegionsService,
  ) {}

  /** Two queries: the lines (unless the change just answered them), then their products with shops and covers. */
  async view(principal: Principal, knownLines?: CartLineRow[]): Promise<CartView> {
    const buyer = participantOf(principal);
    const manager = this.dataSource.manager;
    const lines = knownLines ?? (await this.cart.lines(manager, buyer.id));
    const found = await this.products.findForCheckout(manager, buyer.classId, lines.map((line) => line.product_id));
    const byId = new Map(found.map((product) => [product.id, product]));
    const present = lines.filter((line) => byId.has(line.product_id)).map((line) => ({ product: byId.get(line.product_id)!, quantity: line.quantity }));
    const shops = groupByShop(present).map((group) => {
      const items = group.lines.map(({ product, quantity }) => this.item(product, quantity, buyer.id));
      const first = group.lines[0]!.product;
      return {
        shop: { id: group.shopId, name: first.shopName, regencyLabel: this.regions.getRegency(first.shopRegencyCode)?.label ?? first.shopRegencyCode },
        items,
        subtotal: items.filter((item) => item.problem === null).reduce((sum, item) => sum + item.lineTotal, 0),
      };
    });
    return {
      shops,
      itemCount: present.reduce((sum, line) => sum + line.quantity, 0),
      subtotal: shops.reduce((sum, shop) => sum + shop.subtotal, 0),
    };
  }

  /** "+ Keranjang" and the quantity stepper: sets the line's quantity (adds the line when new). */
  async setQuantity(principal: Principal, productId: string, quantity: number): Promise<CartView> {
    const buyer = participantOf(principal);
    // No transaction of its own: the checks read, and the change is ONE statement (the cap is in it), which
    // PostgreSQL runs as a transaction by itself. An explicit one only added its COMMIT's round trip. The cart
    // records no event. Checkout checks every line again under its own transaction.
    const manager = this.dataSource.manager;
    const [product] = await this.products.findForCheckout(manager, buyer.classId, [productId]);
    if (!product) throw catalogErrors.productNotFound();
    const problem = lineProblem(product, quantity, buyer.id);
    if (problem === 'PRODUCT_NOT_AVAILABLE') throw orderErrors.productNotAvailable(productId);
    if (problem === 'OWN_PRODUCT') throw orderErrors.ownProduct(productId);
    if (problem === 'BELOW_MIN_ORDER') throw orderErrors.belowMinOrder(productId, product.minOrder);
    if (problem === 'OUT_OF_STOCK') throw orderErrors.outOfStock(productId, product.stock);
    const lines = await this.cart.setQuantity(manager, buyer.id, productId, quantity, MAX_CHECKOUT_LINES);
    if (!lines) throw orderErrors.cartFull(MAX_CHECKOUT_LINES);
    return this.view(principal, lines);
  }

  /** One statement each, as setQuantity's change: no transaction of their own. */
  async remove(principal: Principal, productId: string): Promise<CartView> {
    const buyer = participantOf(principal);
    await this.cart.remove(this.dataSource.manager, buyer.id, [productId]);
    return this.view(principal);
  }

  async clear(principal: Principal): Promise<CartView> {
    const buyer = participantOf(principal);
    await this.cart.clear(this.dataSource.manager, buyer.id);
    return this.view(principal);
  }

  private item(product: CheckoutProduct, quantity: number, buyerId: string) {
    return {
      productId: product.id,
      title: product.title,
      price: product.price,
      quantity,
      lineTotal: product.price * quantity,
      stock: product.stock,
      minOrder: product.minOrder,
      weightGrams: product.weightGrams,
      perishable: product.shelfLifeDays !== null,
      photo: product.coverHash ? this.media.urlsFor(product.coverHash) : null,
      problem: lineProblem(product, quantity, buyerId),
    };
  }
}
