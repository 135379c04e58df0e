import { Inject, Injectable } from '@nestjs/common';
import { httpCall, type HttpAnswer } from '../common/http/http-call.js';
import { SelfUrl } from '../common/http/self-url.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { payerNumber } from './gateway-charge.js';
import type { PaymentMethodCode } from './payment-methods.js';
import { paymentErrors } from './payment.errors.js';

const TIMEOUT_MS = 15_000;

/** What the marketplace knows of a payment it wants paid by a pretend payer. */
export interface PayablePayment {
  method: PaymentMethodCode;
  amount: number;
  vaNumber: string | null;
  billKey: string | null;
  paymentCode: string | null;
  transactionId: string | null;
}

/** A stored payment as its columns read (the `payment` table), for the callers that pay one. */
export interface PaymentColumns {
  method: PaymentMethodCode;
  amount: number;
  va_number: string | null;
  bill_key: string | null;
  payment_code: string | null;
  gateway_transaction_id: string | null;
}

/** What a payer needs of a stored payment. */
export function payableFrom(row: PaymentColumns): PayablePayment {
  return {
    method: row.method,
    amount: row.amount,
    vaNumber: row.va_number,
    billKey: row.bill_key,
    paymentCode: row.payment_code,
    transactionId: row.gateway_transaction_id,
  };
}

/** The simulator's answer: paid, or refused with its code (VA_EXPIRED, ALREADY_PAID, …). */
export type PayerAnswer = { paid: true } | { paid: false; status: number; code: string | null; message: string };

/**
 * The one place the marketplace pays as a payer: the facilitator's "Bayar sekarang" and the scenarios' persona
 * buyers. It speaks HTTP to the built-in simulator's payer endpoint (`/payer/pay`), which a real gateway has no
 * equivalent of: with PAYMENT_GATEWAY_URL set (a real Midtrans sandbox) it refuses with PAYER_SIMULATOR_UNAVAILABLE
 * and never calls out.
 */
@Injectable()
export class PayerClient {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly selfUrl: SelfUrl,
  ) {}

  /** True when payments go to the built-in simulator, whose payer side this client drives. */
  available(): boolean {
    return this.env.paymentGatewayUrl === undefined;
  }

  async pay(payment: PayablePayment): Promise<PayerAnswer> {
    if (!this.available()) throw paymentErrors.payerSimulatorUnavailable();
    const number = payerNumber(payment.method, payment);
    if (!number) throw paymentErrors.gatewayUnavailable('');
    let response: HttpAnswer;
    try {
      response = await httpCall(`${this.selfUrl.base()}/api/simulator/payer/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ channel: payment.method, number, amount: payment.amount }),
        timeoutMs: TIMEOUT_MS,
      });
    } catch (error) {
      throw paymentErrors.gatewayUnavailable(error instanceof Error ? error.message : '');
    }
    if (response.status >= 200 && response.status < 300) return { paid: true };
    const answer = jsonObject(response.text) as { code?: unknown; message?: unknown };
    return { paid: false, status: response.status, code: typeof answer.code === 'string' ? answer.code : null, message: String(answer.message ?? '') };
  }
}

/** The answer's JSON object, or an empty one when it is not JSON. */
function jsonObject(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
