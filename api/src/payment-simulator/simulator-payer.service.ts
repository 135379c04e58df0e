import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { payerRefusal, payerTime, type SimChannel } from './midtrans-protocol.js';
import { type PayerBill, SimTransactions } from './sim-transactions.js';
import { SimulatorNotifier } from './simulator-notifier.js';
import { simulatorErrors } from './simulator.errors.js';

export type { PayerBill } from './sim-transactions.js';

/** Unknown numbers (or wrong amounts) one address may try per 10 minutes before the payer side answers 429. */
export const PAYER_MISSES_PER_10_MIN = 10;

export interface PayerReceipt {
  transactionId: string;
  status: 'settlement';
  amount: number;
  recipient: string;
  paidAt: string;
  /** Whether the merchant's webhook has already accepted the notification (it is retried if not). */
  merchantNotified: boolean;
}

/** The payer's "bank app": look a number up, see the bill, pay it exactly, once, in time. */
@Injectable()
export class SimulatorPayer {
  constructor(
    private readonly transactions: SimTransactions,
    private readonly notifier: SimulatorNotifier,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * The payer side's limits, per client address: 120 inquiries or payments a minute (a hall of phones each has its
   * own LAN address), and 10 numbers that do not exist per 10 minutes (a payer mistypes a few; a walker many).
   */
  async guarded<T>(ip: string, work: () => Promise<T>): Promise<T> {
    const misses = { bucket: `sim-payer-miss:ip:${ip}`, max: PAYER_MISSES_PER_10_MIN, windowSeconds: 600 };
    await this.limiter.hitAndPeek({ bucket: `sim-payer:ip:${ip}`, max: 120, windowSeconds: 60 }, misses);
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'VA_NOT_FOUND' || error.code === 'AMOUNT_MISMATCH')) await this.limiter.hit([misses]).catch(() => undefined);
      throw error;
    }
  }

  /** The bank app's inquiry: what this number is for. Unknown → VA_NOT_FOUND; otherwise the bill with its status. */
  async lookup(channel: SimChannel, number: string): Promise<PayerBill> {
    const found = await this.transactions.withBill(channel, number, (manager, locked) => this.transactions.expireIfDue(manager, locked));
    if (!found) throw simulatorErrors.refused('VA_NOT_FOUND');
    if (found.notification) void this.notifier.deliverNow(found.notification);
    return found.bill;
  }

  /** The payer page of a QRIS or GoPay charge (`/simulator/bayar/<id>`). */
  async lookupQr(transactionId: string): Promise<PayerBill> {
    const channel = await this.transactions.qrChannel(transactionId);
    if (!channel) throw simulatorErrors.refused('VA_NOT_FOUND');
    return this.lookup(channel, transactionId);
  }

  /**
   * The payer confirms: the exact amount, in time, once. Then the notification goes to the merchant; this waits
   * for the first delivery attempt, so that "Berhasil" on the payer's screen usually means the order is paid.
   */
  async pay(channel: SimChannel, number: string, amount: number): Promise<PayerReceipt> {
    const found = await this.transactions.withBill(channel, number, async (manager, locked) => {
      const current = await this.transactions.expireIfDue(manager, locked);
      const refusal = payerRefusal(current.transaction, amount, new Date());
      if (refusal) return { ...current, refusal };
      // Not refused: still pending and in time.
      return { ...(await this.transactions.changeStatus(manager, locked, 'settlement')), refusal: null };
    });
    if (!found) throw simulatorErrors.refused('VA_NOT_FOUND');
    const delivered = found.notification ? await this.notifier.deliverNow(found.notification) : false;
    if (found.refusal) throw simulatorErrors.refused(found.refusal);
    return {
      transactionId: found.bill.transactionId,
      status: 'settlement',
      amount: found.bill.amount,
      recipient: found.bill.recipient,
      paidAt: payerTime(found.transaction, found.clock, found.transaction.settlementTime!).toISOString(),
      merchantNotified: delivered,
    };
  }
}
