import { useTranslation } from 'react-i18next';
import { IconLabel } from '../../shared/ui/icon-label';
import { IconAlert, IconRefresh } from '../../shared/ui/icons';

// Most often a page chunk that failed to download (weak signal, or a new version was deployed):
// reloading fetches the current index.html and its chunks.
export function RouteErrorPage() {
  const { t } = useTranslation();

  return (
    <div className="page" role="alert" data-testid="route-error">
      <h1>
        <IconLabel icon={IconAlert}>{t('routeError.title')}</IconLabel>
      </h1>
      <p>{t('routeError.body')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        <IconLabel icon={IconRefresh}>{t('routeError.reload')}</IconLabel>
      </button>
    </div>
  );
}
