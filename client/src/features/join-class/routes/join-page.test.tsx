import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession, saveSession } from '../../../shared/auth/session';
import { apiError, deferred, stubApi, type FakeAnswer } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';

const lookup = { code: 'KMNPQR', className: 'Pelatihan E-Commerce PKH', place: 'Balai Pekon Ambarawa', date: '2026-11-28' };

const classView = {
  id: '6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f',
  name: 'Pelatihan E-Commerce PKH',
  place: 'Balai Pekon Ambarawa',
  date: '2026-11-28',
  regencyCode: '18.10',
  regencyLabel: 'Kab. Pringsewu',
  joinCode: 'KMNPQR',
  status: 'open',
  participantCount: 1,
  createdAt: '2026-11-28T01:00:00.000Z',
  ownerId: 'f0000000-0000-4000-8000-000000000001',
  ownerName: 'Dewi',
};

const joined = {
  token: 'tok_sriyati_0123456789abcdef',
  expiresAt: '2099-01-01T00:00:00.000Z',
  participantId: '0b5d8f0e-1111-4c4c-9d9d-222222222222',
  name: 'Sriyati',
  role: 'trainee',
  class: classView,
  shop: { id: '9a9a9a9a-3333-4e4e-8f8f-444444444444', name: 'Toko Sriyati', description: null, regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' },
};

function typeCode(value: string) {
  fireEvent.change(screen.getByRole('textbox', { name: /Kode kelas/ }), { target: { value } });
}

describe('JoinPage: the code', () => {
  it('asks for the class code first', async () => {
    renderRoute('/gabung');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gabung Kelas' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Kode kelas/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lanjut' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /Nama/ })).toBeNull();
  });

  it('capitalises the code, drops other characters and says when it is complete', async () => {
    renderRoute('/gabung');
    const input = (await screen.findByRole('textbox', { name: /Kode kelas/ })) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'ab-12 cd' } });
    expect(input.value).toBe('AB12CD');
    expect(screen.getByText('Kode sudah lengkap.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('flags a code that is too short once the field is left', async () => {
    renderRoute('/gabung');
    const input = await screen.findByRole('textbox', { name: /Kode kelas/ });
    fireEvent.change(input, { target: { value: 'ab1' } });
    fireEvent.blur(input);
    expect(screen.getByText('Kode kelas terdiri dari 6 huruf atau angka.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('does not ask the server about an incomplete code', async () => {
    const api = stubApi({});
    renderRoute('/gabung');
    await screen.findByRole('textbox', { name: /Kode kelas/ });
    typeCode('KMN');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(screen.getByText('Kode kelas terdiri dari 6 huruf atau angka.')).toBeTruthy();
    expect(api.requests.filter((r) => r.url.includes('/api/join'))).toHaveLength(0);
  });

  it('looks the class up straight away when the QR code opened /gabung/KODE', async () => {
    const api = stubApi({ 'GET /api/join/KMNPQR': { body: lookup } });
    renderRoute('/gabung/kmnpqr');
    expect(await screen.findByRole('heading', { name: 'Pelatihan E-Commerce PKH' })).toBeTruthy();
    expect(screen.getByText('Balai Pekon Ambarawa')).toBeTruthy();
    expect(screen.getByText('28 Nov 2026')).toBeTruthy();
    expect(api.calls('GET /api/join/KMNPQR')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /Nama/ })).toBeTruthy();
  });

  it('fills the code from an older ?kode= link', async () => {
    stubApi({ 'GET /api/join/X7K9Q2': apiError(404, 'JOIN_CODE_UNKNOWN') });
    renderRoute('/gabung?kode=x7k9q2');
    const input = (await screen.findByRole('textbox', { name: /Kode kelas/ })) as HTMLInputElement;
    expect(input.value).toBe('X7K9Q2');
  });
});

describe('JoinPage: joining', () => {
  it('looks up the code, takes the name, keeps the token and opens the trainee home', async () => {
    const api = stubApi({
      'GET /api/join/KMNPQR': { body: lookup },
      'POST /api/join': { status: 201, body: joined },
    });
    const view = renderRoute('/gabung');
    await screen.findByRole('textbox', { name: /Kode kelas/ });
    typeCode('kmn-pqr');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));

    expect(await screen.findByRole('heading', { name: 'Pelatihan E-Commerce PKH' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Nama/ }), { target: { value: '  Sriyati ' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Desa/ }), { target: { value: 'Pekon Ambarawa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gabung' }));

    await waitFor(() => expect(view.location().pathname).toBe('/toko'));
    const [request] = api.calls('POST /api/join');
    expect(await request!.json()).toEqual({ code: 'KMNPQR', role: 'trainee', displayName: 'Sriyati', village: 'Pekon Ambarawa' });
    expect(getSession()).toMatchObject({
      kind: 'participant',
      token: joined.token,
      name: 'Sriyati',
      role: 'trainee',
      classId: classView.id,
      className: classView.name,
      shopId: joined.shop.id,
    });
  });

  it('marks phone and village as optional and requires only the name', async () => {
    const api = stubApi({ 'GET /api/join/KMNPQR': { body: lookup } });
    renderRoute('/gabung/KMNPQR');
    await screen.findByRole('textbox', { name: /^Nama/ });
    expect(screen.getByRole('textbox', { name: /Nomor HP.*boleh dikosongkan/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Desa.*boleh dikosongkan/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gabung' }));
    expect(await screen.findByText('Nama wajib diisi.')).toBeTruthy();
    expect(api.calls('POST /api/join')).toHaveLength(0);
  });

  it('sends one request when "Gabung" is tapped twice', async () => {
    const answer = deferred<FakeAnswer>();
    const api = stubApi({ 'GET /api/join/KMNPQR': { body: lookup }, 'POST /api/join': () => answer.promise });
    const view = renderRoute('/gabung/KMNPQR');
    fireEvent.change(await screen.findByRole('textbox', { name: /^Nama/ }), { target: { value: 'Siti' } });
    const button = screen.getByRole('button', { name: 'Gabung' });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.submit(button.closest('form')!);
    await waitFor(() => expect((screen.getByRole('button', { name: /bergabung/ }) as HTMLButtonElement).disabled).toBe(true));
    answer.resolve({ status: 201, body: { ...joined, name: 'Siti' } });
    await waitFor(() => expect(view.location().pathname).toBe('/toko'));
    expect(api.calls('POST /api/join')).toHaveLength(1);
  });

  it.each([
    ['JOIN_CODE_UNKNOWN', apiError(404, 'JOIN_CODE_UNKNOWN'), 'Kode kelas tidak ditemukan. Periksa lagi kode di layar fasilitator.'],
    ['CLASS_CLOSED', apiError(409, 'CLASS_CLOSED'), 'Kelas ini sudah ditutup. Tanyakan kepada fasilitator.'],
    ['TOO_MANY_REQUESTS', apiError(429, 'TOO_MANY_REQUESTS'), 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.'],
    ['a 429 without a body', { status: 429 }, 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.'],
  ])('explains %s from the code lookup in plain Indonesian', async (_name, answer, message) => {
    stubApi({ 'GET /api/join/KMNPQR': answer });
    renderRoute('/gabung');
    await screen.findByRole('textbox', { name: /Kode kelas/ });
    typeCode('KMNPQR');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('explains NETWORK_ERROR when the phone cannot reach the server', async () => {
    renderRoute('/gabung'); // fetch rejects in every test that does not stub it
    await screen.findByRole('textbox', { name: /Kode kelas/ });
    typeCode('KMNPQR');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tidak tersambung ke server. Periksa Wi-Fi atau data seluler, lalu coba lagi.',
    );
  });

  it.each([
    ['VALIDATION_FAILED', apiError(400, 'VALIDATION_FAILED'), 'Data yang diisi belum benar. Periksa lagi, lalu coba kembali.'],
    ['CLASS_CLOSED', apiError(409, 'CLASS_CLOSED'), 'Kelas ini sudah ditutup. Tanyakan kepada fasilitator.'],
    ['TOO_MANY_REQUESTS', apiError(429, 'TOO_MANY_REQUESTS'), 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.'],
  ])('explains %s from joining, keeps what was typed and stores no token', async (_name, answer, message) => {
    stubApi({ 'GET /api/join/KMNPQR': { body: lookup }, 'POST /api/join': answer });
    renderRoute('/gabung/KMNPQR');
    const name = (await screen.findByRole('textbox', { name: /^Nama/ })) as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Siti' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gabung' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(name.value).toBe('Siti');
    expect(getSession()).toBeNull();
  });
});

describe('JoinPage: another phone, and a phone already joined', () => {
  it('signs the same person in with the class code and a PIN', async () => {
    const api = stubApi({ 'POST /api/join/pin': { body: joined } });
    const view = renderRoute('/gabung');
    fireEvent.click(await screen.findByRole('button', { name: 'Masuk dengan PIN' }));
    typeCode('KMNPQR');
    fireEvent.change(screen.getByRole('textbox', { name: /PIN/ }), { target: { value: '04-82 13' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() => expect(view.location().pathname).toBe('/toko'));
    expect(await api.calls('POST /api/join/pin')[0]!.json()).toEqual({ code: 'KMNPQR', pin: '048213' });
    expect(getSession()?.token).toBe(joined.token);
  });

  it('says a wrong PIN in plain words', async () => {
    stubApi({ 'POST /api/join/pin': apiError(401, 'INVALID_PIN') });
    renderRoute('/gabung/KMNPQR');
    fireEvent.click(await screen.findByRole('button', { name: 'Masuk dengan PIN' }));
    fireEvent.change(screen.getByRole('textbox', { name: /PIN/ }), { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'PIN salah atau sudah tidak berlaku. Minta PIN baru kepada fasilitator.',
    );
  });

  it('says plainly that there were too many wrong PINs (429 TOO_MANY_ATTEMPTS)', async () => {
    stubApi({ 'POST /api/join/pin': apiError(429, 'TOO_MANY_ATTEMPTS') });
    renderRoute('/gabung/KMNPQR');
    fireEvent.click(await screen.findByRole('button', { name: 'Masuk dengan PIN' }));
    fireEvent.change(screen.getByRole('textbox', { name: /PIN/ }), { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Terlalu banyak percobaan yang salah. Tunggu sebentar, periksa lagi PIN atau kata sandi, lalu coba lagi.',
    );
  });

  it('offers to continue as the person already signed in on this phone', async () => {
    saveSession({
      kind: 'participant',
      token: joined.token,
      expiresAt: joined.expiresAt,
      id: joined.participantId,
      name: 'Sriyati',
      role: 'trainee',
      classId: classView.id,
      className: classView.name,
      shopId: joined.shop.id,
    });
    renderRoute('/gabung');
    const next = await screen.findByRole('link', { name: 'Lanjut sebagai Sriyati' });
    expect(next.getAttribute('href')).toBe('/toko');
    expect(screen.getByText('Kelas: Pelatihan E-Commerce PKH')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gabung sebagai orang lain' }));
    expect(screen.getByRole('textbox', { name: /Kode kelas/ })).toBeTruthy();
  });
});
