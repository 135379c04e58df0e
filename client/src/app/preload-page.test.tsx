// The first render of a cold load holds the opened page (main.tsx awaits preloadPage), and the route-preload build
// script finds every page of the router: both read router.tsx, so a change there that broke either fails here.
import path from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readRoutes } from '../../build/route-preload';
import { appPaths } from '../shared/config/paths';
import { renderRoute } from '../testing/render-route';
import { preloadPage } from './router';

describe('preloadPage', () => {
  it('loads the page at an address, so the first render draws it without "Memuat halaman…"', async () => {
    await preloadPage('/tidak-ada');
    renderRoute('/tidak-ada');
    expect(screen.getByTestId('not-found')).toBeTruthy();
    expect(screen.queryByText('Memuat halaman…')).toBeNull();
  });

  it('matches addresses with parameters, and an unknown one to the "not found" page', async () => {
    await preloadPage('/gabung/ABC123');
    renderRoute('/gabung/ABC123');
    expect(screen.getByTestId('join')).toBeTruthy();
    await preloadPage('/fasilitator/kelas/x/y/z');
    renderRoute('/fasilitator/kelas/x/y/z');
    expect(screen.getByTestId('not-found')).toBeTruthy();
  });
});

describe('the route-preload table (client/build/route-preload.ts)', () => {
  it('finds the page module of every route of router.tsx, the trainee first screens among them', () => {
    const routes = readRoutes(path.resolve(__dirname, 'router.tsx'));
    const patterns = routes.map((route) => route.pattern);
    expect(patterns).toEqual(expect.arrayContaining([appPaths.joinWithCode, appPaths.shop, appPaths.storefront, appPaths.facilitatorConsole]));
    expect(routes.length).toBeGreaterThan(40);
    const shop = routes.find((route) => route.pattern === appPaths.shop);
    expect(shop?.module).toMatch(/features\/shop\/routes\/shop-home-page\.tsx$/);
  });
});
