import type { Server } from 'node:net';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { outageErrors } from '../common/errors/retry-later.js';
import { httpCall } from '../common/http/http-call.js';
import { poolOptions } from '../database/pool-options.js';
import { type NewNotification, SimTransactions, transactionDb } from './sim-transactions.js';

/** Notifications that failed are retried from here, with backoff: 2, 4, 8… seconds, ten times. */
export const NOTIFY_QUEUE = 'simulator-notify';
/** A wake-up at each transaction's real expiry time. */
export const EXPIRE_QUEUE = 'simulator-expire';
/** The durable retry waits this long, so the immediate delivery attempt usually makes it unnecessary. */
const RETRY_FIRST_AFTER_SECONDS = 2;
const DELIVERY_TIMEOUT_MS = 10_000;
/** A notification still undelivered this long after it was made, with no retry queued, is delivered by the sweep. */
const SWEEP_AFTER_SECONDS = 30;
const SWEEP_EVERY_MS = 30_000;

/**
 * How the merchant hears of a status change, at least once: each change writes a notification row in its
 * transaction, then the caller tries to deliver at once (`deliverNow`); a failed attempt queues a pg-boss retry with
 * backoff and marks the row so in the same transaction, and a sweep delivers any notification left with no retry: one
 * a crash left unattempted, or one whose attempt failed while the app was stopping (its queue already closed). Also
 * the expiry wake-ups: a VA nobody paid closes at its own real expiry time.
 */
@Injectable()
export class SimulatorNotifier implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SimulatorNotifier.name);
  private boss: PgBoss | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly transactions: SimTransactions,
    private readonly http: HttpAdapterHost,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.env.databaseUrl) throw new Error('The payment simulator needs the resolved DATABASE_URL');
    const boss = new PgBoss({
      connectionString: this.env.databaseUrl,
      schema: 'pgboss',
      max: 2,
      application_name: 'pasar-latihan-simulator',
      ...poolOptions(this.env.dbPreparedStatements),
    });
    boss.on('error', (error) => this.logger.error({ msg: 'pg-boss error', err: error }));
    await boss.start();
    await boss.createQueue(NOTIFY_QUEUE, { name: NOTIFY_QUEUE, retryLimit: 10, retryDelay: 2, retryBackoff: true });
    await boss.createQueue(EXPIRE_QUEUE, { name: EXPIRE_QUEUE, retryLimit: 5, retryDelay: 1, retryBackoff: true });
    this.boss = boss;
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = this.started();
    await boss.work<{ notificationId: string }>(NOTIFY_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (job) await this.deliver(job.data.notificationId);
    });
    await boss.work<{ transactionId: string }>(EXPIRE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (job) await this.expireWhenDue(job.data.transactionId);
    });
    const sweep = (olderThanSeconds = SWEEP_AFTER_SECONDS) =>
      void this.sweepUndelivered(olderThanSeconds).catch((error: unknown) => this.logger.warn({ msg: 'notification sweep failed', err: error }));
    // On one node nothing else delivers these notifications, so what the last process left undelivered (a payment made
    // as it stopped, whose retry it could no longer queue) goes as soon as this one answers, not 30 s later: after a
    // restart the buyer's order reads paid seconds after the app is back. With several nodes (REDIS_URL) another node
    // may be delivering a young one right now, so the first sweep waits for the usual age.
    const server = this.http.httpAdapter?.getHttpServer() as Server | undefined;
    if (!this.env.redisUrl && server) {
      if (server.listening) sweep(0);
      else server.once('listening', () => sweep(0));
    } else {
      sweep();
    }
    this.sweepTimer = setInterval(sweep, SWEEP_EVERY_MS);
    this.sweepTimer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (!this.boss) return;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10000 });
    this.boss = undefined;
  }

  /** The expiry wake-up, sent in the caller's transaction so that it exists only if the transaction does. */
  async scheduleExpiry(manager: EntityManager, transactionId: string, at: Date): Promise<void> {
    await this.started().send(EXPIRE_QUEUE, { transactionId }, { startAfter: at, db: transactionDb(manager) });
  }

  /**
   * One delivery attempt; throws on failure so that the pg-boss job is retried with backoff. Given by id, the row is
   * read (a retry, the sweep); given as just written, it is posted as it is.
   */
  async deliver(notice: string | NewNotification): Promise<void> {
    const notificationId = typeof notice === 'string' ? notice : notice.id;
    const notification = typeof notice === 'string' ? await this.transactions.notification(notice) : { ...notice, delivered_at: null };
    if (!notification || notification.delivered_at) return;
    let status: number | null = null;
    let failure: string | null = null;
    try {
      const response = await httpCall(notification.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'pasar-latihan-payment-simulator' },
        body: JSON.stringify(notification.payload),
        timeoutMs: DELIVERY_TIMEOUT_MS,
      });
      status = response.status;
      if (status < 200 || status >= 300) failure = `HTTP ${status}`;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    await this.transactions.recordAttempt(notificationId, status, failure);
    if (failure) throw new Error(`notification ${notificationId} to ${notification.url} failed: ${failure}`);
  }

  /**
   * Delivers at once if it can; when it cannot, a retry job (with backoff) takes over. A notification the caller has
   * just written and committed is posted without reading it back.
   */
  async deliverNow(notice: string | NewNotification): Promise<boolean> {
    const notificationId = typeof notice === 'string' ? notice : notice.id;
    try {
      await this.deliver(notice);
      return true;
    } catch (error) {
      if (!this.boss) {
        // Stopping: the queue is closed, and the row left with no retry queued is the sweep's, at the next start
        // or on another node. Expected at every stop with payments in flight, so not an error.
        this.logger.warn({ msg: 'notification not delivered while stopping; the sweep will deliver it', notificationId, err: error });
        return false;
      }
      this.logger.warn({ msg: 'notification not delivered; it will be retried', notificationId, err: error });
      await this.queueRetry(notificationId).catch((queueError: unknown) =>
        this.logger.error({ msg: 'could not queue the notification retry', notificationId, err: queueError }),
      );
      return false;
    }
  }

  private async queueRetry(notificationId: string): Promise<void> {
    const boss = this.started();
    await this.transactions.transaction(async (manager) => {
      await this.transactions.markRetryQueued(manager, notificationId);
      await boss.send(NOTIFY_QUEUE, { notificationId }, { startAfter: RETRY_FIRST_AFTER_SECONDS, retryLimit: 10, retryDelay: 2, retryBackoff: true, db: transactionDb(manager) });
    });
  }

  /**
   * At least once, even across a crash or a stop: a notification undelivered for `olderThanSeconds` with no retry
   * queued (see SimTransactions.unattended) is delivered here, oldest first; a failed attempt queues its retry.
   */
  async sweepUndelivered(olderThanSeconds = SWEEP_AFTER_SECONDS): Promise<void> {
    for (const id of await this.transactions.unattended(olderThanSeconds, 100)) await this.deliverNow(id);
  }

  /** The expiry job: a VA nobody paid closes at its own real expiry time, and the merchant hears `expire`. */
  private async expireWhenDue(transactionId: string): Promise<void> {
    const notification = await this.transactions.transaction(async (manager): Promise<NewNotification | null> => {
      const locked = await this.transactions.lockById(manager, transactionId);
      if (!locked || locked.transaction.status !== 'pending') return null;
      if (locked.transaction.expiryTime.getTime() > Date.now()) {
        await this.scheduleExpiry(manager, transactionId, locked.transaction.expiryTime);
        return null;
      }
      return (await this.transactions.changeStatus(manager, locked, 'expire')).notification;
    });
    if (notification) await this.deliverNow(notification);
  }

  private started(): PgBoss {
    if (!this.boss) throw outageErrors.stopping();
    return this.boss;
  }
}
