// A page in a chunk of its own that can be loaded before it is first drawn. React's `lazy` alone always suspends
// on its first render, even when the chunk is already there: a cold load then drew the shell with "Memuat
// halaman…", and only a render later the page; on a 4× slower phone that was a whole extra render, layout and paint
// (about 0.4 s) before the page's content. main.tsx awaits `preloadPage(location)` first, so the first render
// already holds the page. A page not preloaded (a later navigation) suspends as before.
import { lazy, type ComponentType, type JSX } from 'react';

export interface LazyPage {
  (): JSX.Element;
  /** Starts loading the page's chunk (once); resolves when it can be drawn without suspending. */
  preload: () => Promise<unknown>;
}

export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed chunk (no signal) is asked again on the next try
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  const Page = () => {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Suspending />;
  };
  Page.preload = preload;
  return Page;
}
