// Builds the whole app (API, OpenAPI, static client) on one Nest instance; main.ts and the tests share it.
import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import fastifyMultipart from '@fastify/multipart';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { generatePaymentServerKey, keptSecret } from './database/app-secrets.js';
import { runMigrations } from './database/run-migrations.js';
import type { Env } from './config/env.js';
import { answerError, ErrorFilter } from './common/errors/error.filter.js';
import { trackRequestWrites, trackWrites } from './common/errors/nothing-done.js';
import { payloadTooLarge } from './common/http/body-size-gate.js';
import { createValidationPipe } from './common/errors/validation.js';
import { answerEtags } from './common/http/answer-etags.js';
import { registerBodyParsers } from './common/http/body-parsers.js';
import { continueOnlyWithin, refuseLargeBodies } from './common/http/body-size-gate.js';
import { answerClientError } from './common/http/client-error.js';
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
import { serveClientFiles } from './web/client-static.js';

export type ResolvedEnv = Env & { databaseUrl: string };

export async function createApp(
  env: ResolvedEnv,
  logger: Logger,
  extraModules: NonNullable<Parameters<typeof AppModule.forRoot>[1]> = [],
): Promise<NestFastifyApplication> {
  const applied = await runMigrations(env.databaseUrl);
  if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
  if (!env.paymentServerKey) {
    // No PAYMENT_SERVER_KEY: a random key, generated on the first start and kept (never the documented one).
    const kept = await keptSecret(env.databaseUrl, 'payment_server_key', generatePaymentServerKey);
    if (kept.created) logger.warn('generated a random payment server key for the built-in simulator (kept in the database)');
    env = { ...env, paymentServerKey: kept.value };
  }
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env, extraModules), new FastifyAdapter(fastifyOptions(env)), {
    logger: new PinoNestLogger(logger),
    // The bodies are read by body-parsers.ts (JSON as Express's strict parser did) and @fastify/multipart (photos).
    bodyParser: false,
  });
  const adapter = new RealtimeAdapter(app, env.redisUrl);
  await adapter.connect();
  app.useWebSocketAdapter(adapter);
  configureApp(app, env, logger);
  return app;
}

/**
 * Fastify's own settings: a trailing or doubled slash routed as Express routed it (paths are case-sensitive, as the
 * client writes them), the proxies TRUST_PROXY names, and Node's and the router's refusals in the one error shape.
 */
function fastifyOptions(env: Env) {
  return {
    trustProxy: env.trustProxy,
    // The largest JSON body any route takes (photo uploads are multipart, limited by their own interceptor).
    bodyLimit: JSON_BODY_LIMIT,
    // A path parameter as long as Node lets a URL be (16 KB): a wrong one is the route's to refuse, as on Express.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 16 * 1024 },
    // What Node's parser refuses before any route (a URL over 16 KB, bytes that are not HTTP), in the one error shape.
    clientErrorHandler: answerClientError,
    // And what Fastify's router refuses (a path escape that is not UTF-8), the way the error filter answers.
    frameworkErrors: (error: Error, _request: FastifyRequest, reply: FastifyReply) => answerError(error, reply, routerErrorLogger),
    // The request log is the app's own (requestLog), not Fastify's.
    logger: false,
  };
}


const routerErrorLogger = new NestLogger('ErrorFilter');

/** The largest JSON body any route takes. */
const JSON_BODY_LIMIT = 1024 * 1024;

/** Everything global: hooks, body parsing, prefix, validation, errors, logs, OpenAPI and the static client. */
export function configureApp(app: NestFastifyApplication, env: Env, logger?: Logger): void {
  const fastify = app.getHttpAdapter().getInstance();
  // Each request keeps a record of whether it wrote, so a 503 can say that asking again is safe (nothing-done.ts).
  trackWrites(app.get(DataSource));
  if (logger) {
    const log = requestLog(logger);
    fastify.addHook('onRequest', (request, reply, done) => log(request.raw, reply.raw, done));
  }
  const headers = securityHeaders();
  fastify.addHook('onRequest', (request, reply, done) => headers(request.raw, reply.raw, (error) => done(error as Error | undefined)));
  // Every read says which broadcasts it is sure to have seen: those up to this node's mark as it began (realtime/broadcast-marks.ts).
  const marks = app.get(BroadcastMarks);
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done) => {
    if (request.method === 'GET' && request.url.startsWith('/api')) void reply.header(EVENT_MARK_HEADER, marks.current());
    done();
  });
  // A body over the largest any route takes is refused by its Content-Length with 413, before it is read, and the
  // connection closed cleanly (issue 15, defect 7). A photo upload says IMAGE_TOO_LARGE, as the multipart interceptor
  // does for a chunked one; the uploads themselves are streamed to disk (MediaModule).
  fastify.addHook(
    'onRequest',
    refuseLargeBodies(MAX_UPLOAD_REQUEST_BYTES, (path) => (path === MEDIA_UPLOAD_PATH ? mediaErrors.tooLarge(MAX_UPLOAD_BYTES) : payloadTooLarge(MAX_UPLOAD_REQUEST_BYTES))),
  );
  continueOnlyWithin(app.getHttpServer(), MAX_UPLOAD_REQUEST_BYTES);
  // A phone's connection stays open while she reads a page, so her next tap needs no new one (keep-alive.ts).
  keepConnectionsOpen(app.getHttpServer());
  // The built client's files and pages, ahead of the routes (web/client-static.ts).
  fastify.addHook('onRequest', serveClientFiles(env.clientDistDir));
  // The gateway simulator speaks Midtrans, whose clients POST a literal `null` body to cancel and expire
  // (midtrans-client does): parsed leniently there. A Midtrans notification is about 1 KB: the webhook takes 16 KB at
  // most (413 beyond), so refused ones cannot fill the database (issue 15, defect 5).
  registerBodyParsers(fastify, { limit: JSON_BODY_LIMIT, smallerLimits: { [WEBHOOK_PATH]: WEBHOOK_BODY_LIMIT }, lenientUnder: [SIMULATOR_GATEWAY_PATH] });
  void app.register(fastifyMultipart);
  fastify.addHook('preHandler', inputGuard);
  fastify.addHook('preHandler', trackRequestWrites);
  // The API's answers compressed when worth it, then tagged, so a 304 spares a phone the body (answer-etags.ts).
  fastify.addHook('onSend', compressAnswers());
  fastify.addHook('onSend', answerEtags());
  // Pictures sit beside the client, not under /api: `/media/<hash>-<size>.webp`.
  app.setGlobalPrefix('api', { exclude: [MEDIA_FILE_ROUTE] });
  app.useGlobalPipes(createValidationPipe());
  // Nest hands it what Fastify refuses before a route runs too (a body that is not JSON, or too large).
  app.useGlobalFilters(new ErrorFilter());
  setUpOpenApi(app);
}
