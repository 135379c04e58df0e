// i18next set up once for the whole app. Bahasa Indonesia is the default and the fallback;
// a language the user picks is remembered on this device.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import id from './id.json';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

const STORAGE_KEY = 'pasar-latihan.language';

export const resources = {
  id: { translation: id },
  en: { translation: en satisfies typeof id },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// Storage can be unavailable (private mode, storage disabled): the app still works, it just forgets.
function readStoredLanguage(): Language | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the choice still applies until the page is closed.
  }
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Switches the language now and remembers it for the next visit. */
export async function chooseLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18next.changeLanguage(language);
}

/** The language currently shown, as one of ours. */
export function currentLanguage(): Language {
  const resolved = i18next.resolvedLanguage;
  return isLanguage(resolved) ? resolved : DEFAULT_LANGUAGE;
}

i18next.on('languageChanged', syncDocumentLanguage);

void i18next.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage() ?? DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  // Resources are bundled, so initialise synchronously: the first render is already translated.
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false }, // React escapes already
});
syncDocumentLanguage(currentLanguage());

export { i18next as i18n };
