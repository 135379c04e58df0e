import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, apiClient, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { DemoSeed } from './demo-seed.js';

describe('the demo class of a first start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-seed-'));
  const env = { ...ADMIN_ENV, SEED_DEMO: 'true', DATA_DIR: dataDir };
  let database: TestDatabase;
  let booted: BootedApp;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    booted = await bootApp({ env, database });
    db = booted.app.get(DataSource);
  });
  afterAll(async () => {
    await booted.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates one demo class in Pekon Ambarawa, made by the admin, run by two facilitators', async () => {
    const classes = await db.query(
      `SELECT c.id, c.name, c.place, c.regency_code, f.email AS created_by
         FROM training_class c JOIN facilitator f ON f.id = c.created_by`,
    );
    expect(classes).toEqual([
      { id: expect.any(String), name: 'Kelas Demo Pasar Latihan', place: 'Balai Pekon Ambarawa', regency_code: '18.10', created_by: TEST_ADMIN.email },
    ]);
    const facilitators = await db.query(
      `SELECT f.email, f.role FROM class_facilitator cf JOIN facilitator f ON f.id = cf.facilitator_id WHERE cf.class_id = $1 ORDER BY f.email`,
      [classes[0].id],
    );
    expect(facilitators).toEqual([
      { email: TEST_ADMIN.email, role: 'admin' },
      { email: 'budi@pasar-latihan.local', role: 'facilitator' },
      { email: 'rina@pasar-latihan.local', role: 'facilitator' },
    ]);
  });

  it('adds demo buyers and two trainee shops with the workshop products', async () => {
    const people = await db.query(
      `SELECT p.role, p.display_name, s.name AS shop FROM participant p LEFT JOIN shop s ON s.participant_id = p.id ORDER BY p.role, p.display_name`,
    );
    expect(people.filter((p: { role: string }) => p.role === 'buyer')).toHaveLength(3);
    expect(people.filter((p: { role: string }) => p.role === 'trainee').map((p: { shop: string }) => p.shop).sort()).toEqual([
      'Anyaman Bambu Bu Marni',
      'Gula Aren Bu Sriyati',
    ]);

    const api = apiClient(booted.baseUrl);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const [{ id: classId }] = await db.query(`SELECT id FROM training_class`);
    const storefront = await api.get(`/api/classes/${classId}/products?sort=price_asc`, { token: admin });
    expect(storefront.body.total).toBe(5);
    expect(storefront.body.items.map((item: { title: string; category: string; perishable: boolean }) => [item.title, item.category, item.perishable])).toEqual([
      ['Gula Semut Aren Organik 500 g', 'gula-aren', false],
      ['Gula Aren Cetak Asli Pringsewu 1 kg', 'gula-aren', false],
      ['Tampah Bambu Bulat Diameter 50 cm', 'kerajinan-bambu', false],
      ['Telur Bebek Asin Masir Isi 10 Butir', 'telur-bebek', true],
      ['Keranjang Bambu Anyaman Serbaguna dengan Pegangan', 'kerajinan-bambu', false],
    ]);
    const eggs = storefront.body.items.find((item: { category: string }) => item.category === 'telur-bebek');
    expect(eggs.shelfLifeDays).toBe(14);
  });

  it('stores every generated photo through the pipeline: three WebP sizes on disk, served', async () => {
    const photos: { media_hash: string }[] = await db.query(`SELECT DISTINCT media_hash FROM product_photo`);
    expect(photos.length).toBeGreaterThanOrEqual(5);
    for (const { media_hash: hash } of photos) {
      for (const [size, longSide] of [['thumb', 160], ['card', 480], ['full', 960]] as const) {
        const file = path.join(dataDir, 'media', hash.slice(0, 2), `${hash}-${size}.webp`);
        const meta = await sharp(fs.readFileSync(file)).metadata();
        expect(meta.format).toBe('webp');
        expect(Math.max(meta.width!, meta.height!)).toBe(Math.min(longSide, 1200)); // drawn at 1200 px, never enlarged
      }
    }
    const served = await fetch(`${booted.baseUrl}/media/${photos[0]!.media_hash}-card.webp`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
  });

  it('does not seed twice: a restart finds the class and adds nothing', async () => {
    const counts = () => db.query(`SELECT (SELECT count(*) FROM training_class)::int AS classes, (SELECT count(*) FROM product)::int AS products, (SELECT count(*) FROM facilitator)::int AS facilitators`);
    const before = await counts();
    const second = await bootApp({ env, database });
    try {
      expect(await counts()).toEqual(before);
      expect(before[0]).toEqual({ classes: 1, products: 5, facilitators: 3 });
    } finally {
      await second.close();
    }
  });

  it('seeds once when two nodes start on an empty database together', async () => {
    const fresh = await createTestDatabase();
    const nodeA = await bootApp({ env: { ...env, SEED_DEMO: 'false' }, database: fresh });
    const nodeB = await bootApp({ env: { ...env, SEED_DEMO: 'false' }, database: fresh });
    try {
      const results = await Promise.all([nodeA.app.get(DemoSeed).seedIfEmpty(), nodeB.app.get(DemoSeed).seedIfEmpty()]);
      expect(results.sort()).toEqual([false, true]);
      expect(await nodeA.app.get(DataSource).query(`SELECT count(*)::int AS n FROM training_class`)).toEqual([{ n: 1 }]);
    } finally {
      await nodeA.close();
      await nodeB.close();
      await fresh.drop();
    }
  });

  it('stays off in tests unless asked (the other suites start on empty databases)', async () => {
    const fresh = await bootApp({ env: ADMIN_ENV });
    try {
      expect(await fresh.app.get(DataSource).query(`SELECT count(*)::int AS n FROM training_class`)).toEqual([{ n: 0 }]);
    } finally {
      await fresh.close();
    }
  });
});
