// Issue 15: isolation, read from the app's own OpenAPI document (no hand-kept route list). Every operation of the
// document is called with no token, an expired token and a revoked token (401 UNAUTHENTICATED), by actors whose role
// the route does not admit (a buyer on seller routes, a trainee on facilitator routes), and, with the path filled with
// REAL ids of another class (its class, shop, product, order, conversation, …), by that other class's trainee, buyer
// and facilitator, and by another shop's owner of the same class. A wrong actor gets 403 or 404 (never 2xx, never
// 5xx), every error in the one shape. A route that is public on purpose is in PUBLIC_ROUTES with its reason; a route
// that answers without a token and is not in that list fails the suite. Sockets: another class's room is refused,
// and a socket's recovery after logout is refused.
import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, freshIp } from '../../test/api-client.js';
import { documentOperations, type Method } from '../../test/openapi-operations.js';
import { facilitatorClass, member, orderBody, placeOrder, postProduct } from '../../test/orders-fixtures.js';
import { buildOpenApiDocument } from '../openapi/openapi.js';
import { type Requirement } from '../auth/principal.js';

/** Routes that anyone may call, on purpose: `METHOD path` → why. Every other route must refuse a caller without a token. */
const PUBLIC_ROUTES: Record<string, string> = {
  'POST /api/auth/login': 'signing in is how a token is obtained',
  'GET /api/health': 'probes of the host and the workshop laptop',
  'GET /api/regions/provinces': 'public reference data (BPS codes) for address forms',
  'GET /api/regions/provinces/{code}/regencies': 'public reference data for address forms',
  'GET /api/regions/regencies': 'public reference data for address forms',
  'GET /api/regions/regencies/{code}': 'public reference data for address forms',
  'GET /api/regions/attribution': 'licence attribution of the region data',
  'GET /api/join/{code}': 'a phone reads the class name behind a join code before joining',
  'POST /api/join': 'joining a class by code is how a trainee gets a token',
  'POST /api/join/pin': 'PIN re-login of a trainee who lost the session',
  'GET /api/shipping/services': 'the courier services list, public like on a real marketplace',
  'POST /api/payments/notifications': 'the gateway webhook: authenticated by its own signature, not a bearer token',
  'GET /api/tracking/{resi}': 'Cek Resi: public tracking by resi number, as couriers offer',
  'GET /api/simulator/payer/lookup': 'simulator payer page (the "bank app"): the payer is not a user of the app',
  'GET /api/simulator/payer/qr/{id}': 'simulator payer page: QRIS scanned by the payer',
  'POST /api/simulator/payer/pay': 'simulator payer page: the payer pays a VA or QRIS',
  'GET /api/certificates/verify/{certificateCode}': 'the page a certificate’s QR opens: shows only the name, the class and the date',
};

interface Operation {
  method: Method;
  path: string;
  key: string;
  operationId: string;
  requires: Requirement[] | undefined;
  isPublic: boolean;
  requestSchema: unknown;
}
interface Actor {
  name: string;
  token: string;
  kind: 'trainee' | 'buyer' | 'facilitator';
}
interface Outcome {
  route: string;
  actor: string;
  status: number;
  body: any;
}

const ALLOWED_WRONG_ACTOR = new Set([403, 404]);

/** Admits `actor` by role alone (the class and the ownership checks come after). */
function roleAdmits(requires: Requirement[] | undefined, kind: Actor['kind']): boolean {
  if (!requires) return true;
  return requires.some((r) => r === kind || (r === 'participant' && kind !== 'facilitator'));
}

describe('isolation, from the OpenAPI document', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let document: OpenAPIObject;
  let operations: Operation[];
  const outcomes: Outcome[] = [];
  const failures: string[] = [];
  const sockets: Socket[] = [];
  // Class B's real ids, the targets, by route parameter / body property name.
  const ids: Record<string, string> = {};
  let a: { facilitator: Actor; trainee: Actor; buyer: Actor };
  let otherShopOwner: Actor;
  let otherBuyer: Actor;
  let joinCodeA: string;

  const call = async (method: Method, path: string, token: string | undefined, body?: unknown) => {
    const res = await fetch(`${booted.baseUrl}${path}`, {
      method: method.toUpperCase(),
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        'idempotency-key': randomUUID(),
        'x-forwarded-for': freshIp(),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed as any, text };
  };

  const resolveRef = (schema: any): any => {
    if (schema && typeof schema === 'object' && '$ref' in schema) {
      const name = String(schema.$ref).split('/').pop()!;
      return document.components?.schemas?.[name];
    }
    return schema;
  };

  /** A minimal valid-looking value for a schema: required properties only, ids of class B where the name says so. */
  const sample = (raw: unknown, name = '', depth = 0): unknown => {
    const schema = resolveRef(raw);
    if (!schema || depth > 6) return undefined;
    if (schema.allOf) return sample(schema.allOf[0], name, depth + 1);
    if (schema.oneOf ?? schema.anyOf) return sample((schema.oneOf ?? schema.anyOf)[0], name, depth + 1);
    if (schema.enum) return schema.enum[0];
    const idKey = name.replace(/s$/, '');
    switch (schema.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        // Required properties; when none is required (e.g. "either set or add"), the first one.
        const props: string[] = schema.required?.length ? schema.required : Object.keys(schema.properties ?? {}).slice(0, 1);
        for (const prop of props) out[prop] = sample(schema.properties?.[prop], prop, depth + 1);
        // Optional properties that carry one of class B's ids too (items to buy, the shop to ship from, …).
        for (const prop of Object.keys(schema.properties ?? {})) {
          if (prop in out) continue;
          const value = sample(schema.properties[prop], prop, depth + 1);
          if (Object.values(ids).some((id) => id.length >= 32 && JSON.stringify(value ?? null).includes(id))) out[prop] = value;
        }
        return out;
      }
      case 'array': {
        const item = sample(schema.items, name, depth + 1);
        return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item);
      }
      case 'integer':
      case 'number':
        return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
      case 'boolean':
        return true;
      default: {
        if (/MessageId$/.test(name)) return '1'; // message ids are bigint sequence numbers
        if (ids[idKey] ?? ids[name]) return ids[idKey] ?? ids[name];
        if (schema.format === 'uuid' || /Id$/.test(idKey)) return randomUUID();
        if (schema.format === 'email' || /email/i.test(name)) return `isolasi.${Math.random().toString(36).slice(2, 8)}@test.pasar`;
        if (schema.format === 'date' || name === 'date') return '2026-11-28';
        if (schema.format === 'date-time') return new Date().toISOString();
        if (/phone/i.test(name)) return '081234567890';
        if (/regencyCode/i.test(name)) return '18.10';
        if (/password/i.test(name)) return 'isolasi-pass-123';
        const min = schema.minLength ?? 1;
        const text = 'Uji isolasi kelas lain';
        return text.length >= min ? text.slice(0, schema.maxLength ?? text.length) : text.padEnd(min, 'x');
      }
    }
  };

  const fillPath = (path: string) =>
    path.replace(/\{(\w+)\}/g, (_, param: string) => {
      const value = ids[param];
      if (!value) throw new Error(`no real id of class B for path parameter {${param}} of ${path}: add it to the world`);
      return encodeURIComponent(value);
    });

  const leaks = (body: unknown) => {
    const text = JSON.stringify(body ?? null);
    return Object.entries(ids).filter(([key, value]) => TARGET_KEYS.includes(key) && value.length >= 32 && text.includes(value)) // uuids only: a short id would match anything.map(([key]) => key);
  };

  const record = (op: Operation, actor: string, res: { status: number; body: any }, expect: 'unauthenticated' | 'refused' | 'rejected') => {
    outcomes.push({ route: op.key, actor, status: res.status, body: res.body });
    if (expect === 'refused' && OWN_DATA_ONLY[op.key] && res.status >= 200 && res.status < 300) {
      const leaked = leaks(res.body);
      if (leaked.length) failures.push(`${op.key} as ${actor}: ${res.status} shows class B's ${leaked.join(', ')}`);
      return;
    }
    const shape = res.body && typeof res.body === 'object' && typeof res.body.statusCode === 'number' && typeof res.body.code === 'string' && typeof res.body.message === 'string';
    if (expect === 'unauthenticated') {
      if (res.status !== 401 || res.body?.code !== 'UNAUTHENTICATED' || !shape) failures.push(`${op.key} as ${actor}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)} (expected 401 UNAUTHENTICATED)`);
    } else if (expect === 'rejected') {
      // Another class's ids in the body: any client error but a validation failure (which would not prove the check ran).
      if (res.status < 400 || res.status >= 500 || res.body?.code === 'VALIDATION_FAILED' || !shape) failures.push(`${op.key} as ${actor}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)} (expected a 4xx refusal in the one shape)`);
    } else if (!ALLOWED_WRONG_ACTOR.has(res.status) || !shape || res.body.statusCode !== res.status) {
      failures.push(`${op.key} as ${actor}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)} (expected 403 or 404 in the one shape)`);
    }
  };

  const requestBody = (op: Operation) => (op.requestSchema ? sample(op.requestSchema) : ['post', 'put', 'patch'].includes(op.method) ? {} : undefined);

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    document = buildOpenApiDocument(booted.app);

    operations = documentOperations(booted.app, document).map(({ operation, ...op }) => ({
      ...op,
      requestSchema: (operation.requestBody ? resolveRef(operation.requestBody)?.content : undefined)?.['application/json']?.schema,
    }));

    // Two classes with data, through the HTTP API. Class A holds the actors; class B the targets.
    const [classA, classB] = await Promise.all([facilitatorClass(api, 'Isolasi A'), facilitatorClass(api, 'Isolasi B')]);
    const [traineeA, buyerA, sellerB, otherSellerB, buyerB, otherBuyerB] = await Promise.all([
      member(api, classA.joinCode, 'Penjual A'),
      member(api, classA.joinCode, 'Pembeli A', 'buyer'),
      member(api, classB.joinCode, 'Penjual B'),
      member(api, classB.joinCode, 'Penjual Lain B'),
      member(api, classB.joinCode, 'Pembeli B', 'buyer'),
      member(api, classB.joinCode, 'Pembeli Lain B', 'buyer'),
    ]);
    a = {
      facilitator: { name: 'facilitator of class A', token: classA.facilitator, kind: 'facilitator' },
      trainee: { name: 'trainee of class A', token: traineeA.token, kind: 'trainee' },
      buyer: { name: 'buyer of class A', token: buyerA.token, kind: 'buyer' },
    };
    joinCodeA = classA.joinCode;
    otherBuyer = { name: 'another buyer of class B', token: otherBuyerB.token, kind: 'buyer' };
    otherShopOwner = { name: 'another shop owner of class B', token: otherSellerB.token, kind: 'trainee' };
    await postProduct(api, traineeA.token); // class A has data too
    const product = await postProduct(api, sellerB.token);
    const placed = await placeOrder(booted.baseUrl, buyerB.token, orderBody(product.id, sellerB.shop!.id));
    if (placed.status !== 201) throw new Error(`order failed: ${placed.status} ${placed.text}`);
    const order = placed.body.orders[0] as { id: string };
    const conversation = await api.post('/api/chat/conversations', { shopId: sellerB.shop!.id }, { token: buyerB.token });
    if (conversation.status >= 300) throw new Error(`conversation failed: ${conversation.status} ${conversation.text}`);
    const quickReply = await api.post('/api/chat/quick-replies', { text: 'Siap kak, stok ada.' }, { token: sellerB.token });
    if (quickReply.status >= 300) throw new Error(`quick reply failed: ${quickReply.status} ${quickReply.text}`);
    const notifications = await api.get('/api/notifications', { token: sellerB.token });
    const notificationList = (Array.isArray(notifications.body) ? notifications.body : notifications.body?.items ?? []) as { id: string }[];
    const scenarios = await api.get(`/api/classes/${classB.classId}/scenarios`, { token: classB.facilitator });
    const productView = await api.get(`/api/products/${product.id}`, { token: sellerB.token });
    const photoId = (productView.body?.photos?.[0]?.id ?? productView.body?.photoIds?.[0]) as string | undefined;
    const teamB = (await api.get(`/api/classes/${classB.classId}`, { token: classB.facilitator })).body?.team as { id: string }[] | undefined;
    const questionsB = (await api.get(`/api/classes/${classB.classId}/learning-check`, { token: classB.facilitator })).body?.questions as { id: string }[] | undefined;

    Object.assign(ids, {
      classId: classB.classId,
      shopId: sellerB.shop!.id,
      productId: product.id,
      orderId: order.id,
      conversationId: conversation.body.id,
      quickReplyId: quickReply.body.quickReplies?.[0]?.id,
      participantId: sellerB.participantId,
      personaId: buyerB.participantId,
      notificationId: notificationList[0]?.id ?? randomUUID(),
      scenarioId: (scenarios.body as { id: string }[])?.[0]?.id ?? 'pembeli-ragu',
      photoId: photoId ?? randomUUID(),
      facilitatorId: teamB?.[0]?.id,
      code: classB.joinCode,
      resi: 'JNE0000000000',
      id: randomUUID(),
      dropPointId: 'jne-pringsewu-ahmad-yani',
      questionId: questionsB?.[0]?.id,
      certificateCode: 'KMNPQR3479',
    });
  }, 60_000);

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await booted?.close();
  });

  it('enumerates the document and maps every operation to its handler', () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const route of Object.keys(PUBLIC_ROUTES)) expect(operations.map((op) => op.key)).toContain(route);
  });

  it('every route is either protected or public on purpose: the allowlist and @Public() agree', () => {
    const undeclared = operations.filter((op) => op.isPublic && !PUBLIC_ROUTES[op.key]).map((op) => op.key);
    const notPublic = operations.filter((op) => !op.isPublic && PUBLIC_ROUTES[op.key]).map((op) => op.key);
    expect({ undeclared, notPublic }).toEqual({ undeclared: [], notPublic: [] });
  });

  it('answers 401 UNAUTHENTICATED to no token, an expired token and a revoked token, on every protected route', async () => {
    // An expired token: a fresh member's token, expired in the database. A revoked one: logged out.
    const expired = await member(api, (await facilitatorClass(api, 'Isolasi Kedaluwarsa')).joinCode, 'Kedaluwarsa');
    const client = new pg.Client({ connectionString: booted.database.url });
    await client.connect();
    try {
      const updated = await client.query(`UPDATE access_token SET expires_at = now() - interval '1 minute' WHERE participant_id = $1`, [expired.participantId]);
      expect(updated.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    const revoked = await member(api, (await facilitatorClass(api, 'Isolasi Logout')).joinCode, 'Logout');
    expect((await api.post('/api/auth/logout', undefined, { token: revoked.token })).status).toBeLessThan(300);

    for (const op of operations) {
      const path = fillPath(op.path);
      const body = requestBody(op);
      if (PUBLIC_ROUTES[op.key]) {
        // Still never a 5xx without a token.
        const res = await call(op.method, path, undefined, body);
        outcomes.push({ route: op.key, actor: 'no token (public)', status: res.status, body: res.body });
        if (res.status >= 500) failures.push(`${op.key} public: ${res.status}`);
        continue;
      }
      for (const [actor, token] of [['no token', undefined], ['expired token', expired.token], ['revoked token', revoked.token]] as const) {
        record(op, actor, await call(op.method, path, token, body), 'unauthenticated');
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('refuses the wrong actor everywhere: another class, another shop, a buyer on seller routes, a trainee on facilitator routes', async () => {
    const checks: (() => Promise<void>)[] = [];
    for (const op of operations) {
      if (op.isPublic) continue;
      const hasParams = op.path.includes('{');
      const body = requestBody(op);
      const targets: Actor[] = [];
      const bodyOnly: Actor[] = [];
      for (const actor of [a.facilitator, a.trainee, a.buyer]) {
        // Role: a route the actor's role does not admit is refused whatever the path.
        // Class: with class B's real ids in the path, class A's actors are refused.
        if (!roleAdmits(op.requires, actor.kind) || hasParams) targets.push(actor);
      }
      // Another shop's owner in the same class, on routes about one order, product, conversation, … of class B
      // that is not theirs (class-wide routes under /api/classes/{classId} are for the whole class or facilitators).
      if (hasParams && !op.path.startsWith('/api/classes/{classId}') && !SAME_CLASS_SHARED[op.key]) targets.push(otherShopOwner, otherBuyer);
      // No path, but class B's ids in the body (a product to buy, a shop to chat with, …): refused to class A's actors.
      if (!hasParams && op.method !== 'get' && leaks(body).length) {
        for (const actor of [a.facilitator, a.trainee, a.buyer]) if (roleAdmits(op.requires, actor.kind)) bodyOnly.push(actor);
      }
      for (const actor of bodyOnly) {
        checks.push(async () => record(op, `${actor.name} (class B ids in the body)`, await call(op.method, op.path, actor.token, body), 'rejected'));
      }
      for (const actor of targets) {
        checks.push(async () => {
          const res = await call(op.method, hasParams ? fillPath(op.path) : op.path, actor.token, body);
          record(op, actor.name, res, 'refused');
        });
      }
    }
    // A few at a time, the machine is shared.
    // What the actors may read without a path (their own lists, their class's views) shows nothing of class B.
    for (const op of operations) {
      if (op.isPublic || op.method !== 'get' || op.path.includes('{')) continue;
      for (const actor of [a.facilitator, a.trainee, a.buyer]) {
        if (!roleAdmits(op.requires, actor.kind)) continue;
        checks.push(async () => {
          const res = await call('get', op.path, actor.token);
          outcomes.push({ route: op.key, actor: `${actor.name} (own data)`, status: res.status, body: res.body });
          if (res.status >= 500) failures.push(`${op.key} as ${actor.name}: ${res.status}`);
          const leaked = leaks(res.body);
          if (leaked.length) failures.push(`${op.key} as ${actor.name}: shows class B's ${leaked.join(', ')}`);
        });
      }
    }
    for (let i = 0; i < checks.length; i += 4) await Promise.all(checks.slice(i, i + 4).map((check) => check()));
    const byStatus = outcomes.reduce<Record<number, number>>((acc, o) => ((acc[o.status] = (acc[o.status] ?? 0) + 1), acc), {});
    const routes = new Set(outcomes.map((o) => o.route)).size;
    const publicCount = operations.filter((op) => op.isPublic).length;
    const byActor = outcomes.reduce<Record<string, number>>((acc, o) => ((acc[o.actor] = (acc[o.actor] ?? 0) + 1), acc), {});
    console.log(
      `isolation: ${routes} routes (${routes - publicCount} protected, ${publicCount} public on purpose) × ${Object.keys(byActor).length} actors = ${outcomes.length} requests; ` +
        `by status ${JSON.stringify(byStatus)}; by actor ${JSON.stringify(byActor)}; ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  }, 60_000);

  it('refuses another class’s rooms on the socket, and a socket’s recovery after logout', async () => {
    const open = (token: string) => {
      const socket = io(booted.baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
      sockets.push(socket);
      return socket;
    };
    const connected = (socket: Socket) =>
      new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
    let rooms = 0;
    for (const actor of [a.trainee, a.buyer, a.facilitator, otherShopOwner]) {
      const socket = open(actor.token);
      await connected(socket);
      if (actor !== otherShopOwner) {
        expect(await socket.emitWithAck('class:watch', { classId: ids.classId })).toMatchObject({ ok: false });
        expect(await socket.emitWithAck('room:join', { room: `class:${ids.classId}` })).toMatchObject({ ok: false });
        rooms += 2;
      }
      for (const room of [`order:${ids.orderId}`, `conversation:${ids.conversationId}`, `shop:${ids.shopId}`, `participant:${ids.participantId}`]) {
        expect({ room, ack: await socket.emitWithAck('room:join', { room }) }).toMatchObject({ room, ack: { ok: false } });
        rooms++;
      }
      socket.close();
    }

    // After logout, a dropped socket asking to recover its session is refused (issue 15, defect 4).
    const leaver = await member(api, joinCodeA, 'Keluar');
    const socket = open(leaver.token);
    await connected(socket);
    const heard = new Promise<void>((resolve) => socket.once('event', () => resolve()));
    await member(api, joinCodeA, 'Pemicu');
    await heard; // recovery resumes from the last event received
    const dropped = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    socket.io.engine.close();
    await dropped;
    expect((await api.post('/api/auth/logout', undefined, { token: leaver.token })).status).toBeLessThan(300);
    const outcome = new Promise<string>((resolve) => {
      socket.once('connect', () => resolve(`connected, recovered: ${socket.recovered}`));
      socket.once('connect_error', (error) => resolve(error.message));
    });
    socket.connect();
    expect(await outcome).toBe('UNAUTHENTICATED');
    console.log(`isolation (sockets): ${rooms} room joins of another class refused, recovery after logout refused`);
  }, 30_000);
});

/** Class B's ids that no actor of class A may ever see. */
const TARGET_KEYS = ['classId', 'shopId', 'productId', 'orderId', 'conversationId', 'quickReplyId', 'participantId', 'personaId', 'notificationId', 'questionId'];

/**
 * Routes that answer 2xx with another class's id in the path because they act on the caller's own data only; the
 * answer must still show nothing of the other class: `METHOD path` → why.
 */
const OWN_DATA_ONLY: Record<string, string> = {
  'DELETE /api/cart/items/{productId}': 'removes the product from the caller’s own cart, idempotently; the answer is the caller’s cart',
};

/** Routes with an id in the path that another member of the same class may legitimately use: `METHOD path` → why. */
const SAME_CLASS_SHARED: Record<string, string> = {
  'PUT /api/cart/items/{productId}': 'any member of the class may put another shop’s product in the cart',
};
