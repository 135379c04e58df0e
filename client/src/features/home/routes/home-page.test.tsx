import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';

describe('HomePage', () => {
  it('greets in Bahasa Indonesia with the Pasar Latihan heading', async () => {
    renderRoute('/');
    const home = await screen.findByTestId('home');
    expect(home).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pasar Latihan');
    expect(screen.getByText('Tempat aman untuk latihan jualan online.')).toBeTruthy();
  });

  it('links "Gabung Kelas" to the join page and "Masuk Fasilitator" to the facilitator login', async () => {
    renderRoute('/');
    const join = await screen.findByRole('link', { name: 'Gabung Kelas' });
    expect(join.getAttribute('href')).toBe('/gabung');
    expect(screen.getByRole('link', { name: 'Masuk Fasilitator' }).getAttribute('href')).toBe('/fasilitator/masuk');
  });
});
