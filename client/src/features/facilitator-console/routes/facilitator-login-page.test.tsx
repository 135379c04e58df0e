import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../../shared/auth/session';
import { apiError, stubApi } from '../../../testing/fake-api';
import { renderRoute } from '../../../testing/render-route';
import { facilitator } from '../testing/fixtures';

const loginAnswer = {
  token: facilitator.token,
  expiresAt: facilitator.expiresAt,
  facilitator: { id: facilitator.id, email: 'rina@pasar-latihan.id', name: facilitator.name, role: 'facilitator' },
};

function fillAndSubmit(password = 'rahasia-sekali') {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: ' rina@pasar-latihan.id ' } });
  fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('FacilitatorLoginPage', () => {
  it('signs in, keeps the token and opens the class list', async () => {
    const api = stubApi({ 'POST /api/auth/login': { body: loginAnswer }, 'GET /api/classes': { body: [] } });
    const view = renderRoute('/fasilitator/masuk');
    await screen.findByTestId('facilitator-login');
    fillAndSubmit();
    await waitFor(() => expect(view.location().pathname).toBe('/fasilitator'));
    expect(await api.calls('POST /api/auth/login')[0]!.json()).toEqual({ email: 'rina@pasar-latihan.id', password: 'rahasia-sekali' });
    expect(getSession()).toMatchObject({ kind: 'facilitator', token: facilitator.token, name: facilitator.name });
    expect(await screen.findByText('Belum ada kelas. Tekan "Buat Kelas" untuk memulai.')).toBeTruthy();
  });

  it('says a wrong password plainly and stays', async () => {
    stubApi({ 'POST /api/auth/login': apiError(401, 'INVALID_CREDENTIALS') });
    const view = renderRoute('/fasilitator/masuk');
    await screen.findByTestId('facilitator-login');
    fillAndSubmit('salah');
    expect((await screen.findByRole('alert')).textContent).toBe('Email atau kata sandi salah.');
    expect(view.location().pathname).toBe('/fasilitator/masuk');
    expect(getSession()).toBeNull();
  });

  it('says plainly that there were too many wrong passwords (429 TOO_MANY_ATTEMPTS)', async () => {
    stubApi({ 'POST /api/auth/login': apiError(429, 'TOO_MANY_ATTEMPTS') });
    renderRoute('/fasilitator/masuk');
    await screen.findByTestId('facilitator-login');
    fillAndSubmit('salah');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Terlalu banyak percobaan yang salah. Tunggu sebentar, periksa lagi PIN atau kata sandi, lalu coba lagi.',
    );
    expect(getSession()).toBeNull();
  });

  it('sends a visitor of a console page to the login, and back there after it', async () => {
    stubApi({ 'POST /api/auth/login': { body: loginAnswer } });
    const view = renderRoute('/fasilitator/kelas/6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f');
    await waitFor(() => expect(view.location().pathname).toBe('/fasilitator/masuk'));
    await screen.findByTestId('facilitator-login');
    fillAndSubmit();
    await waitFor(() => expect(view.location().pathname).toBe('/fasilitator/kelas/6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f'));
  });
});
