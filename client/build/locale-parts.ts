// The words of a locale file in two parts, so a trainee's phone never downloads the facilitator's: `id.json` stays
// the one file translators edit (and the type of t()), and this plugin serves `virtual:locale/<lang>/<part>`:
// `desk`, the sections only the facilitator's console and the payment simulator show, and `core`, everything else.
// The core goes in the first load (src/shared/i18n/i18n.ts); the desk words are a chunk of their own, fetched by
// the desk screens before they render (src/shared/i18n/desk-words.tsx). About 6 KB less on every first load.
import fs from 'node:fs';
import type { Plugin } from 'vite';

/** Top-level sections of the locale files read only on the facilitator's and the simulator's screens. */
export const DESK_SECTIONS = ['console', 'feed', 'scenarios', 'simulator', 'report'] as const;

const PREFIX = 'virtual:locale/';
const RESOLVED = '\0locale-part:';

export function pickPart(words: Record<string, unknown>, part: 'core' | 'desk'): Record<string, unknown> {
  const desk = new Set<string>(DESK_SECTIONS);
  return Object.fromEntries(Object.entries(words).filter(([section]) => desk.has(section) === (part === 'desk')));
}

export function localeParts(localeDir: URL): Plugin {
  return {
    name: 'pasar-latihan-locale-parts',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const [language, part] = id.slice(RESOLVED.length).split('/');
      if (!/^[a-z]{2}$/.test(language ?? '') || (part !== 'core' && part !== 'desk')) this.error(`unknown locale part ${id}`);
      const file = new URL(`${language}.json`, localeDir);
      this.addWatchFile(file.pathname);
      const words = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(pickPart(words, part))};\n`;
    },
  };
}
