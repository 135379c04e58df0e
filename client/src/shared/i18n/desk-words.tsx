// The facilitator's and the simulator's words (client/build/locale-parts.ts): fetched once, the first time a desk
// screen opens; the screen waits for them (Suspense) so it never shows a key.
import { Suspense, use, type ReactNode } from 'react';
import { i18n } from './i18n';

let arriving: Promise<void> | undefined;

export function loadDeskWords(): Promise<void> {
  arriving ??= import('virtual:locale/id/desk')
    .then(({ default: words }) => {
      i18n.addResourceBundle('id', 'translation', words);
    })
    .catch((error: unknown) => {
      arriving = undefined; // a weak signal: the next render tries again
      throw error;
    });
  return arriving;
}

function WithDeskWords({ children }: { children: ReactNode }) {
  // Already here once loaded, or when given with the rest (tests).
  if (i18n.getResourceBundle('id', 'translation')?.console === undefined) use(loadDeskWords());
  return children;
}

/**
 * Its own Suspense boundary: the app is built on Preact (vite.config.ts), where a screen that waits with no boundary
 * above it fails instead of keeping the previous screen up as React's root does.
 */
export function DeskWords({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <WithDeskWords>{children}</WithDeskWords>
    </Suspense>
  );
}
