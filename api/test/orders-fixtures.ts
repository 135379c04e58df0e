// Helpers for checkout and payment tests: a class with sellers and products, placing orders, signed notifications.
import { createHash, randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { type ApiClient, createClass, createFacilitator, joinClass, loginAs, TEST_ADMIN } from './api-client.js';
import { uploadPhoto } from './images.js';

/** The server key bootApp gives every test app (the app generates its own when none is set). */
export const SERVER_KEY = 'SB-Mid-server-test-only-key';
/** Kab. Pringsewu, where the test classes train (and their shops ship from). */
export const PRINGSEWU = '18.10';
export const BANDAR_LAMPUNG = '18.71';
export const JAYAPURA = '91.71';

export interface Member {
  token: string;
  participantId: string;
  name: string;
  shop: { id: string } | null;
}

export const address = (regencyCode = BANDAR_LAMPUNG) => ({
  recipient: 'Bu Rahma',
  phone: '081234567890',
  street: 'Jl. Raya Ambarawa No. 12, RT 02 RW 01',
  regencyCode,
  district: 'Ambarawa',
});

export async function facilitatorClass(api: ApiClient, name: string): Promise<{ facilitator: string; classId: string; joinCode: string }> {
  const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
  const facilitator = (await createFacilitator(api, admin, name)).token;
  const created = await createClass(api, facilitator, `Kelas ${name}`);
  return { facilitator, classId: created.id, joinCode: created.joinCode };
}

export async function member(api: ApiClient, joinCode: string, name: string, role: 'trainee' | 'buyer' = 'trainee'): Promise<Member> {
  return joinClass(api, joinCode, name, { role });
}

export async function postProduct(api: ApiClient, token: string, changes: Record<string, unknown> = {}): Promise<{ id: string; stock: number; price: number }> {
  const res = await api.post(
    '/api/products',
    {
      title: 'Gula Aren Asli Pringsewu 1 kg',
      description: 'Gula aren cetak dari nira aren, dimasak tanpa campuran.',
      price: 25_000,
      stock: 40,
      weightGrams: 1000,
      category: 'gula-aren',
      photoIds: [await uploadPhoto(api, token)],
      ...changes,
    },
    { token },
  );
  if (res.status !== 201) throw new Error(`product failed: ${res.status} ${res.text}`);
  return res.body;
}

/** POST /api/orders with an Idempotency-Key (a fresh one unless given). */
export async function placeOrder(baseUrl: string, token: string, body: Record<string, unknown>, key: string = randomUUID()) {
  const res = await fetch(`${baseUrl}/api/orders`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
}

export function orderBody(productId: string, shopId: string, changes: Record<string, unknown> = {}, quantity = 1) {
  return {
    address: address(),
    items: [{ productId, quantity }],
    shops: [{ shopId, courierCode: 'jne-reg' }],
    paymentMethod: 'bca_va',
    ...changes,
  };
}

/**
 * A Midtrans notification for this order, signed with the server key (or another, to forge one). Signed here with
 * node:crypto and the published formula (SHA-512 hex of order_id + status_code + gross_amount + server key), not with
 * the marketplace's own signer, so the webhook's verifier is tested against an independent implementation.
 */
export function notification(orderId: string, status: 'settlement' | 'expire' | 'cancel' | 'pending', grossAmount: number, key = SERVER_KEY) {
  const statusCode = { settlement: '200', pending: '201', expire: '202', cancel: '202' }[status];
  const gross = `${grossAmount}.00`;
  return {
    transaction_id: randomUUID(),
    order_id: orderId,
    transaction_status: status,
    status_code: statusCode,
    gross_amount: gross,
    payment_type: 'bank_transfer',
    va_numbers: [{ bank: 'bca', va_number: '12708000001' }],
    transaction_time: '2026-11-28 10:00:00',
    fraud_status: 'accept',
    signature_key: createHash('sha512').update(`${orderId}${statusCode}${gross}${key}`, 'utf8').digest('hex'),
  };
}

export interface EventMessage {
  type: string;
  payload: Record<string, any>;
}

export function listen(baseUrl: string, token: string): Promise<{ socket: Socket; events: EventMessage[] }> {
  const socket = io(baseUrl, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
  const events: EventMessage[] = [];
  socket.on('event', (event: EventMessage) => events.push(event));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, events }));
    socket.once('connect_error', reject);
  });
}

/** Polls until `check` gives a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Relay {
  url: string;
  /** Where requests go: set once the app listens. */
  target: string;
  /** Answer the next N requests with 503 instead of forwarding them. */
  failNext: number;
  /** How many requests were refused so far. */
  refused: number;
  /** How many requests were forwarded and answered by the target so far. */
  forwarded: number;
  close(): Promise<void>;
}

/**
 * A tiny HTTP relay in front of the app, to play an outage: the app is booted with a URL on the relay
 * (gateway or webhook), and the test decides when the relay fails.
 */
export async function startRelay(): Promise<Relay> {
  const http = await import('node:http');
  const relay: Relay = { url: '', target: '', failNext: 0, refused: 0, forwarded: 0, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (relay.failNext > 0) {
        relay.failNext--;
        relay.refused++;
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status_code: '503', status_message: 'relay down' }));
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'accept']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
      fetch(`${relay.target}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
        .then(async (answer) => {
          relay.forwarded++;
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  relay.url = `http://127.0.0.1:${port}`;
  relay.close = () => new Promise((resolve) => server.close(() => resolve()));
  return relay;
}
