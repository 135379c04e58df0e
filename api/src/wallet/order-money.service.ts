// Order money: the ledger postings that follow an order's moves, made in the transaction that moved the order.
// The money design is written down in ledger-postings.ts. Moved out of wallet.service.ts (issue #16).
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ClockService } from '../clock/clock.service.js';
import { isEventOf, rooms, type PublishedEvent } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { OrderReadModel, type OrderMoneyRow } from '../orders/order-read-model.js';
import { orderRooms } from '../orders/orders.service.js';
import {
  LATE_PAYMENT_EVENT,
  NO_LEDGER_FACTS,
  ORDER_MONEY_EVENTS,
  type OrderMoney,
  orderEventPosting,
  paymentSettled,
  postingReadsLedger,
  refund,
} from './ledger-postings.js';
import { LedgerService } from './ledger.service.js';
import { WalletSettingsService } from './wallet-settings.service.js';

/** Posts order money from recorded order events (UnitOfWork.onRecorded): the orders code never calls the wallet. */
@Injectable()
export class OrderMoneyService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly ledger: LedgerService,
    private readonly settings: WalletSettingsService,
    private readonly clock: ClockService,
    private readonly orders: OrderReadModel,
  ) {}

  onModuleInit(): void {
    // Order money moves in the transaction that changed the order (the fulfilment and orders code never call us).
    this.uow.onRecorded((tx, event) => this.postOrderMoney(tx, event));
  }

  private async postOrderMoney(tx: Transaction, event: PublishedEvent): Promise<void> {
    if (isEventOf(event, LATE_PAYMENT_EVENT) && event.classId) return this.postLatePayment(tx, event.payload.orderId, event.simTime);
    if (!isEventOf(event, ...ORDER_MONEY_EVENTS) || !event.classId) return;
    const orderId = event.payload.orderId;
    const order = await this.orderMoneyRow(tx, orderId);
    if (!order) return;
    const money = moneyOf(order);
    const facts = postingReadsLedger(event.type) ? await this.ledger.orderFacts(tx.manager, orderId) : NO_LEDGER_FACTS;
    const feePercent = event.type === 'order.completed' ? (await this.settings.get(order.class_id, tx.manager)).sellerFeePercent : 0;
    const refundDue = 'refundDue' in event.payload ? event.payload.refundDue : undefined;
    const posting = orderEventPosting(event.type, { refundDue }, money, facts, feePercent);
    if (!posting) return;
    const simTime = event.simTime ? new Date(event.simTime) : await this.clock.now(order.class_id, tx.manager);
    const posted = await this.ledger.post(tx, {
      classId: order.class_id,
      kind: posting.kind,
      sourceId: orderId,
      shopId: order.shop_id,
      orderId,
      simTime,
      memo: posting.sellerFee !== undefined ? { fee: posting.sellerFee, feePercent } : {},
      lines: posting.lines,
    });
    if (!posted) return;
    if (posting.kind === 'order_released') {
      const fee = posting.sellerFee ?? 0;
      await tx.record({
        type: 'wallet.funds_released',
        classId: order.class_id,
        payload: { shopId: order.shop_id, orderId, invoiceNumber: order.invoice_number, amount: money.subtotal - fee, fee },
        rooms: [rooms.shop(order.shop_id), rooms.facilitators(order.class_id)],
        simTime,
      });
    } else if (posting.kind === 'refund') {
      await tx.record({
        type: 'wallet.refunded',
        classId: order.class_id,
        payload: { orderId, invoiceNumber: order.invoice_number, shopId: order.shop_id, buyerId: order.buyer_id, amount: money.total },
        rooms: orderRooms(order),
        simTime,
      });
    }
  }

  /** The order's money columns, read inside the posting's transaction. */
  private orderMoneyRow(tx: Transaction, orderId: string): Promise<OrderMoneyRow | undefined> {
    return this.orders.money(tx.manager, orderId);
  }

  /**
   * A settlement after the order closed: the buyer's money came in (payment_settled) and goes straight back to the
   * buyer (refund), so the ledger shows both and the order's books end at zero.
   */
  private async postLatePayment(tx: Transaction, orderId: string, eventSimTime: string | Date | null | undefined): Promise<void> {
    const order = await this.orderMoneyRow(tx, orderId);
    if (!order || order.payment_method === 'cod') return;
    const facts = await this.ledger.orderFacts(tx.manager, orderId);
    if (facts.settled) return;
    const money = moneyOf(order);
    const simTime = eventSimTime ? new Date(eventSimTime) : await this.clock.now(order.class_id, tx.manager);
    const base = { classId: order.class_id, sourceId: orderId, shopId: order.shop_id, orderId, simTime, memo: { latePayment: true } };
    await this.ledger.post(tx, { ...base, kind: 'payment_settled', lines: paymentSettled(money) });
    if (!(await this.ledger.post(tx, { ...base, kind: 'refund', lines: refund(money) }))) return;
    await tx.record({
      type: 'wallet.refunded',
      classId: order.class_id,
      payload: { orderId, invoiceNumber: order.invoice_number, shopId: order.shop_id, buyerId: order.buyer_id, amount: money.total, latePayment: true },
      rooms: orderRooms(order),
      simTime,
    });
  }
}

/** What the ledger postings need of an order (ledger-postings.ts). */
function moneyOf(order: OrderMoneyRow): OrderMoney {
  return {
    shopId: order.shop_id,
    subtotal: order.subtotal,
    shippingCost: order.shipping_cost,
    adminFee: order.admin_fee,
    total: order.total,
    cod: order.payment_method === 'cod',
  };
}
