// Data shaped like the API's answers, for the catalog's tests.
import type { ParticipantSession } from '../../../shared/auth/session';
import type { MediaView, ProductDetail, ShopView, StorefrontItem, StorefrontPage } from '../api/product-types';

export const classId = '6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f';
export const shopId = '9a9a9a9a-3333-4e4e-8f8f-444444444444';
export const otherShopId = '7b7b7b7b-5555-4e4e-8f8f-666666666666';

export const trainee: ParticipantSession = {
  kind: 'participant',
  token: 'tok_sriyati_0123456789abcdef',
  expiresAt: '2099-01-01T00:00:00.000Z',
  id: '0b5d8f0e-1111-4c4c-9d9d-222222222222',
  name: 'Sriyati',
  role: 'trainee',
  classId,
  className: 'Pelatihan E-Commerce PKH',
  shopId,
};

export const buyer: ParticipantSession = { ...trainee, token: 'tok_rahma_0123456789abcdef', id: '0c0c0c0c-1111-4c4c-9d9d-333333333333', name: 'Bu Rahma', role: 'buyer', shopId: null };

export const myShop: ShopView = {
  id: shopId,
  name: 'Gula Aren Bu Sriyati',
  description: null,
  regencyCode: '18.10',
  regencyLabel: 'Kab. Pringsewu',
  ownerName: 'Sriyati',
  isMine: true,
  ownerPhone: null,
};

export function media(n: number): MediaView {
  const hash = String(n).repeat(64).slice(0, 64);
  return { id: hash, width: 1280, height: 960, urls: { thumb: `/media/${hash}-thumb.webp`, card: `/media/${hash}-card.webp`, full: `/media/${hash}-full.webp` } };
}

const shopSummary = { id: shopId, name: myShop.name, regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' };

export function item(n: number, patch: Partial<StorefrontItem> = {}): StorefrontItem {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title: `Gula Aren Cetak ${n}`,
    price: 20000 + n * 1000,
    stock: 10,
    weightGrams: 1000,
    category: 'gula-aren',
    perishable: false,
    shelfLifeDays: null,
    status: 'active',
    shop: shopSummary,
    photo: media(1).urls,
    createdAt: '2026-11-28T03:00:00.000Z',
    promoted: false,
    ...patch,
  };
}

export function page(items: StorefrontItem[], total = items.length, pageNumber = 1, pageSize = 20): StorefrontPage {
  return { items, page: pageNumber, pageSize, total };
}

export function detail(n: number, patch: Partial<ProductDetail> = {}): ProductDetail {
  return {
    ...item(n),
    description: 'Gula aren cetak dari nira asli Pringsewu.\nTahan 6 bulan.',
    condition: 'new',
    minOrder: 1,
    lengthCm: null,
    widthCm: null,
    heightCm: null,
    photos: [
      { id: media(1).id, width: 1280, height: 960, urls: media(1).urls },
      { id: media(2).id, width: 960, height: 1280, urls: media(2).urls },
    ],
    updatedAt: '2026-11-28T03:00:00.000Z',
    ...patch,
  };
}

/** A product event as the server broadcasts it to the class room. */
export function productEvent(type: 'product.created' | 'product.updated', payload: StorefrontItem, id = '77') {
  return { id, type, classId, actorId: trainee.id, payload, occurredAt: '2026-11-28T03:00:05.000Z', simTime: null };
}
