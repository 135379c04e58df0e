import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { photoJpeg } from '../../test/images.js';
import { eventually, facilitatorClass, type Member, member, postProduct } from '../../test/orders-fixtures.js';
import type { Principal } from '../auth/principal.js';
import { ProductsService } from '../catalog/products.service.js';
import { ShopsService } from '../catalog/shops.service.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { MediaService } from '../media/media.service.js';
import { MissionsService } from '../missions/missions.service.js';
import { ScenarioRunner } from '../scenarios/scenario-runner.service.js';
import { ClassesService } from './classes.service.js';

/**
 * The class lifecycle beyond its status: a reset back to the starting state for a rerun (in one transaction, with
 * every other class untouched), and a clone as a template with its seed products.
 */
describe('class reset and clone', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let a: { facilitator: string; classId: string; joinCode: string };
  let b: { facilitator: string; classId: string; joinCode: string };
  let sriyati: Member;
  let outsider: Member;
  let seedShop: { participantId: string; productId: string };

  const post = async (token: string, path: string, body: unknown) => {
    const res = await fetch(`${booted.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  /** Everything a class holds, table by table (rows with its class_id), plus its products' stock. */
  const snapshot = async (classId: string) => {
    const tables: { table_name: string }[] = await db.query(
      // Tables only: the read models (views such as participant_profile) show the rows of a table already counted.
      `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t
            ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = current_schema() AND c.column_name = 'class_id' ORDER BY c.table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of tables) {
      counts[table_name] = Number((await db.query(`SELECT count(*) AS n FROM "${table_name}" WHERE class_id = $1`, [classId]))[0].n);
    }
    counts.stock = Number((await db.query(`SELECT COALESCE(sum(stock), 0) AS n FROM product WHERE class_id = $1`, [classId]))[0].n);
    return counts;
  };

  /** A demo shop as the seed makes one: a facilitator's persona trainee with a product and its photo. */
  async function demoShop(classId: string): Promise<{ participantId: string; productId: string }> {
    const uow = booted.app.get(UnitOfWork);
    const { participant, shop } = await uow.run(async (tx) => {
      const participant = await booted.app.get(ClassesService).insertParticipant(tx.manager, classId, {
        displayName: 'Bu Contoh',
        role: 'trainee',
        phone: null,
        village: 'Ambarawa',
        isPersona: true,
        createdBy: null,
      });
      const shop = await booted.app.get(ShopsService).openForTrainee(tx, { classId, participantId: participant.id, ownerName: 'Bu Contoh', regencyCode: '18.10', shopName: 'Toko Contoh' });
      return { participant, shop };
    });
    const photo = await booted.app.get(MediaService).store(await photoJpeg(), { participantId: participant.id, classId });
    const seller: Principal = { kind: 'participant', id: participant.id, role: 'trainee', classId, shopId: shop.id, name: 'Bu Contoh', tokenId: 'test' };
    const product = await booted.app.get(ProductsService).create(seller, {
      title: 'Gula Aren Contoh 500 g',
      description: 'Produk contoh dari fasilitator.',
      price: 15_000,
      stock: 10,
      weightGrams: 500,
      category: 'gula-aren',
      photoIds: [photo.id],
    } as never);
    return { participantId: participant.id, productId: (product as unknown as { id: string }).id };
  }

  beforeAll(async () => {
    booted = await bootApp({ env: { ...ADMIN_ENV, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' } });
    api = apiClient(booted.baseUrl);
    db = booted.app.get(DataSource);
    [a, b] = [await facilitatorClass(api, 'Rina'), await facilitatorClass(api, 'Budi')];
    seedShop = await demoShop(a.classId);
    sriyati = await member(api, a.joinCode, 'Sriyati');
    await member(api, a.joinCode, 'Pak Joko', 'buyer');
    outsider = await member(api, b.joinCode, 'Wati');
    await postProduct(api, sriyati.token);
    await postProduct(api, outsider.token);

    // A session's worth of activity in both classes: paid demo orders, a drill with chat, a demo order on the seed shop.
    for (const klass of [a, b]) expect((await post(klass.facilitator, `/api/classes/${klass.classId}/demo-orders`, { all: true, payNow: true })).status).toBe(201);
    expect((await post(a.facilitator, `/api/classes/${a.classId}/demo-orders`, { participantId: seedShop.participantId })).body.results[0].state).toBe('AWAITING_PAYMENT');
    expect((await post(a.facilitator, `/api/classes/${a.classId}/scenarios/fake_transfer_proof/runs`, { participantId: sriyati.participantId })).status).toBe(201);
    await api.put(`/api/classes/${a.classId}/missions/settings`, {
      missions: ['fraud_drill', 'shop_setup', 'product_with_photo', 'chat_answered', 'paid_order', 'shipped_on_time', 'order_completed', 'bank_account', 'withdrawal'].map((id) => ({ id, enabled: id !== 'withdrawal' })),
    }, { token: a.facilitator });
    await booted.app.get(ScenarioRunner).settled();
    await booted.app.get(MissionsService).settled();
  }, 120_000);

  afterAll(() => booted.close());

  it('needs the join code typed to confirm', async () => {
    const res = await api.post(`/api/classes/${a.classId}/reset`, { confirmJoinCode: 'XXXXXX' }, { token: a.facilitator });
    expect(res.body).toMatchObject({ statusCode: 400, code: 'RESET_NOT_CONFIRMED' });
    expect((await api.post(`/api/classes/${a.classId}/reset`, { confirmJoinCode: a.joinCode }, { token: b.facilitator })).body.code).toBe('CLASS_NOT_FOUND');
    expect((await api.post(`/api/classes/${a.classId}/reset`, { confirmJoinCode: a.joinCode }, { token: sriyati.token })).status).toBe(403);
  });

  it('restores the starting state and leaves the other class exactly as it was', async () => {
    const before = await snapshot(a.classId);
    expect(before.orders).toBe(3);
    expect(before.conversation).toBeGreaterThan(0);
    expect(before.scenario_run).toBe(1);
    expect(before.mission_status).toBeGreaterThan(0);
    expect(before.journal_entry).toBeGreaterThan(0);
    const otherBefore = await snapshot(b.classId);
    // The demo order on the seed shop still holds a unit (AWAITING_PAYMENT): the reset must give it back.
    const seedStock = async () => Number((await db.query(`SELECT stock FROM product WHERE id = $1`, [seedShop.productId]))[0].stock);
    expect(await seedStock()).toBeLessThan(10);
    // Carts have no class_id: a persona's cart in this class is emptied, one in the other class is not.
    const personaBuyer = async (classId: string) =>
      ((await db.query(`SELECT id FROM participant WHERE class_id = $1 AND is_persona AND role = 'buyer' ORDER BY joined_at LIMIT 1`, [classId])) as { id: string }[])[0]!.id;
    const [buyerA, buyerB] = [await personaBuyer(a.classId), await personaBuyer(b.classId)];
    const [otherProduct] = (await db.query(`SELECT id FROM product WHERE class_id = $1 LIMIT 1`, [b.classId])) as { id: string }[];
    await db.query(`INSERT INTO cart_item (participant_id, product_id, quantity) VALUES ($1, $2, 1), ($3, $4, 1)`, [buyerA, seedShop.productId, buyerB, otherProduct!.id]);
    const cartOf = async (participantId: string) => Number((await db.query(`SELECT count(*) AS n FROM cart_item WHERE participant_id = $1`, [participantId]))[0].n);
    // Two sim hours on: the drill's buyer writes again (its wait ends), then the reset turns the clock back.
    await api.post(`/api/classes/${a.classId}/clock`, { action: 'jump', minutes: 120 }, { token: a.facilitator });
    await eventually('the drill run to finish', async () => {
      const runs = (await api.get(`/api/classes/${a.classId}/scenario-runs`, { token: a.facilitator })).body;
      return runs[0].status === 'finished' ? true : undefined;
    }, 10_000);
    await booted.app.get(MissionsService).settled();

    const res = await api.post(`/api/classes/${a.classId}/reset`, { confirmJoinCode: a.joinCode.toLowerCase() }, { token: a.facilitator });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deletedOrders: 3, deletedParticipants: 2, keptProducts: 1 });

    const after = await snapshot(a.classId);
    // Kept: the class, its facilitators, its settings, the personas (demo buyer + demo shop) and the seed product.
    expect(after).toMatchObject({ class_facilitator: 1, class_mission: 9, participant: 2, shop: 1, product: 1, sim_clock: 1, stock: 10 });
    // Gone: every piece of session data; the activity log holds only the reset itself.
    for (const table of Object.keys(after)) {
      if (['class_facilitator', 'class_mission', 'participant', 'shop', 'product', 'sim_clock', 'stock', 'media', 'media_upload', 'ledger_account', 'activity', 'class_order_settings', 'wallet_settings'].includes(table)) continue;
      expect({ table, rows: after[table] }).toEqual({ table, rows: 0 });
    }
    expect(after.activity).toBe(1);
    expect(await snapshot(b.classId)).toEqual(otherBefore);
    expect(await seedStock()).toBe(10);
    expect([await cartOf(buyerA), await cartOf(buyerB)]).toEqual([0, 1]);

    // The trainees are gone (they join again); the seed product is back to full stock; the clock runs from now at 1×.
    expect((await api.get('/api/missions/mine', { token: sriyati.token })).status).toBe(401);
    const clock = (await api.get(`/api/classes/${a.classId}/clock`, { token: a.facilitator })).body;
    expect(clock.speed).toBe(1);
    expect(Math.abs(new Date(clock.simNow).getTime() - Date.now())).toBeLessThan(60_000);
    const participants = (await api.get(`/api/classes/${a.classId}/participants`, { token: a.facilitator })).body;
    expect(participants.map((p: any) => p.isPersona)).toEqual([true, true]);
    expect((await api.get(`/api/classes/${a.classId}`, { token: a.facilitator })).body.joinCode).toBe(a.joinCode);
  });

  it('runs again after the reset: a new trainee joins, sees the seed product and starts from zero', async () => {
    const rerun = await member(api, a.joinCode, 'Sriyati');
    const storefront = (await api.get(`/api/classes/${a.classId}/products`, { token: rerun.token })).body;
    expect(JSON.stringify(storefront)).toContain('Gula Aren Contoh 500 g');
    const mine = (await api.get('/api/missions/mine', { token: rerun.token })).body;
    expect(mine.doneCount).toBe(0);
    expect(mine.missions[0].id).toBe('fraud_drill'); // the class's mission settings were kept
    const grid = (await api.get(`/api/classes/${a.classId}/console/grid`, { token: a.facilitator })).body;
    expect(grid.trainees.map((t: any) => t.name)).toEqual(['Sriyati']);
  });

  it('clones the class as a template: new code, no trainees, the seed products and settings', async () => {
    // Where the template's personas live (the demo buyer ships "far") comes along too.
    await db.query(`UPDATE participant SET persona_destination = 'far' WHERE class_id = $1 AND is_persona`, [a.classId]);
    const res = await api.post(`/api/classes/${a.classId}/clone`, { name: 'Pelatihan PKH Gelombang 2', date: '2026-12-05' }, { token: a.facilitator });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Pelatihan PKH Gelombang 2', date: '2026-12-05', status: 'open', participantCount: 0, regencyCode: '18.10' });
    expect(res.body.joinCode).not.toBe(a.joinCode);
    const clone = res.body.id as string;
    const counts = await snapshot(clone);
    expect(counts).toMatchObject({ orders: 0, participant: 2, shop: 1, product: 1, class_mission: 9, class_facilitator: 1, stock: 10 });
    expect(counts.activity).toBe(1);
    expect(await db.query(`SELECT DISTINCT persona_destination FROM participant WHERE class_id = $1 AND is_persona`, [clone])).toEqual([{ persona_destination: 'far' }]);
    const newcomer = await member(api, res.body.joinCode, 'Marni');
    const storefront = (await api.get(`/api/classes/${clone}/products`, { token: newcomer.token })).body;
    expect(JSON.stringify(storefront)).toContain('Gula Aren Contoh 500 g');
    // The copy is its own: the template's product is another row, in the template's class.
    const [copy] = await db.query(`SELECT id FROM product WHERE class_id = $1`, [clone]);
    expect(copy.id).not.toBe(seedShop.productId);
    // Its photo came along, and the copied persona owns the picture in the new class (so she may attach it there).
    const [original] = (await db.query(`SELECT media_hash FROM product_photo WHERE product_id = $1`, [seedShop.productId])) as { media_hash: string }[];
    expect(await db.query(`SELECT position, media_hash FROM product_photo WHERE product_id = $1`, [copy.id])).toEqual([{ position: 0, media_hash: original!.media_hash }]);
    const [copiedShop] = (await db.query(
      `SELECT s.participant_id FROM shop s JOIN product pr ON pr.shop_id = s.id JOIN participant p ON p.id = s.participant_id
        WHERE pr.id = $1 AND s.class_id = $2 AND p.class_id = $2 AND p.is_persona`,
      [copy.id, clone],
    )) as { participant_id: string }[];
    expect(copiedShop).toBeDefined();
    // Every picture a persona of the template uploaded (the drill's buyer sent one too) is her copy's in the new class.
    const uploads = (await db.query(`SELECT media_hash, participant_id FROM media_upload WHERE class_id = $1`, [clone])) as { media_hash: string; participant_id: string }[];
    expect(uploads).toContainEqual({ media_hash: original!.media_hash, participant_id: copiedShop!.participant_id });
    const [{ n: personaUploads }] = await db.query(
      `SELECT count(*)::int AS n FROM media_upload u JOIN participant p ON p.id = u.participant_id WHERE p.class_id = $1 AND p.is_persona`,
      [a.classId],
    );
    expect(personaUploads).toBeGreaterThan(1);
    expect(uploads).toHaveLength(personaUploads);
    // A demo order on the cloned seed shop works through the checkout there.
    const personas = (await api.get(`/api/classes/${clone}/participants`, { token: a.facilitator })).body.filter((p: any) => p.isPersona && p.role === 'trainee');
    const placed = await post(a.facilitator, `/api/classes/${clone}/demo-orders`, { participantId: personas[0].id, payNow: true });
    expect(placed.body.results[0]).toMatchObject({ state: 'PAID', errorCode: null });
    await eventually('the clone to be listed', async () => ((await api.get('/api/classes', { token: a.facilitator })).body.some((c: any) => c.id === clone) ? true : undefined));
  });
});
