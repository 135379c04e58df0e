// Where the phone can have no service worker (the hall's LAN address over plain http is no secure context), nothing
// precaches the pages she has not opened yet, and her first tap on one waits for its code, then its data: a round
// trip more on Slow 4G. So once her first screen is quiet (first-screen-quiet.ts), the code of the pages she is about
// to open is fetched: the pages each page leads to (next-pages.ts, from app-layout.tsx), the bottom navigation's pages
// and the product form on a trainee's screens (trainee-nav.tsx). Where there is a service worker, its precache fetches
// every page.
import { useEffect } from 'react';
import { whenFirstScreenQuiet } from './first-screen-quiet';
import { preloadPage } from './router';

/** Fetches the code of the pages at these addresses once the first screen is quiet, where no service worker can. */
export function useCodeFetchedAhead(paths: readonly string[]): void {
  const key = paths.join('\n');
  useEffect(() => {
    if (!key || !import.meta.env.PROD || 'serviceWorker' in navigator) return;
    return whenFirstScreenQuiet(() => {
      for (const path of key.split('\n')) void preloadPage(path).catch(() => undefined);
    });
  }, [key]);
}
