import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appPaths } from '../../../shared/config/paths';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconInfo } from '../../../shared/ui/icons';

// Facilitator accounts arrive with the classes capability; until then this page says so instead of faking a form.
export function FacilitatorLoginPage() {
  const { t } = useTranslation();

  return (
    <div className="page" data-testid="facilitator-login">
      <h1>{t('facilitatorLogin.title')}</h1>
      <p className="note">
        <IconInfo className="note__icon" />
        <span>{t('facilitatorLogin.body')}</span>
      </p>
      <Link className="button button--secondary" to={appPaths.home}>
        <IconLabel icon={IconArrowLeft}>{t('facilitatorLogin.backHome')}</IconLabel>
      </Link>
    </div>
  );
}
