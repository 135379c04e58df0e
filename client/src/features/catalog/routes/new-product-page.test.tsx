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

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
const problem = () => screen.getByTestId('step-problem').textContent;

async function onStep(counter: string, question: string) {
  await waitFor(() => expect(screen.getByTestId('step-counter').textContent).toBe(counter));
  expect(screen.getByRole('heading', { level: 1, name: question })).toBeTruthy();
}

/** Picks a photo with the camera button and lets the fake server store it. */
async function addPhoto(n = 1) {
  const before = FakeXhr.instances.length;
  fireEvent.change(screen.getByTestId('photo-camera'), { target: { files: [photoFile()] } });
  await waitFor(() => expect(FakeXhr.instances.length).toBe(before + 1));
  act(() => lastXhr()!.respond(201, media(n)));
  await waitFor(() => expect(screen.getAllByText('Foto terkirim').length).toBeGreaterThanOrEqual(1));
}

/** Fills every step with good answers and arrives at the preview. */
async function fillToPreview() {
  await onStep('Langkah 1 dari 7', 'Foto produk');
  await addPhoto();
  next();
  await onStep('Langkah 2 dari 7', 'Apa nama produknya?');
  fireEvent.change(screen.getByRole('textbox', { name: /Nama produk/ }), { target: { value: 'Telur Bebek Asin Pringsewu' } });
  next();
  await onStep('Langkah 3 dari 7', 'Berapa harganya?');
  fireEvent.change(screen.getByRole('textbox', { name: /Harga/ }), { target: { value: '3500' } });
  next();
  await onStep('Langkah 4 dari 7', 'Berapa stoknya?');
  fireEvent.change(screen.getByRole('textbox', { name: /Stok/ }), { target: { value: '100' } });
  next();
  await onStep('Langkah 5 dari 7', 'Berapa beratnya?');
  fireEvent.change(screen.getByRole('textbox', { name: /Berat/ }), { target: { value: '70' } });
  next();
  await onStep('Langkah 6 dari 7', 'Produk jenis apa?');
  fireEvent.click(screen.getByRole('radio', { name: 'Telur bebek' }));
  fireEvent.change(screen.getByRole('textbox', { name: /Tahan berapa hari/ }), { target: { value: '14' } });
  next();
  await onStep('Langkah 7 dari 7', 'Ceritakan produknya');
  next();
  await waitFor(() => expect(screen.getByTestId('step-counter').textContent).toBe('Langkah terakhir: periksa'));
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
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => `blob:http://localhost/photo-${++n}`, revokeObjectURL: () => undefined }));
  saveSession(trainee);
});

describe('guided add-product form (/toko/produk/baru)', () => {
  it('asks one thing per step, checks each step, and shows the preview before posting', async () => {
    sellerApi();
    renderRoute('/toko/produk/baru');

    // 1. Photo: required, and not while it is still going up.
    await onStep('Langkah 1 dari 7', 'Foto produk');
    next();
    expect(problem()).toBe('Tambahkan paling sedikit 1 foto produk.');
    fireEvent.change(screen.getByTestId('photo-camera'), { target: { files: [photoFile()] } });
    await waitFor(() => expect(lastXhr()).toBeDefined());
    act(() => lastXhr()!.progress(512, 1024));
    expect(await screen.findByText('Mengirim foto… 50%')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Pengiriman foto ke-1' }).getAttribute('value')).toBe('50');
    next();
    expect(problem()).toBe('Tunggu sampai semua foto selesai terkirim, atau hapus foto yang gagal.');
    act(() => lastXhr()!.respond(201, media(1)));
    expect(await screen.findByText('Foto terkirim')).toBeTruthy();
    expect(screen.getByText('Foto utama')).toBeTruthy();
    expect(screen.getByTestId('photo-count').textContent).toBe('1 dari 5 foto');
    next();

    // 2. Name: an example beside it, too short refused, hard-to-find hinted gently (not blocking).
    await onStep('Langkah 2 dari 7', 'Apa nama produknya?');
    expect(screen.getByText('Contoh: Gula Aren Asli 1 kg')).toBeTruthy();
    const title = screen.getByRole('textbox', { name: /Nama produk/ });
    fireEvent.change(title, { target: { value: 'Telu' } });
    next();
    expect(problem()).toBe('Nama produk paling sedikit 5 huruf.');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(title, { target: { value: 'Telur Asin' } });
    expect(screen.getByTestId('title-hint').textContent).toMatch(/sulit ditemukan pembeli/);
    next();

    // 3. Price: read back as buyers will see it.
    await onStep('Langkah 3 dari 7', 'Berapa harganya?');
    const price = screen.getByRole('textbox', { name: /Harga/ });
    fireEvent.change(price, { target: { value: '50' } });
    next();
    expect(problem()).toBe('Harga harus angka bulat dari Rp 100 sampai Rp 100.000.000.');
    fireEvent.change(price, { target: { value: '25.000' } });
    expect(screen.getByText('Pembeli melihat: Rp 25.000')).toBeTruthy();
    next();

    // 4. Stock, with big − / + buttons.
    await onStep('Langkah 4 dari 7', 'Berapa stoknya?');
    next();
    expect(problem()).toBe('Stok harus angka dari 0 sampai 100.000.');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah 1 stok' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah 1 stok' }));
    expect((screen.getByRole('textbox', { name: /Stok/ }) as HTMLInputElement).value).toBe('2');
    fireEvent.change(screen.getByRole('textbox', { name: /Stok/ }), { target: { value: '40' } });
    next();

    // 5. Weight in grams, with "1 kg = 1000 gram" to tap.
    await onStep('Langkah 5 dari 7', 'Berapa beratnya?');
    next();
    expect(problem()).toBe('Berat wajib diisi: 1 sampai 50.000 gram (50 kg).');
    fireEvent.click(screen.getByRole('button', { name: '1 kg = 1000 gram' }));
    expect((screen.getByRole('textbox', { name: /Berat/ }) as HTMLInputElement).value).toBe('1000');
    expect(screen.getByText('Sama dengan 1 kg')).toBeTruthy();
    next();

    // 6. Category tiles; duck eggs need their shelf life.
    await onStep('Langkah 6 dari 7', 'Produk jenis apa?');
    expect(screen.getAllByRole('radio')).toHaveLength(8);
    next();
    expect(problem()).toBe('Pilih salah satu jenis produk.');
    fireEvent.click(screen.getByRole('radio', { name: 'Gula aren' }));
    expect(screen.getByRole('group', { name: 'Mudah basi?' })).toBeTruthy();
    next();
    expect(problem()).toBe('Jawab dulu: apakah produk ini mudah basi?');
    fireEvent.click(screen.getByRole('radio', { name: 'Telur bebek' }));
    expect(screen.queryByRole('group', { name: 'Mudah basi?' })).toBeNull();
    expect(screen.getByTestId('shelf-life-required').textContent).toMatch(/Telur bebek mudah basi/);
    next();
    expect(problem()).toBe('Produk ini mudah basi: isi berapa hari produk ini tahan.');
    fireEvent.change(screen.getByRole('textbox', { name: /Tahan berapa hari/ }), { target: { value: '14' } });
    next();

    // 7. Description (optional), then the preview.
    await onStep('Langkah 7 dari 7', 'Ceritakan produknya');
    fireEvent.change(screen.getByRole('textbox', { name: /Keterangan produk/ }), { target: { value: 'Telur bebek asin, masir.' } });
    next();
    await waitFor(() => expect(screen.getByTestId('step-counter').textContent).toBe('Langkah terakhir: periksa'));
    const preview = screen.getByTestId('product-preview');
    expect(preview.querySelector('[data-testid="product-title"]')!.textContent).toBe('Telur Asin');
    expect(preview.querySelector('[data-testid="product-price"]')!.textContent).toBe('Rp 25.000');
    expect(preview.querySelector('[data-testid="product-stock"]')!.textContent).toBe('40 tersedia');
    expect(preview.querySelector('[data-testid="product-weight"]')!.textContent).toBe('1 kg');
    expect(preview.querySelector('[data-testid="perishable-badge"]')!.textContent).toBe('Mudah basi: hanya dikirim ke area terdekat');
    expect(preview.textContent).toContain('Gula Aren Bu Sriyati');
    expect(preview.querySelector('img')!.getAttribute('src')).toBe('blob:http://localhost/photo-1');

    // Back keeps what was typed.
    fireEvent.click(screen.getByRole('button', { name: 'Kembali' }));
    await onStep('Langkah 7 dari 7', 'Ceritakan produknya');
    expect((screen.getByRole('textbox', { name: /Keterangan produk/ }) as HTMLTextAreaElement).value).toBe('Telur bebek asin, masir.');
  });

  it('posts once however often "Posting Produk" is tapped, then says so on Produk Saya', async () => {
    const answer = deferred<FakeAnswer>();
    const api = sellerApi({ 'POST /api/products': () => answer.promise });
    const view = renderRoute('/toko/produk/baru');
    await fillToPreview();

    const post = screen.getByRole('button', { name: 'Posting Produk' });
    fireEvent.click(post);
    fireEvent.click(post);
    fireEvent.click(post);
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

  it('sends the trainee back to the step a refusal belongs to, in her words', async () => {
    sellerApi({ 'POST /api/products': apiError(400, 'INVALID_WEIGHT') });
    renderRoute('/toko/produk/baru');
    await fillToPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Posting Produk' }));
    await onStep('Langkah 5 dari 7', 'Berapa beratnya?');
    expect(screen.getByRole('alert').textContent).toBe('Berat wajib diisi: 1 sampai 50.000 gram (50 kg).');
  });

  it('explains a prohibited product on the preview and offers to fix the name or the description', async () => {
    sellerApi({ 'POST /api/products': apiError(400, 'PROHIBITED_PRODUCT') });
    renderRoute('/toko/produk/baru');
    await fillToPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Posting Produk' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/barang terlarang di marketplace/);
    fireEvent.click(screen.getByRole('button', { name: 'Ubah keterangan' }));
    await onStep('Langkah 7 dari 7', 'Ceritakan produknya');
  });

  it('offers "Coba lagi" when a photo upload fails on weak Wi-Fi, and translates a refused file', async () => {
    sellerApi();
    renderRoute('/toko/produk/baru');
    await onStep('Langkah 1 dari 7', 'Foto produk');

    fireEvent.change(screen.getByTestId('photo-gallery'), { target: { files: [photoFile('a.jpg'), photoFile('b.jpg')] } });
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1)); // one at a time
    act(() => lastXhr()!.fail());
    expect(await screen.findByText('Tidak tersambung ke server. Periksa Wi-Fi atau data seluler, lalu coba lagi.')).toBeTruthy();
    // The second photo goes up meanwhile, and is refused by the server.
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(2));
    act(() => lastXhr()!.respond(400, { statusCode: 400, code: 'NOT_AN_IMAGE', message: 'no' }));
    expect(await screen.findByText('File ini bukan foto. Pilih foto dari kamera atau galeri.')).toBeTruthy();

    next();
    expect(problem()).toBe('Tambahkan paling sedikit 1 foto produk.');

    // Retry sends the same (already shrunk) photo again.
    const [firstRetry] = screen.getAllByRole('button', { name: 'Coba lagi' });
    fireEvent.click(firstRetry!);
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(3));
    expect(lastXhr()!.file()?.name).toBe('a.jpg');
    act(() => lastXhr()!.respond(201, media(1)));
    expect(await screen.findByText('Foto terkirim')).toBeTruthy();

    // The refused one is removed; the step is done.
    fireEvent.click(screen.getByRole('button', { name: 'Hapus foto ke-2' }));
    expect(screen.getAllByTestId('photo-slot')).toHaveLength(1);
    next();
    await onStep('Langkah 2 dari 7', 'Apa nama produknya?');
  });

  it('takes at most five photos', async () => {
    sellerApi();
    renderRoute('/toko/produk/baru');
    await onStep('Langkah 1 dari 7', 'Foto produk');
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
