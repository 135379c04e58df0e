import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appPaths } from '../../../shared/config/paths';
import { IconLabel } from '../../../shared/ui/icon-label';
import {
  IconBank,
  IconCamera,
  IconChat,
  IconEnter,
  IconInfo,
  IconPaymentCheck,
  IconPerson,
  IconTruck,
  type IconProps,
} from '../../../shared/ui/icons';

// The five steps of the training session, in the order they were taught.
const STEPS = [
  { key: 'product', icon: IconCamera },
  { key: 'chat', icon: IconChat },
  { key: 'payment', icon: IconPaymentCheck },
  { key: 'shipping', icon: IconTruck },
  { key: 'withdraw', icon: IconBank },
] as const satisfies readonly { key: string; icon: ComponentType<IconProps> }[];

export function HomePage() {
  const { t } = useTranslation();

  return (
    <div className="page home" data-testid="home">
      <header className="home__intro">
        <h1 className="home__title">{t('home.title')}</h1>
        <p className="home__tagline">{t('home.tagline')}</p>
      </header>

      <div className="home__actions">
        <Link className="button button--primary" to={appPaths.join}>
          <IconLabel icon={IconEnter}>{t('home.join')}</IconLabel>
        </Link>
        <p className="hint">{t('home.joinHint')}</p>
      </div>

      <p>{t('home.intro')}</p>

      <p className="note">
        <IconInfo className="note__icon" />
        <span>{t('home.practiceOnly')}</span>
      </p>

      <section aria-labelledby="home-steps-title">
        <h2 id="home-steps-title">{t('home.stepsTitle')}</h2>
        <ol className="steps">
          {STEPS.map(({ key, icon: StepIcon }) => (
            <li key={key} className="steps__item">
              <span className="steps__icon">
                <StepIcon />
              </span>
              <span>{t(`home.steps.${key}`)}</span>
            </li>
          ))}
        </ol>
      </section>

      <Link className="button button--secondary" to={appPaths.facilitatorLogin}>
        <IconLabel icon={IconPerson}>{t('home.facilitatorLogin')}</IconLabel>
      </Link>
    </div>
  );
}
