// Makes t() accept only keys that exist in id.json (the source locale).
import 'i18next';
import type id from './id.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
    returnNull: false;
  }
}
