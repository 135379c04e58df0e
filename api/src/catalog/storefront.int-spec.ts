import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createClass, createFacilitator, joinClass, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { uploadPhoto } from '../../test/images.js';
import { storefrontQueries } from './products.repository.js';
import type { StorefrontSort } from './storefront-search.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

describe('the class storefront: search, filter, sort and pages', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let rina: string;
  let kelas: { id: string; joinCode: string };
  let sriyati: { token: string; shop: { id: string } | null };
  let marni: { token: string; shop: { id: string } | null };
  let buyer: string;
  /** Product ids in the order they were posted (p[1] first). */
  const p: Record<number, string> = {};

  const list = (query: string, token = buyer) => api.get(`/api/classes/${kelas.id}/products${query}`, { token });
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((item) => item.id);

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    rina = (await createFacilitator(api, admin, 'Rina')).token;
    kelas = await createClass(api, rina, 'Kelas Etalase');
    sriyati = await joinClass(api, kelas.joinCode, 'Sriyati');
    marni = await joinClass(api, kelas.joinCode, 'Marni');
    buyer = (await joinClass(api, kelas.joinCode, 'Bu Rahma', { role: 'buyer' })).token;
    await api.patch('/api/shops/mine', { name: 'Gula Aren Bu Sriyati' }, { token: sriyati.token });

    const photos = { [sriyati.token]: [await uploadPhoto(api, sriyati.token), await uploadPhoto(api, sriyati.token)], [marni.token]: [await uploadPhoto(api, marni.token)] };
    const products: [number, string, Record<string, unknown>][] = [
      [1, sriyati.token, { title: 'Gula Aren Cetak Asli 1 kg', price: 28_000, category: 'gula-aren', lengthCm: 20, widthCm: 15, heightCm: 8, minOrder: 2, description: 'Dimasak di tungku kayu.' }],
      [2, sriyati.token, { title: 'Gula Semut Aren Organik 500 g', price: 22_000, category: 'gula-aren' }],
      [3, marni.token, { title: 'Keranjang Anyaman Bambu Besar', price: 45_000, category: 'kerajinan-bambu' }],
      [4, marni.token, { title: 'Tampah Bambu Bulat 50 cm', price: 30_000, category: 'kerajinan-bambu' }],
      [5, sriyati.token, { title: 'Telur Bebek Asin Isi 10', price: 35_000, category: 'telur-bebek', shelfLifeDays: 14 }],
      [6, marni.token, { title: 'Keripik Singkong Pedas Manis', price: 15_000, category: 'olahan-singkong', shelfLifeDays: 30, description: "Renyah & gurih, oleh-oleh 'khas' Lampung." }],
      [7, marni.token, { title: 'Gula Aren Lama Tidak Dijual', price: 20_000, category: 'gula-aren', status: 'inactive' }],
    ];
    for (const [n, token, fields] of products) {
      const res = await api.post('/api/products', { stock: 10, weightGrams: 500, photoIds: photos[token], ...fields }, { token });
      if (res.status !== 201) throw new Error(`seed product ${n}: ${res.text}`);
      p[n] = res.body.id;
    }
  });
  afterAll(() => booted.close());

  describe('sorting', () => {
    it('lists active products newest first by default', async () => {
      const res = await list('');
      expect(res.status).toBe(200);
      expect(ids(res)).toEqual([p[6], p[5], p[4], p[3], p[2], p[1]]);
      expect(res.body).toMatchObject({ page: 1, pageSize: 20, total: 6 });
    });

    it('sorts by price, cheapest first', async () => {
      expect(ids(await list('?sort=price_asc'))).toEqual([p[6], p[2], p[1], p[4], p[5], p[3]]);
    });

    it('sorts by price, dearest first', async () => {
      expect(ids(await list('?sort=price_desc'))).toEqual([p[3], p[5], p[4], p[1], p[2], p[6]]);
    });

    it('refuses an unknown sort', async () => {
      expect((await list('?sort=random')).body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('search by words', () => {
    it.each<[string, number[]]>([
      ['gula aren', [2, 1]],
      ['GULA', [2, 1]],
      ['gula ar', [2, 1]],
      ['anyam', [3]],
      ['bambu', [4, 3]],
      ['oleh', [6]],
      ['tungku', [1]],
      ['gula bambu', []],
      ['semangka', []],
    ])('finds %j (every word, each as the start of a word)', async (q, expected) => {
      const res = await list(`?q=${encodeURIComponent(q)}`);
      expect(ids(res)).toEqual(expected.map((n) => p[n]));
      expect(res.body.total).toBe(expected.length);
    });

    it.each([`gula' & '`, `gula" | !aren`, `gula:*)(`, `gula\\`])('treats quotes and tsquery operators as plain text: %j', async (q) => {
      const res = await list(`?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(ids(res)).toEqual([p[2], p[1]]);
    });

    it('cannot be used to run SQL', async () => {
      const res = await list(`?q=${encodeURIComponent("aren'); DROP TABLE product; --")}`);
      expect(res.status).toBe(200);
      expect(ids(res)).toEqual([]);
      expect((await list('')).body.total).toBe(6);
    });

    it('lists everything when nothing searchable was typed', async () => {
      expect((await list(`?q=${encodeURIComponent('&&& !!')}`)).body.total).toBe(6);
    });
  });

  describe('filtering', () => {
    it('filters by category', async () => {
      expect(ids(await list('?category=kerajinan-bambu'))).toEqual([p[4], p[3]]);
      expect(ids(await list('?category=gula-aren&sort=price_asc'))).toEqual([p[2], p[1]]);
    });

    it('combines a category with a search', async () => {
      expect(ids(await list('?category=gula-aren&q=semut'))).toEqual([p[2]]);
      expect(ids(await list('?category=kerajinan-bambu&q=gula'))).toEqual([]);
    });

    it('refuses an unknown category', async () => {
      expect((await list('?category=narkoba')).body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('pages', () => {
    it('gives page 2 and the total over all pages', async () => {
      const res = await list('?pageSize=2&page=2');
      expect(ids(res)).toEqual([p[4], p[3]]);
      expect(res.body).toMatchObject({ page: 2, pageSize: 2, total: 6 });
    });

    it('gives an empty page past the end, with the total', async () => {
      const res = await list('?pageSize=4&page=3');
      expect(res.body).toEqual({ items: [], page: 3, pageSize: 4, total: 6 });
    });

    it('keeps pages apart when sorted by price', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => list(`?sort=price_asc&pageSize=2&page=${page}`)));
      expect(pages.flatMap(ids)).toEqual([p[6], p[2], p[1], p[4], p[5], p[3]]);
    });

    it.each(['?pageSize=51', '?pageSize=0', '?page=0', '?page=abc', '?pageSize=2.5'])('refuses %s', async (query) => {
      const res = await list(query);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('what a list item and a product page show', () => {
    it('shows the cover photo, the shop and its regency, and whether it spoils', async () => {
      const item = (await list('?q=telur')).body.items[0];
      expect(item).toEqual({
        id: p[5],
        title: 'Telur Bebek Asin Isi 10',
        price: 35_000,
        stock: 10,
        weightGrams: 500,
        category: 'telur-bebek',
        perishable: true,
        shelfLifeDays: 14,
        status: 'active',
        shop: { id: sriyati.shop!.id, name: 'Gula Aren Bu Sriyati', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' },
        photo: { thumb: expect.stringMatching(/^\/media\/[0-9a-f]{64}-thumb\.webp$/), card: expect.any(String), full: expect.any(String) },
        createdAt: expect.any(String),
        promoted: false,
      });
      const cover = await fetch(`${booted.baseUrl}${item.photo.card}`);
      expect(cover.status).toBe(200);
    });

    it('shows the whole product on its page: every photo, size, condition, minimum order', async () => {
      const res = await api.get(`/api/classes/${kelas.id}/products/${p[1]}`, { token: buyer });
      expect(res.body).toMatchObject({
        id: p[1],
        description: 'Dimasak di tungku kayu.',
        condition: 'new',
        minOrder: 2,
        lengthCm: 20,
        widthCm: 15,
        heightCm: 8,
        perishable: false,
      });
      expect(res.body.photos).toHaveLength(2);
      expect(res.body.photos[0]).toEqual({ id: expect.any(String), width: 64, height: 48, urls: expect.objectContaining({ full: expect.any(String) }) });
    });
  });

  describe("a shop's page", () => {
    it("lists that shop's active products only", async () => {
      const res = await api.get(`/api/classes/${kelas.id}/shops/${marni.shop!.id}/products`, { token: buyer });
      expect(ids(res)).toEqual([p[6], p[4], p[3]]);
      expect(res.body.total).toBe(3);
    });

    it('answers a shop that is not in the class as not found', async () => {
      const res = await api.get(`/api/classes/${kelas.id}/shops/00000000-0000-4000-8000-000000000000/products`, { token: buyer });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SHOP_NOT_FOUND');
    });
  });

  describe('query plans on a busy class (3,000 products)', () => {
    let db: DataSource;
    let bigClassId: string;

    beforeAll(async () => {
      db = booted.app.get(DataSource);
      const big = await createClass(api, rina, 'Kelas Provinsi');
      bigClassId = big.id;
      const seller = await joinClass(api, big.joinCode, 'Penjual Besar');
      const photo = await uploadPhoto(api, seller.token);
      await db.query(
        `INSERT INTO product (class_id, shop_id, title, description, price, stock, weight_grams, category, created_at)
         SELECT $1, $2, 'Produk Uji ' || i || CASE WHEN i % 500 = 0 THEN ' langka' ELSE '' END, 'Deskripsi produk uji',
                100 + (i * 7919) % 1000000, 10, 500, 'lainnya', now() - i * interval '1 minute'
           FROM generate_series(1, 3000) AS i`,
        [bigClassId, seller.shop!.id],
      );
      await db.query(
        `INSERT INTO product_photo (product_id, position, media_hash, width, height) SELECT id, 0, $2, 64, 48 FROM product WHERE class_id = $1`,
        [bigClassId, photo],
      );
      await db.query(`ANALYZE product; ANALYZE product_photo; ANALYZE shop`);
    });

    const plan = async (sort: StorefrontSort, tsquery: string | null = null) => {
      const [sql, params] = storefrontQueries({ classId: bigClassId, sort, tsquery, limit: 20, offset: 0 }).page;
      const rows: { 'QUERY PLAN': { Plan: PlanNode }[] }[] = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      return flatten(rows[0]!['QUERY PLAN'][0]!.Plan);
    };

    it.each<[StorefrontSort, string]>([
      ['newest', 'product_storefront_newest_idx'],
      ['price_asc', 'product_storefront_price_idx'],
      ['price_desc', 'product_storefront_price_idx'],
    ])('reads a %s page through %s, with no sort and no sequential scan', async (sort, index) => {
      const nodes = await plan(sort);
      expect(nodes.some((node) => node['Index Name'] === index)).toBe(true);
      expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name'])).toEqual([]);
      expect(nodes.some((node) => node['Node Type'] === 'Sort')).toBe(false);
      // The cover photo comes from the same query, by primary key: no query per product.
      expect(nodes.some((node) => node['Index Name'] === 'product_photo_pkey')).toBe(true);
    });

    it('lets a word search use the GIN index once reading every product costs more', async () => {
      // At 3,000 rows a rare word is cheapest as one sequential read, so PostgreSQL picks that; priced out
      // (as on a large table), the same statement must turn to product_search_idx rather than fall back.
      const nodes = await db.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        const [sql, params] = storefrontQueries({ classId: bigClassId, sort: 'newest', tsquery: 'langka:*', limit: 20, offset: 0 }).page;
        const rows: { 'QUERY PLAN': { Plan: PlanNode }[] }[] = await manager.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
        return flatten(rows[0]!['QUERY PLAN'][0]!.Plan);
      });
      expect(nodes.some((node) => node['Node Type'] === 'Bitmap Index Scan' && node['Index Name'] === 'product_search_idx')).toBe(true);
    });

    it('walks the order index for a common word instead of sorting every match', async () => {
      const nodes = await plan('newest', 'produk:*');
      expect(nodes.some((node) => node['Index Name'] === 'product_storefront_newest_idx')).toBe(true);
      expect(nodes.some((node) => node['Node Type'] === 'Sort' || (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'product'))).toBe(false);
    });

    it('answers the busy class with the same results the plans promise', async () => {
      const res = await api.get(`/api/classes/${bigClassId}/products?q=langka&pageSize=50`, { token: rina });
      expect(res.body.total).toBe(6);
      const cheapest = await api.get(`/api/classes/${bigClassId}/products?sort=price_asc&pageSize=3`, { token: rina });
      const prices = cheapest.body.items.map((item: { price: number }) => item.price);
      expect(prices).toEqual([...prices].sort((a, b) => a - b));
      expect(prices[0]).toBe((await db.query(`SELECT min(price) AS m FROM product WHERE class_id = $1`, [bigClassId]))[0].m);
    });
  });
});

describe('the storefront served from one read per class (STOREFRONT_CACHE_MS), forgotten on the class’s next commit', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let rina: string;
  let kelas: { id: string };
  let other: { id: string; joinCode: string };
  let seller: string;
  let buyer: string;
  let productId: string;

  const titleAndPrice = async (classId = kelas.id, token = buyer) => {
    const res = await api.get(`/api/classes/${classId}/products`, { token });
    expect(res.status).toBe(200);
    return (res.body.items as { title: string; price: number }[]).map((item) => `${item.title} ${item.price}`);
  };
  /** A change no use case made (so no event): only a read from the database shows it. */
  const renameBehindTheApp = (title: string) => db.query(`UPDATE product SET title = $2 WHERE id = $1`, [productId, title]);

  beforeAll(async () => {
    // A minute, so that on a slow machine nothing expires by itself while a case runs: what is read again is read
    // because of an event.
    booted = await bootApp({ env: { ...ADMIN_ENV, STOREFRONT_CACHE_MS: '60000' } });
    api = apiClient(booted.baseUrl);
    db = booted.app.get(DataSource);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    rina = (await createFacilitator(api, admin, 'Rina')).token;
    const created = await createClass(api, rina, 'Kelas Etalase Bersama');
    kelas = created;
    other = await createClass(api, rina, 'Kelas Sebelah');
    seller = (await joinClass(api, created.joinCode, 'Sriyati')).token;
    buyer = (await joinClass(api, created.joinCode, 'Bu Rahma', { role: 'buyer' })).token;
    const photo = await uploadPhoto(api, seller);
    const res = await api.post('/api/products', { title: 'Gula Aren Cetak', price: 28_000, stock: 10, weightGrams: 500, category: 'gula-aren', photoIds: [photo] }, { token: seller });
    expect(res.status).toBe(201);
    productId = res.body.id;
  });
  afterAll(() => booted.close());

  it('answers the next reader from the first read, and reads again after a seller’s edit, which she sees at once', async () => {
    expect(await titleAndPrice()).toEqual(['Gula Aren Cetak 28000']);
    await renameBehindTheApp('Gula Aren Cetak (diam-diam)');
    // Another member of the class gets the page read before: the database was not asked.
    expect(await titleAndPrice(kelas.id, seller)).toEqual(['Gula Aren Cetak 28000']);

    expect((await api.patch(`/api/products/${productId}`, { price: 30_000 }, { token: seller })).status).toBe(200);
    expect(await titleAndPrice(kelas.id, seller)).toEqual(['Gula Aren Cetak (diam-diam) 30000']);
  });

  it('reads again after any commit in the class (the facilitator’s clock), not after one in another class', async () => {
    expect(await titleAndPrice()).toEqual(['Gula Aren Cetak (diam-diam) 30000']);
    await renameBehindTheApp('Gula Aren Cetak Asli');
    const elsewhere = await api.post(`/api/classes/${other.id}/clock`, { action: 'jump', minutes: 60 }, { token: rina });
    expect(elsewhere.status).toBe(200);
    expect(await titleAndPrice()).toEqual(['Gula Aren Cetak (diam-diam) 30000']);

    const here = await api.post(`/api/classes/${kelas.id}/clock`, { action: 'jump', minutes: 60 }, { token: rina });
    expect(here.status).toBe(200);
    expect(await titleAndPrice()).toEqual(['Gula Aren Cetak Asli 30000']);
  });
});
