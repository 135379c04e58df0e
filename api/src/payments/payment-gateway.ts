import { Inject, Injectable } from '@nestjs/common';
import { httpCall, type HttpAnswer } from '../common/http/http-call.js';
import { SelfUrl } from '../common/http/self-url.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';

const TIMEOUT_MS = 10_000;

/** The gateway answered with a Midtrans error code (406 duplicate, 404 unknown, 412 wrong state…), or not at all. */
export class GatewayError extends Error {
  constructor(
    message: string,
    /** Midtrans' status_code ("406"), or null when the gateway could not be reached or answered garbage. */
    readonly statusCode: string | null,
    readonly body: Record<string, unknown> | null,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export type GatewayReply = Record<string, unknown> & { status_code: string };

/**
 * A Midtrans Core API client over HTTP (`httpCall`): charge, status, cancel, expire, with Basic auth on the server key.
 * Configured only by PAYMENT_GATEWAY_URL and PAYMENT_SERVER_KEY; unset, it talks to the built-in simulator
 * on this app's own port, over HTTP like any outside gateway.
 */
@Injectable()
export class PaymentGateway {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly selfUrl: SelfUrl,
  ) {}

  /** The Core API base, e.g. `https://api.sandbox.midtrans.com` or `http://127.0.0.1:3000/api/simulator`. */
  baseUrl(): string {
    return this.env.paymentGatewayUrl ?? `${this.selfUrl.base()}/api/simulator`;
  }

  charge(body: Record<string, unknown>): Promise<GatewayReply> {
    return this.call('POST', '/v2/charge', body);
  }

  status(orderId: string): Promise<GatewayReply> {
    return this.call('GET', `/v2/${encodeURIComponent(orderId)}/status`);
  }

  cancel(orderId: string): Promise<GatewayReply> {
    return this.call('POST', `/v2/${encodeURIComponent(orderId)}/cancel`);
  }

  expire(orderId: string): Promise<GatewayReply> {
    return this.call('POST', `/v2/${encodeURIComponent(orderId)}/expire`);
  }

  private async call(method: 'GET' | 'POST', path: string, body?: Record<string, unknown>): Promise<GatewayReply> {
    let response: HttpAnswer;
    try {
      response = await httpCall(`${this.baseUrl()}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          authorization: `Basic ${Buffer.from(`${this.env.paymentServerKey}:`).toString('base64')}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        timeoutMs: TIMEOUT_MS,
      });
    } catch (error) {
      throw new GatewayError(`payment gateway unreachable: ${error instanceof Error ? error.message : String(error)}`, null, null);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.text);
    } catch {
      throw new GatewayError(`payment gateway answered HTTP ${response.status} without JSON`, null, null);
    }
    const reply = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
    const statusCode = typeof reply.status_code === 'string' ? reply.status_code : String(response.status);
    // 407 is how Midtrans reports a found, expired transaction: an answer, not an error.
    if (Number(statusCode) >= 400 && statusCode !== '407') {
      throw new GatewayError(`payment gateway refused: ${statusCode} ${String(reply.status_message ?? '')}`.trim(), statusCode, reply);
    }
    return { ...reply, status_code: statusCode };
  }
}
