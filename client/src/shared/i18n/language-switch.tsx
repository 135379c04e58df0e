import { useTranslation } from 'react-i18next';
import { IconGlobe } from '../ui/icons';
import { chooseLanguage, currentLanguage, LANGUAGES } from './i18n';

/** ID / EN toggle for the app header. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();

  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      <IconGlobe className="language-switch__icon" />
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          lang={language}
          aria-pressed={language === active}
          title={t(language === 'id' ? 'language.idName' : 'language.enName')}
          onClick={() => void chooseLanguage(language).catch(() => undefined)}
        >
          {t(language === 'id' ? 'language.id' : 'language.en')}
        </button>
      ))}
    </div>
  );
}
