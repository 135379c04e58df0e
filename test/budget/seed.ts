// The class every first-load measurement opens: a trainee with a shop and a product with a photo, and a demo buyer
// who ordered it; with the localStorage each of them has after joining. Shared by the budget test and lcp-ab.ts.
import type { AppProcess } from '../support/app-process.js';
import { api, SESSION_KEY } from '../support/e2e.js';
import { createWorkshopClass, placeOrder, postPalmSugar } from '../support/workshop.js';

interface Joined {
  token: string;
  expiresAt: string;
  participantId: string;
  name: string;
  role: 'trainee' | 'buyer';
  class: { id: string; name: string };
  shop?: { id: string } | null;
}

/** What the client keeps in localStorage after joining (client/src/features/join-class/api/join-class.ts). */
function storedSession(joined: Joined): Record<string, string> {
  const session = {
    kind: 'participant',
    token: joined.token,
    expiresAt: joined.expiresAt,
    id: joined.participantId,
    name: joined.name,
    role: joined.role,
    classId: joined.class.id,
    className: joined.class.name,
    shopId: joined.shop?.id ?? null,
  };
  return { [SESSION_KEY]: JSON.stringify(session) };
}

export interface SeededClass {
  joinCode: string;
  productId: string;
  /** localStorage of the trainee and of the buyer. */
  asTrainee: Record<string, string>;
  asBuyer: Record<string, string>;
}

export async function seedClass(app: AppProcess): Promise<SeededClass> {
  const created = await createWorkshopClass(app);
  const trainee = await api<Joined>(app, 'POST', '/api/join', { code: created.joinCode, displayName: 'Sriyati', village: 'Pekon Ambarawa' });
  const buyer = await api<Joined>(app, 'POST', '/api/join', { code: created.joinCode, displayName: 'Bu Rahma', role: 'buyer' });
  const product = await postPalmSugar(app, trainee.token);
  await placeOrder(app, buyer.token, { productId: product.id, shopId: trainee.shop!.id });
  return { joinCode: created.joinCode, productId: product.id, asTrainee: storedSession(trainee), asBuyer: storedSession(buyer) };
}

export interface LcpRoute {
  label: string;
  path: string;
  as?: Record<string, string>;
  readySelector: string;
}

/** The three first screens, whose LCP has a budget, and what shows each is there. */
export function lcpRoutes(seeded: SeededClass): LcpRoute[] {
  return [
    { label: 'join', path: `/gabung/${seeded.joinCode}`, readySelector: '[data-testid="class-card"]' },
    // The shop card, not just the page's heading: on a busy machine the network can go quiet for half a second
    // before the page has even asked for its data, and LCP would be read before the content was painted.
    { label: 'trainee home', path: '/toko', as: seeded.asTrainee, readySelector: '[data-testid="shop-card"]' },
    { label: 'storefront (buyer)', path: '/pasar', as: seeded.asBuyer, readySelector: '[data-testid="storefront"] img' },
  ];
}
