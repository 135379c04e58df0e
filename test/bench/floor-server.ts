// The floor of `npm run bench:floor` (floor.ts): the same checkout as `npm run bench`, over the same HTTP calls and
// answers the bench's shoppers read, served by the least a Node process can do for it. No framework, no ORM, no
// validation beyond what the answer needs, no events, notifications, missions, activity, clock or durable tasks:
// plain `node:http`, one `pg` pool of 10, and every use case one SQL statement. The payment gateway is still
// spoken to over loopback HTTP (the charge, and the signed notification the payer's payment sends to the webhook),
// as in the app and as with a real gateway, and it writes its own rows.
//
// Nothing here is the app's code and nothing of the app uses it: it answers "how fast could any Node
// implementation of this checkout be on this machine", so the goals of issue 18 can be read against it.
import { createHash, randomInt } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const SERVER_KEY = process.env.FLOOR_SERVER_KEY ?? 'floor-server-key';
let base = '';

/** Bearer token → buyer id, read once per token (the app caches its principals for 5 s). */
const buyers = new Map<string, string>();
async function buyerOf(req: http.IncomingMessage): Promise<string | undefined> {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return undefined;
  let id = buyers.get(token);
  if (id === undefined) {
    id = (await pool.query<{ id: string }>('SELECT id FROM f_buyer WHERE token = $1', [token])).rows[0]?.id;
    if (id) buyers.set(token, id);
  }
  return id;
}

function body(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function post(path: string, value: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const SHIPPING = 18_000;
const signature = (orderId: string, statusCode: string, grossAmount: string) => createHash('sha512').update(orderId + statusCode + grossAmount + SERVER_KEY, 'utf8').digest('hex');

// Place: the key, the cart emptied, stock taken, one order per shop with its lines and a pending payment, in one
// statement (one transaction). A cart line whose stock is short makes the statement fail (division by zero), so
// nothing is written.
const PLACE = `
WITH key AS (INSERT INTO f_idempotency (key, buyer_id) VALUES ($2, $1) ON CONFLICT DO NOTHING RETURNING key),
cart AS (DELETE FROM f_cart_item c USING key WHERE c.buyer_id = $1 RETURNING c.product_id, c.quantity),
taken AS (UPDATE f_product p SET stock = p.stock - cart.quantity FROM cart WHERE p.id = cart.product_id AND p.stock >= cart.quantity
          RETURNING p.id, p.shop_id, p.price, cart.quantity),
placed AS (INSERT INTO f_order (buyer_id, shop_id, total, state, idempotency_key, address, courier)
           SELECT $1, shop_id, sum(price * quantity) + ${SHIPPING}, 'AWAITING_PAYMENT', $2, $3::jsonb, $4::jsonb ->> shop_id::text
           FROM taken GROUP BY shop_id RETURNING id, shop_id, total),
lines AS (INSERT INTO f_order_line (order_id, product_id, quantity, price)
          SELECT placed.id, taken.id, taken.quantity, taken.price FROM placed JOIN taken ON taken.shop_id = placed.shop_id),
payment AS (INSERT INTO f_payment (order_id, amount, state) SELECT id, total, 'pending' FROM placed),
whole AS (SELECT 1 / CASE WHEN (SELECT count(*) FROM cart) = (SELECT count(*) FROM taken) THEN 1 ELSE 0 END AS ok)
SELECT placed.id, placed.total FROM whole LEFT JOIN placed ON true`;

// Settle: the payment, the order and two ledger lines (gateway in, shop out; they sum to 0), one statement.
const SETTLE = `
WITH paid AS (UPDATE f_payment SET state = 'settled' WHERE order_id = $1 AND amount = $2 AND state = 'pending' RETURNING order_id, amount),
ordered AS (UPDATE f_order o SET state = 'PAID' FROM paid WHERE o.id = paid.order_id RETURNING o.id, o.shop_id, paid.amount),
posted AS (INSERT INTO f_ledger (order_id, account, amount)
           SELECT id, 'gateway', amount FROM ordered UNION ALL SELECT id, 'shop:' || shop_id, -amount FROM ordered)
SELECT id FROM ordered`;

async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = req.url ?? '/';
  const method = req.method ?? 'GET';
  // The gateway (the payment simulator's side): charge, the payer's payment, then its signed notification.
  if (method === 'POST' && url === '/gateway/charge') {
    const { orderId, amount } = await body(req);
    const number = `8808${randomInt(1e9, 1e10 - 1)}`;
    await pool.query('INSERT INTO f_va (number, order_id, amount, state) VALUES ($1, $2, $3, $4)', [number, orderId, amount, 'pending']);
    return send(res, 201, { vaNumber: number });
  }
  if (method === 'POST' && url === '/api/simulator/payer/pay') {
    const { number, amount } = await body(req);
    const paid = await pool.query<{ order_id: string; amount: number }>(
      `UPDATE f_va SET state = 'paid' WHERE number = $1 AND amount = $2 AND state = 'pending' RETURNING order_id, amount`,
      [number, amount],
    );
    const va = paid.rows[0];
    if (!va) return send(res, 404, { statusCode: 404, code: 'VA_NOT_FOUND', message: 'no such VA' });
    const gross = `${va.amount}.00`;
    const notified = await post('/api/payments/notification', {
      order_id: va.order_id,
      status_code: '200',
      gross_amount: gross,
      transaction_status: 'settlement',
      signature_key: signature(va.order_id, '200', gross),
    });
    return send(res, notified.status === 200 ? 200 : 502, { ok: notified.status === 200 });
  }
  if (method === 'POST' && url === '/api/payments/notification') {
    const note = await body(req);
    const [orderId, statusCode, gross] = [String(note.order_id), String(note.status_code), String(note.gross_amount)];
    if (note.signature_key !== signature(orderId, statusCode, gross)) return send(res, 401, { statusCode: 401, code: 'BAD_SIGNATURE', message: 'bad signature' });
    await pool.query(SETTLE, [orderId, Math.round(Number(gross))]);
    return send(res, 200, { ok: true });
  }
  // The marketplace: every call is the buyer's.
  const buyer = await buyerOf(req);
  if (!buyer) return send(res, 401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'sign in' });
  const cartItem = /^\/api\/cart\/items\/([0-9a-f-]{36})$/.exec(url);
  if (method === 'PUT' && cartItem) {
    const { quantity } = await body(req);
    await pool.query(
      `INSERT INTO f_cart_item (buyer_id, product_id, quantity) VALUES ($1, $2, $3)
       ON CONFLICT (buyer_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity`,
      [buyer, cartItem[1], quantity],
    );
    return send(res, 200, { ok: true });
  }
  if (method === 'POST' && url === '/api/checkout/quote') {
    await body(req);
    const shops = await pool.query<{ shop_id: string; subtotal: string; weight: string }>(
      `SELECT p.shop_id, sum(p.price * c.quantity) AS subtotal, sum(p.weight_grams * c.quantity) AS weight
       FROM f_cart_item c JOIN f_product p ON p.id = c.product_id WHERE c.buyer_id = $1 GROUP BY p.shop_id`,
      [buyer],
    );
    return send(res, 200, {
      shops: shops.rows.map((row) => ({
        shop: { id: row.shop_id },
        subtotal: Number(row.subtotal),
        options: [
          { code: 'jne-reg', fee: SHIPPING * Math.max(1, Math.ceil(Number(row.weight) / 1000)) },
          { code: 'jnt-ez', fee: 17_000 * Math.max(1, Math.ceil(Number(row.weight) / 1000)) },
        ],
      })),
    });
  }
  if (method === 'POST' && url === '/api/orders') {
    const { address, shops } = await body(req);
    const couriers = Object.fromEntries(((shops ?? []) as { shopId: string; courierCode: string }[]).map((s) => [s.shopId, s.courierCode]));
    const key = String(req.headers['idempotency-key'] ?? '');
    if (!key) return send(res, 400, { statusCode: 400, code: 'IDEMPOTENCY_KEY_REQUIRED', message: 'Idempotency-Key' });
    const orders = (await pool.query<{ id: string | null; total: number }>(PLACE, [buyer, key, JSON.stringify(address ?? {}), JSON.stringify(couriers)])).rows.filter((row) => row.id !== null);
    if (orders.length === 0) {
      // A key seen before: the orders it placed, as they were answered.
      const earlier = await pool.query<{ id: string; total: number; va_number: string }>(
        'SELECT o.id, o.total, p.va_number FROM f_order o JOIN f_payment p ON p.order_id = o.id WHERE o.buyer_id = $1 AND o.idempotency_key = $2',
        [buyer, key],
      );
      if (earlier.rows.length === 0) return send(res, 422, { statusCode: 422, code: 'CART_EMPTY', message: 'nothing to order' });
      return send(res, 201, { orders: earlier.rows.map((row) => ({ id: row.id, total: row.total, payment: { instructions: { vaNumber: row.va_number } } })) });
    }
    const answered = [];
    for (const order of orders) {
      const charge = await post('/gateway/charge', { orderId: order.id, amount: order.total });
      const vaNumber = String(charge.body.vaNumber);
      await pool.query('UPDATE f_payment SET va_number = $2 WHERE order_id = $1', [order.id, vaNumber]);
      answered.push({ id: order.id, total: order.total, payment: { instructions: { vaNumber } } });
    }
    return send(res, 201, { orders: answered });
  }
  const order = /^\/api\/orders\/([0-9a-f-]{36})$/.exec(url);
  if (method === 'GET' && order) {
    const row = (await pool.query<{ id: string; state: string; total: number }>('SELECT id, state, total FROM f_order WHERE id = $1 AND buyer_id = $2', [order[1], buyer])).rows[0];
    return row ? send(res, 200, row) : send(res, 404, { statusCode: 404, code: 'ORDER_NOT_FOUND', message: 'no such order' });
  }
  return send(res, 404, { statusCode: 404, code: 'NOT_FOUND', message: url });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, { statusCode: 500, code: 'INTERNAL', message: String(error) });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  base = `http://127.0.0.1:${port}`;
  console.log(`floor listening on ${base}`);
});
const stop = () => server.close(() => void pool.end().finally(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
