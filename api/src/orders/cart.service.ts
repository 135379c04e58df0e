import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { authErrors } from '../auth/auth.errors.js';
import type { Principal } from '../auth/principal.js';
import { catalogErrors } from '../catalog/catalog.errors.js';
import { type CheckoutProduct, ProductsService } from '../catalog/products.service.js';
import { MediaService } from '../media/media.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { CartRepository } from './cart.repository.js';
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

  /** One query: the lines with their products, shops and covers. */
  async view(principal: Principal): Promise<CartView> {
    const buyer = participantOf(principal);
    const read = await this.products.findInCart(this.dataSource.manager, buyer.classId, buyer.id);
    return this.viewOf(buyer, read, new Map(read.map((line) => [line.productId, line.product])));
  }

  /** "+ Keranjang" and the quantity stepper: sets the line's quantity (adds the line when new). */
  async setQuantity(principal: Principal, productId: string, quantity: number): Promise<CartView> {
    const buyer = participantOf(principal);
    // No transaction of its own: the checks read, and the change is ONE statement (the cap is in it), which
    // PostgreSQL runs as a transaction by itself. An explicit one only added its COMMIT's round trip. The cart
    // records no event. Checkout checks every line again under its own transaction.
    const manager = this.dataSource.manager;
    // The product and the cart's other products in one read: the answer below needs them all.
    const read = await this.products.findInCart(manager, buyer.classId, buyer.id, productId);
    const product = read.find((line) => line.productId === productId)?.product;
    if (!product) throw catalogErrors.productNotFound();
    const problem = lineProblem(product, quantity, buyer.id);
    if (problem === 'PRODUCT_NOT_AVAILABLE') throw orderErrors.productNotAvailable(productId);
    if (problem === 'OWN_PRODUCT') throw orderErrors.ownProduct(productId);
    if (problem === 'BELOW_MIN_ORDER') throw orderErrors.belowMinOrder(productId, product.minOrder);
    if (problem === 'OUT_OF_STOCK') throw orderErrors.outOfStock(productId, product.stock);
    const lines = await this.cart.setQuantity(manager, buyer.id, productId, quantity, MAX_CHECKOUT_LINES);
    if (!lines) throw orderErrors.cartFull(MAX_CHECKOUT_LINES);
    return this.viewOf(
      buyer,
      lines.map((line) => ({ productId: line.product_id, quantity: line.quantity })),
      new Map(read.map((line) => [line.productId, line.product])),
    );
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

  /**
   * The cart as the buyer sees it: per shop, each line flagged. `known` holds the products already read (undefined:
   * gone); a line added meanwhile by another request has its product read here.
   */
  private async viewOf(buyer: { id: string; classId: string }, lines: { productId: string; quantity: number }[], known: Map<string, CheckoutProduct | undefined>): Promise<CartView> {
    const unread = lines.filter((line) => !known.has(line.productId)).map((line) => line.productId);
    if (unread.length > 0) {
      const found = await this.products.findForCheckout(this.dataSource.manager, buyer.classId, unread);
      for (const id of unread) known.set(id, found.find((product) => product.id === id));
    }
    const present = lines.flatMap((line) => {
      const product = known.get(line.productId);
      return product ? [{ product, quantity: line.quantity }] : [];
    });
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
