import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ClassesService } from '../classes/classes.service.js';
import { type OrderableKind, ProductsService } from '../catalog/products.service.js';
import { numberedName } from '../classes/participant-name.js';
import { CheckoutService } from '../orders/checkout.service.js';
import { OrderReadModel } from '../orders/order-read-model.js';
import { OrdersService } from '../orders/orders.service.js';
import { PayerClient } from '../payments/payer-client.js';
import type { PaymentMethodCode } from '../payments/payment-methods.js';
import { PaymentsService } from '../payments/payments.service.js';
import { LOCAL_ONLY_TYPES } from '../shipping/courier-services.js';
import { buyerAddress, type Destination, recipientName, recipientPhone } from './buyer-addresses.js';
import { scenarioErrors } from './scenarios.errors.js';

export interface Persona {
  id: string;
  classId: string;
  name: string;
  phone: string | null;
  /** Where the facilitator said she lives (near the shops, a city, far); demo orders go there. */
  destination?: Destination;
}

export interface TargetShop {
  participantId: string;
  shopId: string;
  shopRegencyCode: string;
}

export interface ProductPick {
  productId: string;
  title: string;
  quantity: number;
  perishable: boolean;
}

export interface PlacedOrder {
  orderId: string;
  invoiceNumber: string;
  state: string;
  total: number;
  paymentMethod: string;
  courierCode: string;
  replayed: boolean;
}

export interface QuoteOutcome {
  productId: string;
  title: string;
  destinationRegencyCode: string;
  destinationLabel: string;
  options: number;
  noOptionReason: string | null;
  noOptionMessage: string | null;
}

/** The first demo buyer a scenario or a demo order acts as, when the facilitator picks none. */
export const DEFAULT_PERSONA = { displayName: 'Bu Rahma (Bandar Lampung)', phone: '081270000001', village: 'Kedaton, Kota Bandar Lampung' };

/**
 * A facilitator's demo buyer (persona) doing what a buyer does, through the NORMAL use cases: the checkout quote and
 * placement (as that participant, with an idempotency key), paying in the simulator's bank app over HTTP exactly as a
 * payer would (→ signed notification → webhook), and cancelling as the buyer.
 */
@Injectable()
export class PersonaBuyerService {
  private readonly logger = new Logger(PersonaBuyerService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly checkout: CheckoutService,
    private readonly classes: ClassesService,
    private readonly orders: OrdersService,
    private readonly orderReads: OrderReadModel,
    private readonly products: ProductsService,
    private readonly payments: PaymentsService,
    private readonly payer: PayerClient,
  ) {}

  principal(persona: Persona): Principal {
    return { kind: 'participant', id: persona.id, role: 'buyer', classId: persona.classId, shopId: null, name: persona.name, tokenId: 'facilitator-persona' };
  }

  /** The named persona (a demo buyer of this class), or the class's first one, created when there is none. */
  async resolve(classId: string, actor: Principal, personaId?: string): Promise<Persona> {
    const found = async (id?: string) => {
      const rows: { id: string; display_name: string; name_number: number; phone: string | null; persona_destination: Destination | null }[] = await this.dataSource.query(
        `SELECT id, display_name, name_number, phone, persona_destination FROM participant_profile
          WHERE class_id = $1 AND role = 'buyer' AND is_persona AND ($2::uuid IS NULL OR id = $2::uuid)
          ORDER BY joined_at, id LIMIT 1`,
        [classId, id ?? null],
      );
      const row = rows[0];
      return row
        ? { id: row.id, classId, name: numberedName(row.display_name, row.name_number), phone: row.phone, destination: row.persona_destination ?? 'city' }
        : null;
    };
    if (personaId) {
      const persona = await found(personaId);
      if (!persona) throw scenarioErrors.personaNotFound();
      return persona;
    }
    const existing = await found();
    if (existing) return existing;
    const created = await this.classes.createPersona(classId, actor, DEFAULT_PERSONA);
    return { id: created.id, classId, name: created.name, phone: created.phone };
  }

  /** The shop's first active product in stock (perishable ones only, when asked), at its minimum order (catalog's pick). */
  async pickProduct(shopId: string, kind: OrderableKind): Promise<ProductPick | null> {
    const product = await this.products.firstOrderable(this.dataSource.manager, shopId, kind);
    return product ? { productId: product.id, title: product.title, quantity: product.minOrder, perishable: product.perishable } : null;
  }

  /** What the checkout shows this buyer for the product to that destination (e.g. why no courier can take it). */
  async quote(persona: Persona, target: TargetShop, product: ProductPick, destination: Destination, index = 0): Promise<QuoteOutcome> {
    const address = buyerAddress(destination, target.shopRegencyCode, index);
    const quote = await this.checkout.quote(this.principal(persona), {
      items: [{ productId: product.productId, quantity: product.quantity }],
      destinationRegencyCode: address.regencyCode,
    });
    const shop = quote.shops[0]!;
    return {
      productId: product.productId,
      title: product.title,
      destinationRegencyCode: address.regencyCode,
      destinationLabel: quote.destination.regencyLabel,
      options: shop.shipping.options.length,
      noOptionReason: shop.shipping.noOptionReason,
      noOptionMessage: shop.shipping.noOptionMessage,
    };
  }

  /**
   * Places one order as the persona, through the checkout, on one product: the cheapest courier the checkout offers
   * (one that takes COD, for COD); a perishable product goes to a buyer nearby. The same key gives the same order.
   */
  async placeOrder(
    persona: Persona,
    target: TargetShop,
    product: ProductPick,
    options: { key: string; paymentMethod: PaymentMethodCode; destination: Destination; index?: number; note?: string },
  ): Promise<PlacedOrder> {
    const prior = await this.ordersOfCheckout(persona.id, options.key);
    if (prior) return prior;
    const destination: Destination = product.perishable && options.destination !== 'far' ? 'near' : options.destination;
    const address = buyerAddress(destination, target.shopRegencyCode, options.index ?? 0);
    const buyer = this.principal(persona);
    const quote = await this.checkout.quote(buyer, {
      items: [{ productId: product.productId, quantity: product.quantity }],
      destinationRegencyCode: address.regencyCode,
    });
    const shipping = quote.shops[0]!.shipping;
    const offered = shipping.options.filter((option) => options.paymentMethod !== 'cod' || option.cod).sort((a, b) => a.price - b.price || a.code.localeCompare(b.code));
    const courier = offered.find((option) => !LOCAL_ONLY_TYPES.includes(option.type)) ?? offered[0];
    if (!courier) {
      throw scenarioErrors.noCourier(shipping.noOptionReason);
    }
    const placed = await this.checkout.place(buyer, options.key, {
      address: {
        recipient: recipientName(persona.name),
        phone: recipientPhone(persona.phone, persona.id),
        street: address.street,
        regencyCode: address.regencyCode,
        ...(address.district ? { district: address.district } : {}),
      },
      items: [{ productId: product.productId, quantity: product.quantity }],
      shops: [{ shopId: target.shopId, courierCode: courier.code }],
      paymentMethod: options.paymentMethod,
      ...(options.note ? { note: options.note } : {}),
    });
    const order = placed.orders[0]!;
    return {
      orderId: order.id,
      invoiceNumber: order.invoiceNumber,
      state: order.state,
      total: order.total,
      paymentMethod: options.paymentMethod,
      courierCode: courier.code,
      replayed: placed.replayed,
    };
  }

  /**
   * Pays the order in the simulator's bank app through the one payer client (HTTP, as any payer; refused with
   * PAYER_SIMULATOR_UNAVAILABLE when a real gateway is configured); the gateway then notifies the webhook.
   * Already paid (a replay) is fine. Returns the order's state afterwards.
   */
  async pay(orderId: string): Promise<string> {
    const payment = await this.payments.payableOf(orderId);
    const order = payment ? await this.orderReads.standing(this.dataSource.manager, orderId) : undefined;
    if (!payment || !order) throw scenarioErrors.orderNotFound();
    if (payment.method === 'cod' || order.state !== 'AWAITING_PAYMENT') return order.state;
    const answer = await this.payer.pay(payment);
    if (!answer.paid && answer.code !== 'ALREADY_PAID') {
      this.logger.warn({ msg: 'the simulator refused a demo payment', orderId, status: answer.status, code: answer.code });
      throw scenarioErrors.paymentRefused(answer.code ?? String(answer.status));
    }
    return this.orderState(orderId);
  }

  /** "Batalkan pesanan" as the buyer (only before payment: the state machine decides). */
  async cancel(persona: Persona, orderId: string): Promise<string> {
    return (await this.orders.cancel(this.principal(persona), orderId)).state;
  }

  async orderState(orderId: string): Promise<string> {
    return (await this.orderReads.standing(this.dataSource.manager, orderId))?.state ?? 'UNKNOWN';
  }

  /** The order an earlier request with this key placed, so a replay neither quotes again nor places anew. */
  private async ordersOfCheckout(buyerId: string, key: string): Promise<PlacedOrder | null> {
    const row = await this.orderReads.placedByCheckout(this.dataSource.manager, buyerId, key);
    return row
      ? { orderId: row.id, invoiceNumber: row.invoice_number, state: row.state, total: row.total, paymentMethod: row.payment_method, courierCode: row.courier_code, replayed: true }
      : null;
  }
}
