// Builds the whole app (API, OpenAPI, static client) on one Nest instance; main.ts and the tests share it.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { json, type NextFunction, type Request, type Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { generatePaymentServerKey, keptSecret } from './database/app-secrets.js';
import { runMigrations } from './database/run-migrations.js';
import type { Env } from './config/env.js';
import { ErrorFilter } from './common/errors/error.filter.js';
import { trackRequestWrites, trackWrites } from './common/errors/nothing-done.js';
import { createValidationPipe } from './common/errors/validation.js';
import { continueOnlyWithin, refuseLargeBodies } from './common/http/body-size-gate.js';
import { answerClientErrors } from './common/http/client-error.js';
import { keepConnectionsOpen } from './common/http/keep-alive.js';
import { inputGuard } from './common/http/input-guard.js';
import { compressAnswers } from './common/http/compress-answers.js';
import { securityHeaders } from './common/http/security-headers.js';
import { PinoNestLogger } from './common/logging/logger.js';
import { requestLog } from './common/logging/request-log.js';
import { MEDIA_FILE_ROUTE } from './media/media-files.controller.js';
import { MEDIA_UPLOAD_PATH } from './media/media.controller.js';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_REQUEST_BYTES } from './media/image-rules.js';
import { mediaErrors } from './media/media.errors.js';
import { WEBHOOK_BODY_LIMIT, WEBHOOK_PATH } from './payments/payments.controller.js';
import { SIMULATOR_GATEWAY_PATH } from './payment-simulator/simulator-gateway.controller.js';
import { setUpOpenApi } from './openapi/openapi.js';
import { BroadcastMarks, EVENT_MARK_HEADER } from './realtime/broadcast-marks.js';
import { RealtimeAdapter } from './realtime/realtime-adapter.js';
import { clientStaticHandlers } from './web/client-static.js';

export type ResolvedEnv = Env & { databaseUrl: string };

export async function createApp(
  env: ResolvedEnv,
  logger: Logger,
  extraModules: NonNullable<Parameters<typeof AppModule.forRoot>[1]> = [],
): Promise<NestExpressApplication> {
  const applied = await runMigrations(env.databaseUrl);
  if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
  if (!env.paymentServerKey) {
    // No PAYMENT_SERVER_KEY: a random key, generated on the first start and kept (never the documented one).
    const kept = await keptSecret(env.databaseUrl, 'payment_server_key', generatePaymentServerKey);
    if (kept.created) logger.warn('generated a random payment server key for the built-in simulator (kept in the database)');
    env = { ...env, paymentServerKey: kept.value };
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env, extraModules), {
    logger: new PinoNestLogger(logger),
    bodyParser: true,
  });
  const adapter = new RealtimeAdapter(app, env.redisUrl);
  await adapter.connect();
  app.useWebSocketAdapter(adapter);
  configureApp(app, env, logger);
  return app;
}

/** Everything global: prefix, validation, errors, logs, OpenAPI and the static client. */
export function configureApp(app: NestExpressApplication, env: Env, logger?: Logger): void {
  app.disable('x-powered-by');
  app.set('trust proxy', env.trustProxy);
  // Each request keeps a record of whether it wrote, so a 503 can say that asking again is safe (nothing-done.ts).
  trackWrites(app.get(DataSource));
  app.use(trackRequestWrites);
  // Every read says which broadcasts it is sure to have seen: those up to this node's mark as it began (realtime/broadcast-marks.ts).
  const marks = app.get(BroadcastMarks);
  app.use('/api', (request: Request, response: Response, next: NextFunction) => {
    if (request.method === 'GET') response.setHeader(EVENT_MARK_HEADER, marks.current());
    next();
  });
  app.use('/api', compressAnswers());
  app.use(securityHeaders());
  if (logger) app.use(requestLog(logger));
  // A body over the largest any route takes is refused by its Content-Length with 413, before it is read, and the
  // connection closed cleanly (issue 15, defect 7). A photo upload says IMAGE_TOO_LARGE, as multer does for a
  // chunked one; the uploads themselves are streamed to disk (MediaModule).
  app.use(MEDIA_UPLOAD_PATH, refuseLargeBodies(MAX_UPLOAD_REQUEST_BYTES, () => mediaErrors.tooLarge(MAX_UPLOAD_BYTES)));
  app.use(refuseLargeBodies(MAX_UPLOAD_REQUEST_BYTES));
  continueOnlyWithin(app.getHttpServer(), MAX_UPLOAD_REQUEST_BYTES);
  // What Node's parser refuses before Express (a URL over 16 KB, bytes that are not HTTP) in the one error shape too.
  answerClientErrors(app.getHttpServer());
  // A phone's connection stays open while she reads a page, so her next tap needs no new one (keep-alive.ts).
  keepConnectionsOpen(app.getHttpServer());
  // Pictures sit beside the client, not under /api: `/media/<hash>-<size>.webp`.
  app.setGlobalPrefix('api', { exclude: [MEDIA_FILE_ROUTE] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  // The gateway simulator speaks Midtrans, whose clients POST a literal `null` body to cancel and expire
  // (midtrans-client does): parse it leniently there, before the strict parser everything else uses.
  app.use(SIMULATOR_GATEWAY_PATH, json({ strict: false, limit: '1mb' }));
  // A Midtrans notification is about 1 KB: the webhook takes 16 KB at most (413 beyond), so refused ones cannot fill
  // the database (issue 15, defect 5).
  app.use(WEBHOOK_PATH, json({ limit: WEBHOOK_BODY_LIMIT }));
  app.useBodyParser('json', { limit: '1mb' });
  app.use(inputGuard);
  setUpOpenApi(app);
  for (const handler of clientStaticHandlers(env.clientDistDir)) app.use(handler);
}
