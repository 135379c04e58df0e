import { act, render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPage } from './lazy-page';

const Hello = () => <p data-testid="hello">Halo</p>;

function renderInSuspense(Page: ComponentType) {
  return render(
    <Suspense fallback={<p data-testid="loading">Memuat halaman…</p>}>
      <Page />
    </Suspense>,
  );
}

describe('lazyPage', () => {
  it('suspends on its first render when it was not preloaded, as React.lazy does', async () => {
    const Page = lazyPage(() => Promise.resolve(Hello));
    renderInSuspense(Page);
    expect(screen.getByTestId('loading')).toBeTruthy();
    expect(await screen.findByTestId('hello')).toBeTruthy();
  });

  it('draws the page in its very first render once preloaded: no loading screen in between', async () => {
    const load = vi.fn(() => Promise.resolve(Hello));
    const Page = lazyPage(load);
    await Page.preload();
    renderInSuspense(Page);
    expect(screen.getByTestId('hello')).toBeTruthy();
    expect(screen.queryByTestId('loading')).toBeNull();
    await Page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for the chunk again after a failed load (no signal), instead of keeping the failure', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue(Hello);
    const Page = lazyPage(load);
    await expect(Page.preload()).rejects.toThrow(TypeError);
    await act(() => Page.preload());
    renderInSuspense(Page);
    expect(screen.getByTestId('hello')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
