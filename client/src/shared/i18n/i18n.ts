// i18next set up once for the whole app. Bahasa Indonesia is the default and the fallback, and the only
// language in the first load: English is a chunk of its own, fetched when someone picks it (or picked it before),
// so the trainees' phones never download words they do not read. A language the user picks is remembered on this device.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type id from './id.json';
// The first load carries the core words only; the facilitator's and the simulator's arrive with their screens
// (client/build/locale-parts.ts, desk-words.tsx).
import idCore from 'virtual:locale/id/core';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

const STORAGE_KEY = 'pasar-latihan.language';

export const resources = {
  id: { translation: idCore },
} as const;

/** en.json, type-checked against id.json: the same keys, or the build fails. */
async function loadEnglish(): Promise<typeof id> {
  const { default: en } = await import('./en.json');
  return en satisfies typeof id;
}

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

async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  if (language === 'en') i18next.addResourceBundle('en', 'translation', await loadEnglish());
}

/** Switches the language now (once its words have arrived) and remembers it for the next visit. */
export async function chooseLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
}

/** The language currently shown, as one of ours. */
export function currentLanguage(): Language {
  const resolved = i18next.resolvedLanguage;
  return isLanguage(resolved) ? resolved : DEFAULT_LANGUAGE;
}

/**
 * Tests only (src/testing/setup.ts, after each test): back to a first visit, in Bahasa Indonesia with English not
 * yet downloaded, since the test files of a worker share this module (vite.config.ts, isolate: false).
 */
export async function resetLanguageForTests(): Promise<void> {
  i18next.removeResourceBundle('en', 'translation');
  await i18next.changeLanguage(DEFAULT_LANGUAGE);
}

i18next.on('languageChanged', syncDocumentLanguage);

void i18next.use(initReactI18next).init({
  resources,
  // The first render is always in Bahasa Indonesia (bundled, so initialised synchronously and already translated).
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false }, // React escapes already
});
syncDocumentLanguage(currentLanguage());

// Someone who chose English before gets it as soon as its chunk arrives.
const stored = readStoredLanguage();
if (stored && stored !== DEFAULT_LANGUAGE) {
  void chooseLanguage(stored).catch(() => {
    // The chunk did not arrive (weak signal): stay in Bahasa Indonesia; the switch can be pressed again.
  });
}

export { i18next as i18n };
