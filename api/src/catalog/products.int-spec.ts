import { io, type Socket } from 'socket.io-client';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createClass, createFacilitator, joinClass, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { uploadPhoto } from '../../test/images.js';

interface EventMessage {
  type: string;
  classId: string | null;
  payload: Record<string, any>;
}

function listen(baseUrl: string, token: string): Promise<{ socket: Socket; events: EventMessage[] }> {
  const socket = io(baseUrl, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
  const events: EventMessage[] = [];
  socket.on('event', (event: EventMessage) => events.push(event));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, events }));
    socket.once('connect_error', reject);
  });
}

async function waitFor<T>(check: () => T | undefined, timeoutMs = 1500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('products: posting, editing and restocking in a trainee shop', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let rina: string;
  let budi: string;
  let classA: { id: string; joinCode: string };
  let classB: { id: string; joinCode: string };
  let sriyati: { token: string; participantId: string; shop: { id: string } | null };
  let marni: { token: string; participantId: string; shop: { id: string } | null };
  let buyer: { token: string };
  let tomo: { token: string };
  let sriyatiPhotos: string[];
  let marniPhoto: string;
  const sockets: Socket[] = [];

  const gulaAren = (photoIds: string[]) => ({
    title: 'Gula Aren Asli Pringsewu 1 kg',
    description: 'Gula aren cetak dari nira aren, dimasak tanpa campuran.',
    price: 25_000,
    stock: 40,
    weightGrams: 1000,
    category: 'gula-aren',
    photoIds,
  });

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    rina = (await createFacilitator(api, admin, 'Rina')).token;
    budi = (await createFacilitator(api, admin, 'Budi')).token;
    classA = await createClass(api, rina, 'Kelas A Ambarawa');
    classB = await createClass(api, budi, 'Kelas B Gadingrejo');
    sriyati = await joinClass(api, classA.joinCode, 'Sriyati');
    marni = await joinClass(api, classA.joinCode, 'Marni');
    buyer = await joinClass(api, classA.joinCode, 'Bu Rahma', { role: 'buyer' });
    tomo = await joinClass(api, classB.joinCode, 'Tomo');
    sriyatiPhotos = [await uploadPhoto(api, sriyati.token), await uploadPhoto(api, sriyati.token)];
    marniPhoto = await uploadPhoto(api, marni.token);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await booted.close();
  });

  const post = (body: Record<string, unknown>, token = sriyati.token) => api.post('/api/products', body, { token });

  describe('validation: each refusal has its own code', () => {
    it.each(([
      ['a title of 4 characters', { title: 'Gula' }, 'TITLE_TOO_SHORT'],
      ['a title of 71 characters', { title: 'G'.repeat(71) }, 'TITLE_TOO_LONG'],
      ['a description over 3000 characters', { description: 'x'.repeat(3001) }, 'DESCRIPTION_TOO_LONG'],
      ['palm wine', { title: 'Tuak Aren Segar 1 Liter' }, 'PROHIBITED_PRODUCT'],
      ['medicine in the description', { description: 'Bisa juga sebagai obat batuk.' }, 'PROHIBITED_PRODUCT'],
      ['a price of Rp 99', { price: 99 }, 'INVALID_PRICE'],
      ['a price over Rp 100 million', { price: 100_000_001 }, 'INVALID_PRICE'],
      ['a negative stock', { stock: -1 }, 'INVALID_STOCK'],
      ['a stock over 100,000', { stock: 100_001 }, 'INVALID_STOCK'],
      ['no weight', { weightGrams: undefined }, 'INVALID_WEIGHT'],
      ['a weight over 50 kg', { weightGrams: 50_001 }, 'INVALID_WEIGHT'],
      ['two of three dimensions', { lengthCm: 20, widthCm: 15 }, 'INVALID_DIMENSIONS'],
      ['a side of 201 cm', { lengthCm: 201, widthCm: 15, heightCm: 8 }, 'INVALID_DIMENSIONS'],
      ['a minimum order above the stock', { minOrder: 41 }, 'INVALID_MIN_ORDER'],
      ['duck eggs without a shelf life', { title: 'Telur Bebek Asin Isi 10', category: 'telur-bebek' }, 'SHELF_LIFE_REQUIRED'],
      ['a shelf life of 400 days', { shelfLifeDays: 400 }, 'INVALID_SHELF_LIFE'],
      ['no photo', { photoIds: [] }, 'PHOTO_REQUIRED'],
      ['six photos', { photoIds: ['1', '2', '3', '4', '5', '6'].map((n) => n.repeat(64)) }, 'TOO_MANY_PHOTOS'],
      ['a photo that was never uploaded', { photoIds: ['f'.repeat(64)] }, 'PHOTO_NOT_FOUND'],
    ] as [string, Record<string, unknown>, string][]).map(([name, changes, code]) => [name, code, changes] as const))('refuses %s with %s', async (_case, code, changes) => {
      const res = await post({ ...gulaAren(sriyatiPhotos.slice(0, 1)), ...changes });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, code, message: expect.any(String) });
    });

    it("refuses a classmate's photo: PHOTO_NOT_FOUND", async () => {
      const res = await post(gulaAren([marniPhoto]));
      expect(res.body.code).toBe('PHOTO_NOT_FOUND');
    });

    it('refuses a price with the wrong type before the rules, as VALIDATION_FAILED', async () => {
      const res = await post({ ...gulaAren(sriyatiPhotos), price: '25.000' });
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('writes nothing when a product is refused', async () => {
      await post({ ...gulaAren(sriyatiPhotos), price: 1 });
      const mine = await api.get('/api/shops/mine/products', { token: sriyati.token });
      expect(mine.body).toEqual([]);
    });
  });

  describe('posting', () => {
    it('posts a product with its photos in order and no hints for a clear title', async () => {
      const res = await post({ ...gulaAren(sriyatiPhotos), lengthCm: 20, widthCm: 15, heightCm: 8 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        title: 'Gula Aren Asli Pringsewu 1 kg',
        price: 25_000,
        stock: 40,
        weightGrams: 1000,
        lengthCm: 20,
        category: 'gula-aren',
        condition: 'new',
        minOrder: 1,
        perishable: false,
        shelfLifeDays: null,
        status: 'active',
        shop: { id: sriyati.shop!.id, name: 'Toko Sriyati', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' },
        hints: [],
      });
      expect(res.body.photos.map((p: { id: string }) => p.id)).toEqual(sriyatiPhotos);
      expect(res.body.photo).toEqual(res.body.photos[0].urls);
    });

    it('posts once per Idempotency-Key: a queued offline post sent twice (even at once) makes one product', async () => {
      const send = (key: string) =>
        fetch(`${booted.baseUrl}/api/products`, {
          method: 'POST',
          headers: { authorization: `Bearer ${marni.token}`, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify({ ...gulaAren([marniPhoto]), title: 'Gula Semut Kiriman Antrean' }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { id: string; code?: string } }));
      const before = (await api.get('/api/shops/mine/products', { token: marni.token })).body.length as number;
      const [a, b] = await Promise.all([send('queued-post-0001'), send('queued-post-0001')]);
      const c = await send('queued-post-0001');
      expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
      expect(new Set([a.body.id, b.body.id, c.body.id]).size).toBe(1);
      const other = await send('queued-post-0002');
      expect(other.body.id).not.toBe(a.body.id);
      expect((await api.get('/api/shops/mine/products', { token: marni.token })).body.length).toBe(before + 2);
      const bad = await send('short');
      expect([bad.status, bad.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_INVALID']);
    });

    it('posts, with a hint, a title that is too short to be found', async () => {
      const res = await post({ ...gulaAren(sriyatiPhotos.slice(0, 1)), title: 'Gula aren' });
      expect(res.status).toBe(201);
      expect(res.body.hints).toEqual(['TITLE_HARD_TO_FIND']);
    });

    it('marks food with a shelf life as perishable', async () => {
      const res = await post({ ...gulaAren(sriyatiPhotos.slice(0, 1)), title: 'Telur Bebek Asin Isi 10', category: 'telur-bebek', shelfLifeDays: 14 });
      expect(res.body).toMatchObject({ perishable: true, shelfLifeDays: 14 });
    });

    it.each([
      ['a demo buyer', () => buyer.token],
      ['a facilitator', () => rina],
    ])('lets only trainees post: not %s', async (_who, token) => {
      const res = await post(gulaAren(sriyatiPhotos), token());
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });
  });

  describe('ownership: a trainee changes only her own products', () => {
    let productId: string;
    beforeAll(async () => {
      productId = (await post(gulaAren(sriyatiPhotos))).body.id;
    });

    it("answers another shop's product as not found, and leaves it unchanged", async () => {
      const edit = await api.patch(`/api/products/${productId}`, { price: 1000, status: 'inactive' }, { token: marni.token });
      expect(edit.status).toBe(404);
      expect(edit.body.code).toBe('PRODUCT_NOT_FOUND');
      const restock = await api.post(`/api/products/${productId}/stock`, { add: 5 }, { token: marni.token });
      expect(restock.status).toBe(404);
      expect(restock.body.code).toBe('PRODUCT_NOT_FOUND');
      const setStock = await api.post(`/api/products/${productId}/stock`, { set: 0 }, { token: marni.token });
      expect(setStock.body.code).toBe('PRODUCT_NOT_FOUND');
      const seen = await api.get(`/api/classes/${classA.id}/products/${productId}`, { token: marni.token });
      expect(seen.body).toMatchObject({ price: 25_000, stock: 40, status: 'active' });
    });

    it('answers a product that does not exist the same way', async () => {
      const res = await api.patch(`/api/products/00000000-0000-4000-8000-000000000000`, { price: 1000 }, { token: sriyati.token });
      expect(res.body.code).toBe('PRODUCT_NOT_FOUND');
    });
  });

  describe('class scoping', () => {
    let productId: string;
    beforeAll(async () => {
      productId = (await post(gulaAren(sriyatiPhotos))).body.id;
    });

    it.each([
      ['a trainee of class B', () => tomo.token],
      ["class B's facilitator", () => budi],
    ])("hides class A's storefront and products from %s", async (_who, token) => {
      for (const url of [`/api/classes/${classA.id}/products`, `/api/classes/${classA.id}/products/${productId}`, `/api/classes/${classA.id}/shops/${sriyati.shop!.id}/products`]) {
        const res = await api.get(url, { token: token() });
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('CLASS_NOT_FOUND');
      }
    });

    it("does not find class A's product through class B's storefront", async () => {
      const res = await api.get(`/api/classes/${classB.id}/products/${productId}`, { token: tomo.token });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('PRODUCT_NOT_FOUND');
    });

    it("shows class A's storefront to its trainees, demo buyers and facilitator", async () => {
      for (const token of [marni.token, buyer.token, rina]) {
        const res = await api.get(`/api/classes/${classA.id}/products/${productId}`, { token });
        expect(res.status).toBe(200);
      }
    });
  });

  describe('editing', () => {
    let productId: string;
    beforeAll(async () => {
      productId = (await post(gulaAren(sriyatiPhotos))).body.id;
    });

    it('changes any subset of fields and keeps the rest', async () => {
      const res = await api.patch(`/api/products/${productId}`, { price: 27_500, description: 'Panen baru.' }, { token: sriyati.token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ price: 27_500, description: 'Panen baru.', stock: 40, title: 'Gula Aren Asli Pringsewu 1 kg', hints: [] });
      expect(res.body.photos).toHaveLength(2);
    });

    it('reorders the photos, which changes the cover', async () => {
      const res = await api.patch(`/api/products/${productId}`, { photoIds: [...sriyatiPhotos].reverse() }, { token: sriyati.token });
      expect(res.body.photos.map((p: { id: string }) => p.id)).toEqual([...sriyatiPhotos].reverse());
      expect(res.body.photo.card).toContain(sriyatiPhotos[1]);
    });

    it('checks the product as a whole after the change', async () => {
      const perishable = await api.patch(`/api/products/${productId}`, { category: 'telur-bebek' }, { token: sriyati.token });
      expect(perishable.body.code).toBe('SHELF_LIFE_REQUIRED');
      const minOrder = await api.patch(`/api/products/${productId}`, { stock: 3, minOrder: 5 }, { token: sriyati.token });
      expect(minOrder.body.code).toBe('INVALID_MIN_ORDER');
      const noPhotos = await api.patch(`/api/products/${productId}`, { photoIds: [] }, { token: sriyati.token });
      expect(noPhotos.body.code).toBe('PHOTO_REQUIRED');
    });

    it('clears the dimensions with null', async () => {
      await api.patch(`/api/products/${productId}`, { lengthCm: 20, widthCm: 15, heightCm: 8 }, { token: sriyati.token });
      const res = await api.patch(`/api/products/${productId}`, { lengthCm: null, widthCm: null, heightCm: null }, { token: sriyati.token });
      expect(res.body).toMatchObject({ lengthCm: null, widthCm: null, heightCm: null });
    });

    it('deactivates a product: gone from the storefront and from buyers, still in "Produk Saya"', async () => {
      const res = await api.patch(`/api/products/${productId}`, { status: 'inactive' }, { token: sriyati.token });
      expect(res.body.status).toBe('inactive');
      const storefront = await api.get(`/api/classes/${classA.id}/products?pageSize=50`, { token: buyer.token });
      expect(storefront.body.items.map((item: { id: string }) => item.id)).not.toContain(productId);
      expect((await api.get(`/api/classes/${classA.id}/products/${productId}`, { token: buyer.token })).body.code).toBe('PRODUCT_NOT_FOUND');
      expect((await api.get(`/api/classes/${classA.id}/products/${productId}`, { token: sriyati.token })).body.status).toBe('inactive');
      expect((await api.get(`/api/classes/${classA.id}/products/${productId}`, { token: rina })).status).toBe(200);
      const mine = await api.get('/api/shops/mine/products', { token: sriyati.token });
      expect(mine.body.find((p: { id: string }) => p.id === productId)).toMatchObject({ status: 'inactive' });

      await api.patch(`/api/products/${productId}`, { status: 'active' }, { token: sriyati.token });
      const again = await api.get(`/api/classes/${classA.id}/products?pageSize=50`, { token: buyer.token });
      expect(again.body.items.map((item: { id: string }) => item.id)).toContain(productId);
    });
  });

  describe('restocking', () => {
    let productId: string;
    beforeAll(async () => {
      productId = (await post({ ...gulaAren(sriyatiPhotos), stock: 5 })).body.id;
    });

    it('adds 20 when twenty "+1" arrive at once (one atomic update each)', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, () => api.post(`/api/products/${productId}/stock`, { add: 1 }, { token: sriyati.token })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
      expect(results.map((r) => r.body.stock).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => 6 + i));
      const seen = await api.get(`/api/classes/${classA.id}/products/${productId}`, { token: sriyati.token });
      expect(seen.body.stock).toBe(25);
    });

    it('sets the stock', async () => {
      const res = await api.post(`/api/products/${productId}/stock`, { set: 0 }, { token: sriyati.token });
      expect(res.status).toBe(200);
      expect(res.body.stock).toBe(0);
    });

    it.each<[string, Record<string, unknown>]>([
      ['neither set nor add', {}],
      ['both set and add', { set: 1, add: 1 }],
      ['adding nothing', { add: 0 }],
      ['a negative stock', { set: -1 }],
      ['a total over 100,000', { add: 100_000 }],
    ])('refuses %s with INVALID_STOCK', async (_case, body) => {
      await api.post(`/api/products/${productId}/stock`, { set: 10 }, { token: sriyati.token });
      const res = await api.post(`/api/products/${productId}/stock`, body, { token: sriyati.token });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('INVALID_STOCK');
      expect((await api.get(`/api/classes/${classA.id}/products/${productId}`, { token: sriyati.token })).body.stock).toBe(10);
    });
  });

  describe('live storefront', () => {
    it("tells classmates about a new product and a restock after the commit, and no other class", async () => {
      const classmate = await listen(booted.baseUrl, marni.token);
      const other = await listen(booted.baseUrl, tomo.token);
      sockets.push(classmate.socket, other.socket);

      const created = await post({ ...gulaAren(sriyatiPhotos), title: 'Gula Aren Kiriman Langsung' });
      const heard = await waitFor(() => classmate.events.find((e) => e.type === 'product.created' && e.payload.id === created.body.id));
      expect(heard.classId).toBe(classA.id);
      expect(heard.payload).toEqual({
        id: created.body.id,
        title: 'Gula Aren Kiriman Langsung',
        price: 25_000,
        stock: 40,
        weightGrams: 1000,
        category: 'gula-aren',
        perishable: false,
        shelfLifeDays: null,
        status: 'active',
        shop: created.body.shop,
        photo: created.body.photo,
        createdAt: created.body.createdAt,
        // Product events know nothing of paid promotions (the storefront keeps a card's "Iklan" label).
        promoted: false,
      });

      await api.post(`/api/products/${created.body.id}/stock`, { add: 2 }, { token: sriyati.token });
      const updated = await waitFor(() => classmate.events.find((e) => e.type === 'product.updated' && e.payload.id === created.body.id));
      expect(updated.payload.stock).toBe(42);

      await new Promise((r) => setTimeout(r, 100));
      expect(other.events.filter((e) => e.type.startsWith('product.'))).toEqual([]);
    });
  });
});
