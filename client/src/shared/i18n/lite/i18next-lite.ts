// The part of i18next this app uses, in a few hundred bytes instead of about 13 KB (brotli) on every first load:
// nested keys, `{{name}}` interpolation (values as they are: React escapes), plurals by Intl.PluralRules
// (`key_one`, `key_other`), `defaultValue`, a fallback language, resource bundles added later, `exists`,
// `changeLanguage` and the `languageChanged` event. vite.config.ts maps `i18next` here, so the code and its types
// stay those of i18next (typed keys); a feature outside this subset (nesting `$t()`, `context`, `returnObjects`,
// formatters) is not supported and shows the key, which the locale tests would catch.
type Resources = Record<string, unknown>;
type Options = Record<string, unknown> & { count?: unknown; defaultValue?: unknown; lng?: string };
type Listener = (language: string) => void;

interface InitOptions {
  resources?: Record<string, Record<string, Resources>>;
  lng?: string;
  fallbackLng?: string | string[];
  supportedLngs?: readonly string[];
}

interface Plugin {
  type?: string;
  init?: (instance: I18nLite) => void;
}

function lookup(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

export class I18nLite {
  language = '';
  resolvedLanguage: string | undefined;
  languages: string[] = [];
  isInitialized = false;
  options: InitOptions = {};
  private store: Record<string, Record<string, Resources>> = {};
  private fallback: string[] = [];
  private listeners = new Map<string, Set<Listener>>();

  use(plugin: Plugin): this {
    plugin.init?.(this);
    return this;
  }

  init(options: InitOptions = {}): Promise<I18nLite['t']> {
    this.options = options;
    this.store = { ...options.resources };
    this.fallback = options.fallbackLng === undefined ? [] : Array.isArray(options.fallbackLng) ? [...options.fallbackLng] : [options.fallbackLng];
    this.setLanguage(options.lng ?? this.fallback[0] ?? 'en');
    this.isInitialized = true;
    this.emit('initialized', this.language);
    return Promise.resolve(this.t);
  }

  private setLanguage(language: string): void {
    this.language = language;
    this.languages = [language, ...this.fallback.filter((l) => l !== language)];
    this.resolvedLanguage = this.languages.find((l) => this.store[l]?.translation) ?? language;
  }

  changeLanguage(language: string): Promise<I18nLite['t']> {
    this.setLanguage(language);
    this.emit('languageChanged', language);
    return Promise.resolve(this.t);
  }

  hasResourceBundle(language: string, namespace: string): boolean {
    return Boolean(this.store[language]?.[namespace]);
  }

  addResourceBundle(language: string, namespace: string, resources: Resources): this {
    this.store[language] = { ...this.store[language], [namespace]: { ...this.store[language]?.[namespace], ...resources } };
    if (language === this.language) this.setLanguage(language);
    this.emit('added', language);
    return this;
  }

  removeResourceBundle(language: string, namespace: string): this {
    const bundles = { ...this.store[language] };
    delete bundles[namespace];
    this.store[language] = bundles;
    if (language === this.language) this.setLanguage(language);
    return this;
  }

  getResourceBundle(language: string, namespace: string): Resources | undefined {
    return this.store[language]?.[namespace];
  }

  on(event: string, listener: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }

  off(event: string, listener?: Listener): this {
    if (listener) this.listeners.get(event)?.delete(listener);
    else this.listeners.delete(event);
    return this;
  }

  private emit(event: string, language: string): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(language);
  }

  /** The string for `key` in the first language that has it (plural form first), or undefined. */
  private resolve(key: string, options: Options): string | undefined {
    const languages = options.lng ? [options.lng, ...this.fallback] : this.languages;
    for (const language of languages) {
      const bundle = this.store[language]?.translation;
      if (!bundle) continue;
      if (typeof options.count === 'number') {
        const plural = lookup(bundle, `${key}_${pluralCategory(language, options.count)}`);
        if (typeof plural === 'string') return plural;
      }
      const value = lookup(bundle, key);
      if (typeof value === 'string') return value;
    }
    return undefined;
  }

  exists = (key: string, options: Options = {}): boolean => this.resolve(key, options) !== undefined;

  t = (key: string | string[], options: Options = {}): string => {
    const keys = Array.isArray(key) ? key : [key];
    let template: string | undefined;
    for (const candidate of keys) {
      template = this.resolve(candidate, options);
      if (template !== undefined) break;
    }
    if (template === undefined) template = typeof options.defaultValue === 'string' ? options.defaultValue : keys[keys.length - 1]!;
    return template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (_, name: string) => {
      const value = lookup(options, name);
      return value === undefined || value === null ? '' : String(value);
    });
  };
}

const i18next = new I18nLite();
export default i18next;
export const t = i18next.t;
export type TFunction = I18nLite['t'];
