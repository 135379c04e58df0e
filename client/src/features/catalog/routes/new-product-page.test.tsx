import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { apiError, deferred, stubApi, type FakeAnswer } from '../../../testing/fake-api';
import { FakeXhr, lastXhr } from '../../../testing/fake-xhr';
import { renderRoute } from '../../../testing/render-route';
import { buyer, detail, media, myShop, trainee } from '../testing/fixtures';

function photoFile(name = 'IMG_20261128.jpg') {
  return new File([new Uint8Array(2048)], name, { type: 'image/jpeg' });
}

const post = () => fireEvent.click(screen.getByRole('button', { name: 'Posting Produk' }));
/** The problem shown at one section of the form, or undefined. */
const problemOf = (step: string) => document.querySelector(`#section-${step} [data-testid="field-problem"]`)?.textContent ?? undefined;
const type = (name: RegExp, value: string) => fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

/** Picks a photo with the camera button and lets the fake server store it. */
async function addPhoto(n = 1) {
  const before = FakeXhr.instances.length;
  fireEvent.change(screen.getByTestId('photo-camera'), { target: { files: [photoFile()] } });
  await waitFor(() => expect(FakeXhr.instances.length).toBe(before + 1));
  act(() => lastXhr()!.respond(201, media(n)));
  await waitFor(() => expect(screen.getAllByText('Foto terkirim').length).toBeGreaterThanOrEqual(1));
}

/** Fills every field with good answers. */
async function fillAll() {
  await screen.findByTestId('product-form');
  await addPhoto();
  type(/Nama produk/, 'Telur Bebek Asin Pringsewu');
  type(/Harga/, '3500');
  type(/Stok/, '100');
  type(/Berat/, '70');
  type(/Tahan berapa hari/, '14');
}

function sellerApi(extra: Record<string, FakeAnswer | ((request: Request) => FakeAnswer | Promise<FakeAnswer>)> = {}) {
  return stubApi({
    'GET /api/shops/mine': { body: myShop },
    'GET /api/shops/mine/products': { body: [] },
    ...extra,
  });
}

beforeEach(() => {
  FakeXhr.instances.length = 0;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  let n = 0;
  // A URL of its own (not Object.assign on the global one, which would stay changed for the worker's next files).
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL = () => `blob:http://localhost/photo-${++n}`;
      static override revokeObjectURL = () => undefined;
    },
  );
  saveSession(trainee);
});

describe('add-product form (/toko/produk/baru): one scrolling page', () => {
  it('puts the camera first, shows every question on one page, and each problem at its field', async () => {
    sellerApi();
    renderRoute('/toko/produk/baru');
    await screen.findByTestId('product-form');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Foto produk', 'Apa nama produknya?', 'Berapa harganya?', 'Berapa stoknya?', 'Berapa beratnya?', 'Produk jenis apa?', 'Ceritakan produknya']);
    // The camera input is the form's first field, and opens the camera.
    const firstInput = document.querySelector('[data-testid="product-form"] input')!;
    expect(firstInput.getAttribute('data-testid')).toBe('photo-camera');
    expect(firstInput.getAttribute('capture')).toBe('environment');

    // Posting an empty form shows every problem at once, at its field.
    post();
    expect(problemOf('photo')).toBe('Tambahkan paling sedikit 1 foto produk.');
    expect(problemOf('title')).toBe('Nama produk paling sedikit 5 huruf.');
    expect(problemOf('price')).toBe('Harga harus angka bulat dari Rp 100 sampai Rp 100.000.000.');
    expect(problemOf('stock')).toBe('Stok harus angka dari 0 sampai 100.000.');
    expect(problemOf('weight')).toBe('Berat wajib diisi: 1 sampai 50.000 gram (50 kg).');
    expect(problemOf('category')).toBe('Pilih salah satu jenis produk.');
    expect(problemOf('description')).toBeUndefined();
    expect(screen.getByRole('textbox', { name: /Nama produk/ }).getAttribute('aria-invalid')).toBe('true');
    // ...and the page goes to the first one.
    expect(document.activeElement?.id).toBe('section-photo');

    // A photo still going up is not done.
    fireEvent.change(screen.getByTestId('photo-camera'), { target: { files: [photoFile()] } });
    await waitFor(() => expect(lastXhr()).toBeDefined());
    act(() => lastXhr()!.progress(512, 1024));
    expect(await screen.findByText('Mengirim foto… 50%')).toBeTruthy();
    post();
    expect(problemOf('photo')).toBe('Tunggu sampai semua foto selesai terkirim, atau hapus foto yang gagal.');
    act(() => lastXhr()!.respond(201, media(1)));
    expect(await screen.findByText('Foto terkirim')).toBeTruthy();
    expect(screen.getByText('Foto utama')).toBeTruthy();

    // The name: the hard-to-find hint, and a fixed problem goes away as she types.
    type(/Nama produk/, 'Telur Asin');
    expect(problemOf('title')).toBeUndefined();
    expect(screen.getByTestId('title-hint').textContent).toMatch(/sulit ditemukan pembeli/);
    // ...and the category is suggested from it, with its shelf life asked.
    expect((screen.getByRole('radio', { name: 'Telur bebek' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('category-suggested').textContent).toMatch(/Dipilihkan dari nama produk: Telur bebek/);
    expect(screen.getByTestId('shelf-life-required').textContent).toMatch(/Telur bebek mudah basi/);

    // Price read back; stock with − / +; weight presets.
    type(/Harga/, '25.000');
    expect(screen.getByText('Pembeli melihat: Rp 25.000')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah 1 stok' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah 1 stok' }));
    expect((screen.getByRole('textbox', { name: /Stok/ }) as HTMLInputElement).value).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: '1 kg = 1000 gram' }));
    expect((screen.getByRole('textbox', { name: /Berat/ }) as HTMLInputElement).value).toBe('1000');
    expect(screen.getByText('Sama dengan 1 kg')).toBeTruthy();

    // Her own choice of category wins over the suggestion: a new name does not change it back.
    fireEvent.click(screen.getByRole('radio', { name: 'Gula aren' }));
    expect(screen.queryByTestId('category-suggested')).toBeNull();
    expect(screen.getByRole('group', { name: 'Mudah basi?' })).toBeTruthy();
    post();
    expect(problemOf('category')).toBe('Jawab dulu: apakah produk ini mudah basi?');
    type(/Nama produk/, 'Telur Bebek Asin Pringsewu');
    expect((screen.getByRole('radio', { name: 'Gula aren' }) as HTMLInputElement).checked).toBe(true);
  }, 20_000);

  it('suggests gula aren as keeping well, so a palm-sugar post needs no category tap', async () => {
    const api = sellerApi({ 'POST /api/products': { status: 201, body: { ...detail(5, { title: 'Gula Aren Asli 1 kg' }), hints: [] } } });
    const view = renderRoute('/toko/produk/baru');
    await screen.findByTestId('product-form');
    await addPhoto();
    type(/Nama produk/, 'Gula Aren Asli 1 kg');
    type(/Harga/, '25000');
    type(/Stok/, '40');
    fireEvent.click(screen.getByRole('button', { name: '1 kg = 1000 gram' }));
    post();
    await waitFor(() => expect(view.location().pathname).toBe('/toko/produk'));
    expect(await api.calls('POST /api/products')[0]!.json()).toMatchObject({ category: 'gula-aren', shelfLifeDays: null, weightGrams: 1000 });
  });

  it('posts once however often "Posting Produk" is tapped, then says so on Produk Saya', async () => {
    const answer = deferred<FakeAnswer>();
    const api = sellerApi({ 'POST /api/products': () => answer.promise });
    const view = renderRoute('/toko/produk/baru');
    await fillAll();

    const button = screen.getByRole('button', { name: 'Posting Produk' });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(api.calls('POST /api/products')).toHaveLength(1));
    expect(await api.calls('POST /api/products')[0]!.json()).toEqual({
      title: 'Telur Bebek Asin Pringsewu',
      description: '',
      price: 3500,
      stock: 100,
      weightGrams: 70,
      category: 'telur-bebek',
      shelfLifeDays: 14,
      photoIds: [media(1).id],
    });
    expect(screen.getByRole('button', { name: 'Menyimpan…' })).toHaveProperty('disabled', true);

    answer.resolve({ status: 201, body: { ...detail(5, { title: 'Telur Bebek Asin Pringsewu' }), hints: ['TITLE_HARD_TO_FIND'] } });
    await waitFor(() => expect(view.location().pathname).toBe('/toko/produk'));
    expect((await screen.findByTestId('saved-note')).textContent).toBe('"Telur Bebek Asin Pringsewu" sudah tampil di Pasar.');
    expect(screen.getByText(/sulit ditemukan pembeli/)).toBeTruthy();
    expect(api.calls('POST /api/products')).toHaveLength(1);
  });

  it('shows a refusal at the field it belongs to, in her words', async () => {
    sellerApi({ 'POST /api/products': apiError(400, 'INVALID_WEIGHT') });
    renderRoute('/toko/produk/baru');
    await fillAll();
    post();
    await waitFor(() => expect(document.querySelector('#section-weight [role="alert"]')?.textContent).toBe('Berat wajib diisi: 1 sampai 50.000 gram (50 kg).'));
    // The page goes there in an effect after the render that shows the refusal.
    await waitFor(() => expect(document.activeElement?.id).toBe('section-weight'));
  });

  it('explains a prohibited product below the form', async () => {
    sellerApi({ 'POST /api/products': apiError(400, 'PROHIBITED_PRODUCT') });
    renderRoute('/toko/produk/baru');
    await fillAll();
    post();
    expect((await screen.findByRole('alert')).textContent).toMatch(/barang terlarang di marketplace/);
  });

  it('offers "Coba lagi" when a photo upload fails on weak Wi-Fi, and translates a refused file', { timeout: 20_000 }, async () => {
    sellerApi();
    renderRoute('/toko/produk/baru');
    await screen.findByTestId('product-form');

    fireEvent.change(screen.getByTestId('photo-gallery'), { target: { files: [photoFile('a.jpg'), photoFile('b.jpg')] } });
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1)); // one at a time
    act(() => lastXhr()!.fail());
    expect(await screen.findByText('Tidak tersambung ke server. Periksa Wi-Fi atau data seluler, lalu coba lagi.')).toBeTruthy();
    // The second photo goes up meanwhile, and is refused by the server.
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(2));
    act(() => lastXhr()!.respond(400, { statusCode: 400, code: 'NOT_AN_IMAGE', message: 'no' }));
    expect(await screen.findByText('File ini bukan foto. Pilih foto dari kamera atau galeri.')).toBeTruthy();

    post();
    expect(problemOf('photo')).toBe('Tambahkan paling sedikit 1 foto produk.');

    // Retry sends the same (already shrunk) photo again.
    const [firstRetry] = screen.getAllByRole('button', { name: 'Coba lagi' });
    fireEvent.click(firstRetry!);
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(3));
    expect(lastXhr()!.file()?.name).toBe('a.jpg');
    act(() => lastXhr()!.respond(201, media(1)));
    expect(await screen.findByText('Foto terkirim')).toBeTruthy();

    // The refused one is removed; the photo is fine now.
    fireEvent.click(screen.getByRole('button', { name: 'Hapus foto ke-2' }));
    expect(screen.getAllByTestId('photo-slot')).toHaveLength(1);
    post();
    await waitFor(() => expect(problemOf('photo')).toBeUndefined());
  });

  it('takes at most five photos', async () => {
    sellerApi();
    renderRoute('/toko/produk/baru');
    await screen.findByTestId('product-form');
    fireEvent.change(screen.getByTestId('photo-gallery'), { target: { files: Array.from({ length: 7 }, (_, i) => photoFile(`${i}.jpg`)) } });
    expect(await screen.findByText('Paling banyak 5 foto. Foto selebihnya tidak dipakai.')).toBeTruthy();
    expect(screen.getAllByTestId('photo-slot')).toHaveLength(5);
    expect(screen.queryByTestId('photo-camera')).toBeNull();
  });

  it('keeps a demo buyer out of the seller pages', async () => {
    saveSession(buyer);
    stubApi({});
    const view = renderRoute('/toko/produk/baru');
    await waitFor(() => expect(view.location().pathname).toBe('/pasar'));
  });
});
