import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ServerStatus } from '../features/server-status/components/server-status';
import { useSession } from '../shared/auth/session';
import { appPaths } from '../shared/config/paths';
import { LanguageSwitch } from '../shared/i18n/language-switch';
import { IconStore } from '../shared/ui/icons';
import { useCodeFetchedAhead } from './fetch-ahead';
import { nextPages } from './next-pages';
import { RouteErrorBoundary } from './routes/route-error-boundary';
import { useSessionExpiryRedirect } from './session-expiry';

// Chat and notifications in the header: their own chunk, after the first render.
const LiveHeader = lazy(() => import('./live-header').then((m) => ({ default: m.LiveHeader })));
// The trainee's bottom navigation (Beranda, Produk, Pesanan, Chat, Saldo): its own chunk too.
const TraineeNav = lazy(() => import('./trainee-nav').then((m) => ({ default: m.TraineeNav })));

type Width = 'phone' | 'wide';

/** Header (brand + language), the page, and a footer with the server status. */
function AppShell({ children, width = 'phone' }: { children: ReactNode; width?: Width }) {
  const { t } = useTranslation();
  // Both show nothing to someone not in a class: without a participant's session (the join page opened from the
  // QR code, the facilitator's login) their chunks are not even fetched, and the page paints sooner.
  const session = useSession();
  const participant = session?.kind === 'participant';

  return (
    <div className={`shell shell--${width}`}>
      <header className="app-header">
        <Link className="app-header__brand" to={appPaths.home} aria-label={t('app.brandHome')}>
          <IconStore />
          <span>{t('app.brand')}</span>
        </Link>
        {participant && (
          <Suspense fallback={null}>
            <LiveHeader />
          </Suspense>
        )}
        <LanguageSwitch />
      </header>
      <main className="app-main" id="main">
        {children}
      </main>
      <footer className="app-footer">
        <ServerStatus />
        <p>{t('app.footer')}</p>
      </footer>
      {width === 'phone' && participant && session.role === 'trainee' && (
        <Suspense fallback={null}>
          <TraineeNav />
        </Suspense>
      )}
    </div>
  );
}

/** While a page's chunk downloads (slow Wi-Fi): a moving bar, and words for screen readers. */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <>
      <div className="nav-progress" role="progressbar" aria-label={t('app.loading')} />
      <p className="page-loading" role="status">
        {t('app.pageLoading')}
      </p>
    </>
  );
}

/** The page at this address: each is a lazy chunk, and a failure stays inside the page's area. */
function Page() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary key={pathname}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </RouteErrorBoundary>
  );
}

/** The code of the pages this one leads to, fetched while she reads it where no service worker can (next-pages.ts). */
function FetchedAhead() {
  const { pathname, search } = useLocation();
  useCodeFetchedAhead(nextPages(pathname, search));
  return null;
}

/** Phone-width pages: the trainee's, and the facilitator login. */
export function AppLayout() {
  useSessionExpiryRedirect();
  return (
    <AppShell>
      <FetchedAhead />
      <Page />
    </AppShell>
  );
}

/** The facilitator's console on a laptop: the same shell, wider. */
export function WideLayout() {
  useSessionExpiryRedirect();
  return (
    <AppShell width="wide">
      <Page />
    </AppShell>
  );
}

/** No header or footer: the projector's wall and the printed attendance sheet are the page. */
export function BareLayout() {
  useSessionExpiryRedirect();
  return (
    <main className="bare" id="main">
      <Page />
    </main>
  );
}
