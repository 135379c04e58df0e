import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigation } from 'react-router';
import { ServerStatus } from '../features/server-status/components/server-status';
import { appPaths } from '../shared/config/paths';
import { LanguageSwitch } from '../shared/i18n/language-switch';
import { IconStore } from '../shared/ui/icons';

/** Header (brand + language), the page, and a footer with the server status. */
function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();

  return (
    <div className="shell">
      <header className="app-header">
        <Link className="app-header__brand" to={appPaths.home} aria-label={t('app.brandHome')}>
          <IconStore />
          <span>{t('app.brand')}</span>
        </Link>
        <LanguageSwitch />
      </header>
      <main className="app-main" id="main">
        {children}
      </main>
      <footer className="app-footer">
        <ServerStatus />
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}

function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status">
      {t('app.pageLoading')}
    </p>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const navigation = useNavigation();

  return (
    <AppShell>
      {/* Pages are separate chunks: on slow Wi-Fi the next one can take a moment to arrive. */}
      {navigation.state === 'loading' && <div className="nav-progress" role="progressbar" aria-label={t('app.loading')} />}
      <Outlet />
    </AppShell>
  );
}

/** Shown while the first page's chunk loads, so the header paints at once. */
export function AppLayoutFallback() {
  return (
    <AppShell>
      <PageLoading />
    </AppShell>
  );
}
