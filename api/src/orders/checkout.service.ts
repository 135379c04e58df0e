import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { authErrors } from '../auth/auth.errors.js';
import type { Principal } from '../auth/principal.js';
import { type CheckoutProduct, ProductsService } from '../catalog/products.service.js';
import { ClockService } from '../clock/clock.service.js';
import { SchedulerService } from '../clock/scheduler.service.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { assertSameRequest, requestFingerprint, requiredIdempotencyKey } from '../common/idempotency/idempotency.js';
import { readAlong, readTogether } from '../database/deferred-begin.js';
import { MediaService } from '../media/media.service.js';
import { PaymentsService } from '../payments/payments.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { ShippingService } from '../shipping/shipping.service.js';
import { shippingQuoteView } from '../shipping/shipping-views.js';
import { CartRepository } from './cart.repository.js';
import {
  type CheckoutLine,
  chooseCourier,
  groupByShop,
  type LineProblem,
  lineProblem,
  mergeLines,
  orderTotals,
  parcelOf,
  shopChoiceProblem,
} from './checkout-rules.js';
import type { CheckoutQuoteView, CheckoutResultView, PlaceOrderRequest, QuoteRequest } from './dto/checkout.dto.js';
import { formatInvoiceNumber } from './invoice-number.js';
import { paymentDeadline } from './order-deadlines.js';
import { orderErrors } from './order.errors.js';
import { OrderSettingsService } from './order-settings.service.js';
import { OrderReadModel } from './order-read-model.js';
import { heldOrderOf, OrdersRepository, type AddressSnapshot, type WrittenOrder } from './orders.repository.js';
import { orderRooms, OrdersService, PAYMENT_EXPIRE_TASK } from './orders.service.js';

interface Buyer {
  id: string;
  classId: string;
}

type ShopGroup = { shopId: string; lines: { product: CheckoutProduct; quantity: number }[] };

function buyerOf(principal: Principal): Buyer {
  // The guard lets only participants in; this keeps the type honest.
  if (principal.kind !== 'participant') throw authErrors.forbidden();
  return { id: principal.id, classId: principal.classId };
}

function lineError(problem: LineProblem, product: CheckoutProduct | undefined, productId: string) {
  switch (problem) {
    case 'PRODUCT_NOT_AVAILABLE':
      return orderErrors.productNotAvailable(productId);
    case 'OWN_PRODUCT':
      return orderErrors.ownProduct(productId);
    case 'BELOW_MIN_ORDER':
      return orderErrors.belowMinOrder(productId, product!.minOrder);
    case 'OUT_OF_STOCK':
      return orderErrors.outOfStock(productId, product!.stock);
  }
}

/** The quote (per shop: items, courier options, payment methods) and placing the orders, one per shop. */
@Injectable()
export class CheckoutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly orders: OrdersRepository,
    private readonly cart: CartRepository,
    private readonly products: ProductsService,
    private readonly shipping: ShippingService,
    private readonly regions: RegionsService,
    private readonly payments: PaymentsService,
    private readonly scheduler: SchedulerService,
    private readonly clock: ClockService,
    private readonly settings: OrderSettingsService,
    private readonly media: MediaService,
    private readonly orderService: OrdersService,
    private readonly readModel: OrderReadModel,
  ) {}

  /** What checking out these items (or the cart) to this regency would give: per shop, lines, couriers and fee. */
  async quote(principal: Principal, input: QuoteRequest): Promise<CheckoutQuoteView> {
    const buyer = buyerOf(principal);
    const destination = this.destination(input.destinationRegencyCode);
    // The cart with its products (or the items' products) and the class's fee: one round trip.
    const [groups, { adminFeeRupiah }] = await readTogether(this.dataSource.manager, [
      (on) => this.prepare(on, buyer, input.items),
      (on) => this.settings.get(buyer.classId, on),
    ]);
    return {
      destination: { regencyCode: destination.regencyCode, regencyLabel: destination.regencyLabel, provinceName: destination.provinceName },
      shops: groups.map((group) => {
        const first = group.lines[0]!.product;
        return {
          shop: {
            id: group.shopId,
            name: first.shopName,
            regencyCode: first.shopRegencyCode,
            regencyLabel: this.regions.getRegency(first.shopRegencyCode)?.label ?? first.shopRegencyCode,
          },
          items: group.lines.map(({ product, quantity }) => ({
            productId: product.id,
            title: product.title,
            price: product.price,
            quantity,
            lineTotal: product.price * quantity,
            weightGrams: product.weightGrams,
            perishable: product.shelfLifeDays !== null,
            photo: product.coverHash ? this.media.urlsFor(product.coverHash) : null,
          })),
          subtotal: group.lines.reduce((sum, line) => sum + line.product.price * line.quantity, 0),
          adminFee: adminFeeRupiah,
          shipping: shippingQuoteView(this.quoteShipping(group, destination.regencyCode)),
        };
      }),
      paymentMethods: this.payments.methods(),
    };
  }

  /**
   * Places one order per shop in ONE transaction: the checkout row first (the idempotency gate), then the checks,
   * the stock (one conditional UPDATE per product, in product-id order so two checkouts never deadlock), and per
   * shop the order, its lines, its history, its payment and its deadline; the bought items leave the cart. After
   * commit the gateway is charged. The same Idempotency-Key again returns the first checkout's orders.
   */
  async place(principal: Principal, idempotencyKey: string | undefined, input: PlaceOrderRequest): Promise<CheckoutResultView> {
    const buyer = buyerOf(principal);
    const key = requiredIdempotencyKey(idempotencyKey);
    const requestHash = requestFingerprint(input);
    const destination = this.destination(input.address.regencyCode);
    const placed = await this.uow.run(async (tx) => {
      // The clock, the settings, an invoice number per shop chosen and the lines with their products travel with the
      // checkout row's insert: one round trip for all five. A replay has read them for nothing, and leaves its
      // invoice numbers unused, as a checkout that fails does (numbers are unique, not gapless).
      const clockRead = readAlong(tx.manager, (manager) => this.clock.get(buyer.classId, manager));
      const settingsRead = readAlong(tx.manager, (manager) => this.settings.get(buyer.classId, manager));
      const invoicesRead = readAlong(tx.manager, (manager) => this.orders.nextInvoiceSequences(manager, Math.max(1, input.shops.length)));
      const groupsRead = readAlong(tx.manager, (manager) => this.prepare(manager, buyer, input.items));
      const checkoutId = await this.orders.insertCheckout(tx.manager, { classId: buyer.classId, buyerId: buyer.id, key, requestHash });
      const clock = await clockRead;
      if (!checkoutId) {
        // Seen before (the first request committed while this one waited on the unique index): its orders, not new ones.
        const first = (await this.orders.findCheckout(tx.manager, buyer.id, key))!;
        assertSameRequest(first.request_hash, requestHash);
        return { checkoutId: first.id, orderIds: await this.orders.orderIdsOfCheckout(tx.manager, first.id), replayed: true, written: [], clock };
      }
      const simNow = clock.simNow;
      const [settings, invoiceSequences, groups] = await Promise.all([settingsRead, invoicesRead, groupsRead]);
      const problem = shopChoiceProblem(groups.map((group) => group.shopId), input.shops);
      if (problem) throw problem.code === 'COURIER_REQUIRED' ? orderErrors.courierRequired(problem.shopId) : orderErrors.shopNotInCheckout(problem.shopId);
      const couriers = groups.map((group) => {
        const courierCode = input.shops.find((choice) => choice.shopId === group.shopId)!.courierCode;
        const quote = this.quoteShipping(group, destination.regencyCode);
        const chosen = chooseCourier(quote, courierCode, input.paymentMethod);
        if (!chosen.ok) throw chosen.code === 'COD_NOT_AVAILABLE' ? orderErrors.codNotAvailable(group.shopId, courierCode) : orderErrors.courierNotAvailable(group.shopId, courierCode);
        return { ...chosen.option, etd: { ...chosen.option.etd }, zone: quote.zone, weightKg: quote.weightKg };
      });

      const bought = groups.flatMap((group) => group.lines).sort((a, b) => (a.product.id < b.product.id ? -1 : 1));
      // One conditional UPDATE per product, in product-id order (two checkouts never deadlock), sent along with the
      // first order's payment deadline task (or its row): checked once that statement is answered.
      const reserving = Promise.all(bought.map(({ product, quantity }) => this.products.reserveStock(tx.manager, product.id, quantity)));
      reserving.catch(() => undefined);
      const stockTaken = async () => {
        const reserved = await reserving;
        bought.forEach(({ product }, k) => {
          const reservation = reserved[k]!;
          if (!reservation.ok) throw orderErrors.outOfStock(product.id, reservation.available);
        });
      };

      const address: AddressSnapshot = {
        recipient: input.address.recipient.trim(),
        phone: input.address.phone,
        street: input.address.street.trim(),
        district: input.address.district?.trim() || null,
        ...destination,
      };
      const orderIds: string[] = [];
      // What was just written, so the answer is built from it rather than read back (no shipment or tracking yet).
      const written: WrittenOrder[] = [];
      for (const [i, group] of groups.entries()) {
        const orderId = randomUUID();
        const courier = couriers[i]!;
        const first = group.lines[0]!.product;
        const totals = orderTotals(group.lines.map(({ product, quantity }) => ({ price: product.price, quantity })), courier.price, settings.adminFeeRupiah);
        const invoiceNumber = formatInvoiceNumber(simNow, invoiceSequences[i] ?? (await this.orders.nextInvoiceSequences(tx.manager, 1))[0]!);
        const dueAt = input.paymentMethod === 'cod' ? null : paymentDeadline(simNow, settings.deadlines);
        const expiryTask = dueAt
          ? await this.scheduler.schedule(tx, { classId: buyer.classId, kind: PAYMENT_EXPIRE_TASK, payload: { orderId }, dueSim: dueAt, dedupeKey: `${PAYMENT_EXPIRE_TASK}:${orderId}` })
          : null;
        if (i === 0) await stockTaken();
        const row = await this.orders.insertOrder(tx.manager, {
          id: orderId,
          classId: buyer.classId,
          checkoutId,
          invoiceNumber,
          buyerId: buyer.id,
          shopId: group.shopId,
          sellerId: first.sellerId,
          paymentMethod: input.paymentMethod,
          courier,
          address,
          note: input.note?.trim() || null,
          ...totals,
          placedAt: simNow,
          paymentDueAt: dueAt,
          paymentExpireTaskId: expiryTask?.id ?? null,
        });
        const lines = await this.orders.insertLines(
          tx.manager,
          orderId,
          group.lines.map(({ product, quantity }) => ({
            productId: product.id,
            title: product.title,
            unitPrice: product.price,
            quantity,
            weightGrams: product.weightGrams,
            lengthCm: product.lengthCm,
            widthCm: product.widthCm,
            heightCm: product.heightCm,
            shelfLifeDays: product.shelfLifeDays,
            photoHash: product.coverHash,
          })),
        );
        const history = await this.orders.insertHistory(tx.manager, { orderId, from: null, to: 'AWAITING_PAYMENT', actor: 'buyer', actorId: buyer.id, reason: null, note: null, simTime: simNow });
        written.push({ row, lines, history: [history] });
        // Its notifications name it from what was just written, not by reading it back.
        this.readModel.hold(tx.manager, heldOrderOf(row, lines[0]?.title ?? null, lines.length));
        const room = { id: orderId, class_id: buyer.classId, buyer_id: buyer.id, shop_id: group.shopId };
        await tx.record({
          type: 'order.placed',
          classId: buyer.classId,
          actorId: buyer.id,
          payload: {
            orderId,
            invoiceNumber,
            shopId: group.shopId,
            buyerId: buyer.id,
            state: 'AWAITING_PAYMENT',
            total: totals.total,
            itemCount: group.lines.reduce((sum, line) => sum + line.quantity, 0),
            productIds: [...new Set(group.lines.map((line) => line.product.id))],
            paymentMethod: input.paymentMethod,
            placedAt: simNow.toISOString(),
            paymentDueAt: dueAt?.toISOString() ?? null,
          },
          rooms: orderRooms(room),
          simTime: simNow,
        });
        // COD: the payment capability confirms it here and the order becomes PAID in this same transaction.
        await this.payments.open(
          tx,
          {
            orderId,
            classId: buyer.classId,
            method: input.paymentMethod,
            amount: totals.total,
            invoiceNumber,
            shopName: first.shopName,
            dueSimAt: dueAt,
            items: [
              ...group.lines.map(({ product, quantity }) => ({ id: product.id, name: product.title, price: product.price, quantity })),
              { id: 'shipping', name: `Ongkos kirim ${courier.name}`, price: courier.price, quantity: 1 },
              ...(totals.adminFee > 0 ? [{ id: 'admin-fee', name: 'Biaya layanan', price: totals.adminFee, quantity: 1 }] : []),
            ],
            customer: { firstName: address.recipient, phone: address.phone },
          },
          { simNow },
        );
        orderIds.push(orderId);
      }
      await this.cart.remove(tx.manager, buyer.id, bought.map((line) => line.product.id));
      // COD became PAID inside this transaction (payments.open), so its written rows are stale: read it back.
      return { checkoutId, orderIds, replayed: false, written: input.paymentMethod === 'cod' ? [] : written, clock };
    });

    // After commit: the VAs. A replay charges what the first request could not (a no-op once charged).
    // With the clock this request read: the VA expires when the order's payment deadline (from that clock) comes.
    const charged = await this.payments.charge(placed.orderIds, placed.clock);
    const orders =
      placed.written.length === placed.orderIds.length
        ? await this.orderService.placedDetails(placed.written, 'buyer', charged)
        : await this.orderService.details(placed.orderIds, 'buyer');
    return { checkoutId: placed.checkoutId, replayed: placed.replayed, orders };
  }

  /**
   * The items (the cart's lines when none are given) with their products, checked (first problem wins, with its
   * code), grouped per shop. One query either way: the cart's lines come with their products.
   */
  private async prepare(manager: EntityManager, buyer: Buyer, items: CheckoutLine[] | undefined): Promise<ShopGroup[]> {
    let merged: CheckoutLine[];
    let byId: Map<string, CheckoutProduct | undefined>;
    if (items) {
      merged = mergeLines(items);
      if (merged.length === 0) throw orderErrors.cartEmpty();
      const found = await this.products.findForCheckout(manager, buyer.classId, merged.map((line) => line.productId));
      byId = new Map(found.map((product) => [product.id, product]));
    } else {
      const cart = await this.products.findInCart(manager, buyer.classId, buyer.id);
      merged = cart.map((line) => ({ productId: line.productId, quantity: line.quantity }));
      if (merged.length === 0) throw orderErrors.cartEmpty();
      byId = new Map(cart.map((line) => [line.productId, line.product]));
    }
    for (const line of merged) {
      const product = byId.get(line.productId);
      const problem = lineProblem(product, line.quantity, buyer.id);
      if (problem) throw lineError(problem, product, line.productId);
    }
    return groupByShop(merged.map((line) => ({ product: byId.get(line.productId)!, quantity: line.quantity })));
  }

  private quoteShipping(group: ShopGroup, destinationRegencyCode: string) {
    return this.shipping.quote({
      originRegencyCode: group.lines[0]!.product.shopRegencyCode,
      destinationRegencyCode,
      ...parcelOf(group.lines),
    });
  }

  /** The destination regency with its names (UNKNOWN_REGENCY, 400, for a code that is not one). */
  private destination(regencyCode: string): Omit<AddressSnapshot, 'recipient' | 'phone' | 'street' | 'district'> {
    const regency = this.regions.requireRegency(regencyCode);
    return {
      regencyCode: regency.code,
      regencyLabel: regency.label,
      provinceCode: regency.provinceCode,
      provinceName: this.regions.getProvince(regency.provinceCode)?.name ?? regency.provinceCode,
    };
  }
}
