// The checkout of `npm run bench`, shared with the realtime phase (`sockets.ts`, `--socket-load`): a class with 10
// sellers × 5 products and 64 buyers seeded through the API, and one full checkout (cart, quote, place, pay at the
// simulator, read until PAID), each step timed.
import { newKey, nextPhoneIp, Phone, photoForm, product, productPhoto, Tally } from '../support/phones.js';
import type { StepTimes } from './closed-loop.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, DESTINATION, STOCK } from './bench-fixtures.js';

const SELLERS = 10;
const PRODUCTS_PER_SELLER = 5;
const BUYERS = 64;

export interface Seeded {
  classId: string;
  adminToken: string;
  buyers: Phone[];
  products: { id: string; shopId: string }[];
}

/** A class the facilitator (`laptop`, signed in) opens, and how a phone joins it (with her shop). */
export async function openClass(url: string, laptop: Phone, name: string, tally: Tally) {
  const created = await laptop.expect<{ id: string; joinCode: string }>('class', 'POST', '/api/classes', {
    body: { name, place: 'Balai Pekon Ambarawa', date: '2026-11-28', regencyCode: '18.10' },
  });
  const { id: classId, joinCode } = created.body;
  const join = async (displayName: string) => {
    const phone = new Phone(url, tally);
    const joined = await phone.expect<{ token: string; shop: { id: string } }>('join', 'POST', '/api/join', { body: { code: joinCode, displayName } });
    phone.token = joined.body.token;
    return { phone, shopId: joined.body.shop.id };
  };
  return { classId, join };
}

/** The facilitator's class, 10 sellers with 5 products each (photo, 100 000 in stock) and 64 buyers, through the API. */
export async function seed(url: string): Promise<Seeded> {
  const tally = new Tally();
  const laptop = new Phone(url, tally);
  laptop.token = (await laptop.expect<{ token: string }>('login', 'POST', '/api/auth/login', { body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })).body.token;
  const { classId, join } = await openClass(url, laptop, 'Kelas Bench', tally);
  const photo = await productPhoto();
  const products: { id: string; shopId: string }[] = [];
  await Promise.all(
    Array.from({ length: SELLERS }, async (_, s) => {
      const seller = await join(`Penjual ${s + 1}`);
      for (let p = 0; p < PRODUCTS_PER_SELLER; p++) {
        const media = await seller.phone.expect<{ id: string }>('photo', 'POST', '/api/media', { form: photoForm(photo) });
        const posted = await seller.phone.expect<{ id: string }>('product', 'POST', '/api/products', {
          body: { ...product(`Gula Aren Penjual ${s + 1} No ${p + 1}`), stock: STOCK, photoIds: [media.body.id] },
          key: newKey(),
        });
        products.push({ id: posted.body.id, shopId: seller.shopId });
      }
    }),
  );
  const buyers: Phone[] = [];
  for (let b = 0; b < BUYERS; b += 8) {
    buyers.push(...(await Promise.all(Array.from({ length: Math.min(8, BUYERS - b) }, async (_, i) => (await join(`Pembeli ${b + i + 1}`)).phone))));
  }
  return { classId, adminToken: laptop.token, buyers, products };
}

/** What the bench remembers of every order it placed, to compare with the database afterwards. */
export interface Ledger {
  placed: Map<string, number>;
  paid: Set<string>;
}

/** One checkout by this buyer, each step timed into `steps`. */
export async function checkout(buyer: Phone, classProducts: Seeded['products'], book: Ledger, steps: StepTimes): Promise<void> {
  const item = classProducts[Math.floor(Math.random() * classProducts.length)]!;
  steps.cart = (await buyer.expect('cart', 'PUT', `/api/cart/items/${item.id}`, { body: { quantity: 1 } })).ms;
  const quote = await buyer.expect<{ shops: { shop: { id: string } }[] }>('quote', 'POST', '/api/checkout/quote', { body: { destinationRegencyCode: DESTINATION.regencyCode } });
  steps.quote = quote.ms;
  if (!quote.text.includes('"jne-reg"')) throw new Error(`quote: JNE REG not offered: ${quote.text.slice(0, 200)}`);
  const shops = quote.body.shops.map((group) => ({ shopId: group.shop.id, courierCode: 'jne-reg' }));
  const placed = await buyer.expect<{ orders: { id: string; total: number; payment: { instructions: { vaNumber: string } } }[] }>('place', 'POST', '/api/orders', {
    body: { address: DESTINATION, shops, paymentMethod: 'bca_va' },
    key: newKey(),
  });
  steps.place = placed.ms;
  let payMs = 0;
  let readMs = 0;
  for (const order of placed.body.orders) {
    book.placed.set(order.id, order.total);
    // Paid from a bank app, a device of its own: the simulator allows one address 120 payments a minute (a payer, not a
    // walker of numbers), and a shopper pinned to one buyer checks out 2–4 times a second here, so paying from the
    // buyer's own address tripped that limit whenever a phase filled most of a clock minute (`--nodes 2`, 6 Dec).
    const paying = await buyer.expect('pay', 'POST', '/api/simulator/payer/pay', {
      body: { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total },
      token: null,
      from: nextPhoneIp(),
    });
    payMs += paying.ms;
    // The order page the buyer looks at next: it counts once it reads PAID ("Perlu Dikirim").
    const deadline = performance.now() + 60_000;
    for (;;) {
      const seen = await buyer.expect<{ state: string }>('read', 'GET', `/api/orders/${order.id}`);
      readMs += seen.ms;
      if (seen.body.state === 'PAID') break;
      if (seen.body.state !== 'AWAITING_PAYMENT' || performance.now() > deadline) throw new Error(`order ${order.id} reads ${seen.body.state}, not PAID`);
      await new Promise((r) => setTimeout(r, 50));
    }
    book.paid.add(order.id);
  }
  steps.pay = payMs;
  steps.read = readMs;
}
