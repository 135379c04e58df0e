import { describe, expect, it } from 'vitest';
import { chooseLanguage, currentLanguage, i18n } from './i18n';

describe('i18n', () => {
  it('starts in Bahasa Indonesia, with <html lang="id">, and has not downloaded English', () => {
    expect(currentLanguage()).toBe('id');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(document.documentElement.lang).toBe('id');
    expect(i18n.t('serverStatus.up')).toBe('Server tersambung');
  });

  it('switches to English (fetched on demand), remembers the choice and keeps <html lang> in sync', async () => {
    await chooseLanguage('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(currentLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('pasar-latihan.language')).toBe('en');
    expect(i18n.t('serverStatus.up')).toBe('Server connected');
  });
});
