// The part of react-i18next this app uses (useTranslation and initReactI18next), over i18next-lite.ts: a
// component re-renders when the language changes or its words arrive, and gets a `t` that stays the same object
// until then. vite.config.ts maps `react-i18next` here.
import { useMemo, useSyncExternalStore } from 'react';
import i18next, { type I18nLite } from './i18next-lite';

let instance: I18nLite = i18next;
let version = 0;
const subscribers = new Set<() => void>();

function bump(): void {
  version += 1;
  for (const subscriber of [...subscribers]) subscriber();
}

export const initReactI18next = {
  type: '3rdParty',
  init(i18n: I18nLite): void {
    instance = i18n;
    i18n.on('languageChanged', bump);
    i18n.on('added', bump);
  },
};

function subscribe(onChange: () => void): () => void {
  subscribers.add(onChange);
  return () => subscribers.delete(onChange);
}

const snapshot = () => version;

export function useTranslation() {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => {
    const i18n = instance;
    // A new function per language (or new words), so effects and memos that depend on `t` run again.
    const t: I18nLite['t'] = (key, options) => i18n.t(key, options);
    return { t, i18n, ready: true, version: current };
  }, [current]);
}
