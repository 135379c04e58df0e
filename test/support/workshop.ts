// The workshop the browser tests play out, set up through the HTTP API where a test is not about those screens:
// the facilitator's class, a seller's palm sugar with a photo, a demo buyer's order of it, paid in the simulator
// and shipped at a drop point.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { AppProcess } from './app-process.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, api, until } from './e2e.js';

/** The product every lesson sells. */
export const PALM_SUGAR = 'Gula Aren Asli Pringsewu 1 kg';

/** The facilitator's class in Kabupaten Pringsewu (18.10). */
export const WORKSHOP_CLASS = {
  name: 'Pelatihan E-Commerce PKH Ambarawa',
  place: 'Balai Pekon Ambarawa',
  date: '2026-11-28',
  regencyCode: '18.10',
};

/** The demo buyer's address in Kota Bandar Lampung (same province as the shop). */
export const BUYER_ADDRESS = { recipient: 'Bu Rahma', phone: '081234567890', street: 'Jl. Teuku Umar No. 5, Kedaton', regencyCode: '18.71', district: 'Kedaton' };

/** The admin signs in through the API and creates the workshop class; `adminToken` is for the facilitator's calls. */
export async function createWorkshopClass(app: AppProcess): Promise<{ adminToken: string; id: string; joinCode: string }> {
  const { token: adminToken } = await api<{ token: string }>(app, 'POST', '/api/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  const created = await api<{ id: string; joinCode: string }>(app, 'POST', '/api/classes', WORKSHOP_CLASS, adminToken);
  return { adminToken, ...created };
}

/** An SVG picture saved as a JPEG by sharp, as a phone would upload it. */
export function svgJpeg(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** A product photo: a block of palm sugar (of this colour) on a banana leaf. */
export function palmSugarJpeg(fill = '#7a4a1e'): Promise<Buffer> {
  return svgJpeg(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
    <rect width="1200" height="900" fill="#f3e3c3"/>
    <ellipse cx="600" cy="520" rx="470" ry="260" fill="#3f7d3a"/>
    <rect x="380" y="300" width="440" height="320" rx="40" fill="${fill}"/>
    <rect x="420" y="340" width="360" height="60" rx="20" fill="#ffffff" fill-opacity="0.15"/>
  </svg>`);
}

/** Uploads a JPEG to /api/media as this participant; returns the stored photo's id. */
export async function uploadPhoto(app: AppProcess, token: string, jpeg: Buffer, filename = 'gula-aren.jpg'): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), filename);
  const uploaded = await fetch(`${app.url}/api/media`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  if (uploaded.status !== 201) throw new Error(`POST /api/media → ${uploaded.status} ${await uploaded.text()}`);
  return ((await uploaded.json()) as { id: string }).id;
}

/**
 * The seller's palm sugar with a photo, through the API (the catalog test covers the guided form): Rp 25.000, 20 in
 * stock, 1 kg. Another title and photo colour make a second product.
 */
export async function postPalmSugar(app: AppProcess, sellerToken: string, title = PALM_SUGAR, fill?: string): Promise<{ id: string }> {
  const photoId = await uploadPhoto(app, sellerToken, await palmSugarJpeg(fill));
  return api<{ id: string }>(
    app,
    'POST',
    '/api/products',
    {
      title,
      description: 'Gula aren cetak dari nira asli Pekon Ambarawa, tanpa campuran. Tahan 6 bulan.',
      price: 25000,
      stock: 20,
      weightGrams: 1000,
      category: 'gula-aren',
      photoIds: [photoId],
    },
    sellerToken,
  );
}

export interface PlacedOrder {
  id: string;
  total: number;
  subtotal: number;
  invoiceNumber: string;
  payment: { instructions: { vaNumber: string } };
}

/** The buyer orders the product to BUYER_ADDRESS with JNE REG and a BCA virtual account (one request, idempotent). */
export async function placeOrder(
  app: AppProcess,
  buyerToken: string,
  order: { productId: string; shopId: string; quantity?: number },
): Promise<PlacedOrder> {
  const placed = await fetch(`${app.url}/api/orders`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${buyerToken}`, 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({
      address: BUYER_ADDRESS,
      items: [{ productId: order.productId, quantity: order.quantity ?? 1 }],
      shops: [{ shopId: order.shopId, courierCode: 'jne-reg' }],
      paymentMethod: 'bca_va',
    }),
  });
  if (placed.status !== 201) throw new Error(`POST /api/orders → ${placed.status} ${await placed.text()}`);
  return ((await placed.json()) as { orders: PlacedOrder[] }).orders[0]!;
}

/** The order's current state, as this participant reads it. */
export async function orderState(app: AppProcess, orderId: string, token: string): Promise<string> {
  return (await api<{ state: string }>(app, 'GET', `/api/orders/${orderId}`, undefined, token)).state;
}

/** Pays the order's BCA VA in full in the simulator's bank app and waits until the order is PAID. */
export async function payInSimulator(app: AppProcess, order: PlacedOrder, buyerToken: string): Promise<void> {
  await api(app, 'POST', '/api/simulator/payer/pay', { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total });
  await until('PAID', () => orderState(app, order.id, buyerToken), (state) => state === 'PAID');
}

/** The seller hands the paid order over at the first drop point offered (the fulfilment test covers those screens). */
export async function shipAtDropPoint(app: AppProcess, orderId: string, sellerToken: string): Promise<void> {
  const dropPoints = await api<{ id: string }[]>(app, 'GET', `/api/orders/${orderId}/drop-points`, undefined, sellerToken);
  await api(app, 'POST', `/api/orders/${orderId}/ship`, { dropPointId: dropPoints[0]!.id }, sellerToken);
}

/** On the checkout page: an address in Kota Bandar Lampung typed in, the first courier offered, a BCA virtual account. */
export async function fillCheckout(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Nomor HP penerima' }).fill('0812 3456 7890');
  await page.getByRole('textbox', { name: /Alamat lengkap/ }).fill('Jl. Teuku Umar No. 5, RT 03 RW 02, Kedaton');
  await page.getByRole('combobox', { name: 'Provinsi' }).selectOption({ label: 'Lampung' });
  const regency = page.getByRole('combobox', { name: 'Kabupaten / kota' });
  await regency.locator('option', { hasText: 'Kota Bandar Lampung' }).waitFor({ state: 'attached', timeout: 30_000 });
  await regency.selectOption({ label: 'Kota Bandar Lampung' });
  await page.getByTestId('courier-options').getByRole('radio').first().click({ timeout: 30_000 });
  await page.getByTestId('payment-bca_va').click();
}

/** The buyer pays her order in the simulator, then writes to its seller from it ("Sudah saya bayar, Bu."). */
export async function payAndWriteToSeller(app: AppProcess, orderId: string, buyerToken: string): Promise<void> {
  await payInSimulator(app, await api<PlacedOrder>(app, 'GET', `/api/orders/${orderId}`, undefined, buyerToken), buyerToken);
  const conversation = await api<{ id: string }>(app, 'POST', '/api/chat/conversations', { orderId }, buyerToken);
  await api(app, 'POST', `/api/chat/conversations/${conversation.id}/messages`, { clientId: randomUUID(), kind: 'text', text: 'Sudah saya bayar, Bu.' }, buyerToken);
}
