import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../testing/render-route';

describe('app routes', () => {
  it.each([
    ['/', 'home'],
    ['/gabung', 'join'],
    ['/fasilitator/masuk', 'facilitator-login'],
    ['/tidak-ada', 'not-found'],
  ])('%s renders %s inside the shell', async (url, testId) => {
    renderRoute(url);
    expect(await screen.findByTestId(testId)).toBeTruthy();
    expect(screen.getByTestId('server-status')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Pilih bahasa' })).toBeTruthy();
  });

  it('says "page not found" in Bahasa Indonesia', async () => {
    renderRoute('/tidak-ada');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeTruthy();
  });
});
