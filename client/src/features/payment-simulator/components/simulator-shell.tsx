import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconBank } from '../../../shared/ui/icons';
import '../simulator.css';

/** The "bank app": its own look, and a SIMULASI banner nobody can miss, so that no one mistakes it for a real bank. */
export function SimulatorShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="sim" data-testid="simulator">
      <p className="sim__banner" role="note" data-testid="simulation-banner">
        <strong>{t('simulator.banner')}</strong>
        <span>{t('simulator.bannerNote')}</span>
      </p>
      <header className="sim__header">
        <IconBank />
        {/* The bank app's name is each screen's main heading (screen readers jump to it; the tests wait on it). */}
        <h1 className="sim__brand">{t('simulator.brand')}</h1>
      </header>
      <div className="sim__body">{children}</div>
    </div>
  );
}
