import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appPaths } from '../../shared/config/paths';
import { IconLabel } from '../../shared/ui/icon-label';
import { IconArrowLeft } from '../../shared/ui/icons';

export function NotFoundPage() {
  const { t } = useTranslation();

  return (
    <div className="page" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="button button--primary" to={appPaths.home}>
        <IconLabel icon={IconArrowLeft}>{t('notFound.backHome')}</IconLabel>
      </Link>
    </div>
  );
}
