// The facilitator's and the simulator's words (client/build/locale-parts.ts): fetched once, the first time a desk
// screen opens; the screen waits for them (Suspense) so it never shows a key.
import { use, type ReactNode } from 'react';
import { i18n } from './i18n';

let arriving: Promise<void> | undefined;
let arrived = false;

export function loadDeskWords(): Promise<void> {
  arriving ??= import('virtual:locale/id/desk')
    .then(({ default: words }) => {
      i18n.addResourceBundle('id', 'translation', words);
      arrived = true;
    })
    .catch((error: unknown) => {
      arriving = undefined; // a weak signal: the next render tries again
      throw error;
    });
  return arriving;
}

export function DeskWords({ children }: { children: ReactNode }) {
  // Already here: loaded before, or given with the rest (tests, and English, whose file is whole).
  const here = arrived || i18n.getResourceBundle('id', 'translation')?.console !== undefined;
  if (!here) use(loadDeskWords());
  return children;
}
