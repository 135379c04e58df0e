import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { facilitatorClass, type Member, member, postProduct } from '../../test/orders-fixtures.js';
import { ProductsService } from './products.service.js';

/**
 * What a demo buyer can order of a shop (scenarios ask catalog, which owns the products): active, in stock at its
 * minimum order, perishable (a shelf life) only when asked; the oldest posted first.
 */
describe('orderable products', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let products: ProductsService;
  let manager: DataSource['manager'];
  let sriyati: Member;
  let marni: Member;
  let other: Member;

  const shopsWith = (kind: 'any' | 'perishable') =>
    products.shopsWithOrderable(manager, [sriyati.shop!.id, marni.shop!.id, other.shop!.id, randomUUID()], kind);
  const deactivate = async (who: Member, productId: string) =>
    expect((await api.patch(`/api/products/${productId}`, { status: 'inactive' }, { token: who.token })).status).toBe(200);
  const setStock = async (who: Member, productId: string, stock: number) =>
    expect((await api.post(`/api/products/${productId}/stock`, { set: stock }, { token: who.token })).status).toBe(200);

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    products = booted.app.get(ProductsService);
    manager = booted.app.get(DataSource).manager;
    const klass = await facilitatorClass(api, 'Rina');
    sriyati = await member(api, klass.joinCode, 'Sriyati');
    marni = await member(api, klass.joinCode, 'Marni');
    other = await member(api, klass.joinCode, 'Wati');
  }, 120_000);

  afterAll(() => booted.close());

  it('picks the oldest product in stock at its minimum order, and a perishable one only when asked', async () => {
    const gula = await postProduct(api, sriyati.token, { title: 'Gula Aren Cetak' });
    const nila = await postProduct(api, sriyati.token, { title: 'Ikan Nila Segar 1 kg', category: 'ikan-air-tawar', shelfLifeDays: 3, minOrder: 2 });
    expect(await products.firstOrderable(manager, sriyati.shop!.id, 'any')).toEqual({ id: gula.id, title: 'Gula Aren Cetak', minOrder: 1, perishable: false });
    expect(await products.firstOrderable(manager, sriyati.shop!.id, 'perishable')).toEqual({ id: nila.id, title: 'Ikan Nila Segar 1 kg', minOrder: 2, perishable: true });
    // Inactive: the next one.
    await deactivate(sriyati, gula.id);
    expect((await products.firstOrderable(manager, sriyati.shop!.id, 'any'))?.id).toBe(nila.id);
    // Fewer units left than the minimum order: none.
    await setStock(sriyati, nila.id, 1);
    expect(await products.firstOrderable(manager, sriyati.shop!.id, 'any')).toBeNull();
    expect(await products.firstOrderable(manager, sriyati.shop!.id, 'perishable')).toBeNull();
    await setStock(sriyati, nila.id, 2);
    expect((await products.firstOrderable(manager, sriyati.shop!.id, 'perishable'))?.id).toBe(nila.id);
    expect(await products.firstOrderable(manager, other.shop!.id, 'any')).toBeNull();
  });

  it('tells which shops have such a product, in one answer', async () => {
    const tampah = await postProduct(api, marni.token, { title: 'Tampah Bambu Anyaman', category: 'kerajinan-bambu', stock: 10, minOrder: 5 });
    const keripik = await postProduct(api, marni.token, { title: 'Keripik Singkong Balado', category: 'olahan-singkong', shelfLifeDays: 30 });
    await deactivate(marni, keripik.id);
    // Sriyati: her perishable nila (2 left, min order 2). Marni: a tampah, and a perishable product that is inactive.
    // Wati: nothing posted.
    expect(await shopsWith('any')).toEqual(new Set([sriyati.shop!.id, marni.shop!.id]));
    expect(await shopsWith('perishable')).toEqual(new Set([sriyati.shop!.id]));
    await setStock(marni, tampah.id, 4);
    expect(await shopsWith('any')).toEqual(new Set([sriyati.shop!.id]));
    await setStock(marni, tampah.id, 5);
    expect(await shopsWith('any')).toEqual(new Set([sriyati.shop!.id, marni.shop!.id]));
    expect(await products.shopsWithOrderable(manager, [], 'any')).toEqual(new Set());
  });
});
