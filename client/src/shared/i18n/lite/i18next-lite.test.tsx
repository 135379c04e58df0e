import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18next, { I18nLite } from './i18next-lite';
import { initReactI18next, useTranslation } from './react-i18next-lite';

// A test below hands useTranslation a fresh instance: give it back the app's, which the other files of a shared
// worker (vite.config.ts, isolate: false) render with.
afterEach(() => {
  initReactI18next.init(i18next);
});

function fresh(): I18nLite {
  const i18n = new I18nLite();
  void i18n.init({
    lng: 'id',
    fallbackLng: 'id',
    resources: {
      id: {
        translation: {
          order: { items_other: '{{count}} barang', total: 'Total {{total}} dari {{shop}}', only: 'Hanya di id' },
          greet: 'Halo {{person.name}}',
        },
      },
    },
  });
  return i18n;
}

describe('i18next-lite (what the app uses of i18next)', () => {
  it('reads nested keys, interpolates values (nested too), and leaves React to escape', () => {
    const i18n = fresh();
    expect(i18n.t('order.total', { total: 'Rp 25.000', shop: 'Toko <Sri>' })).toBe('Total Rp 25.000 dari Toko <Sri>');
    expect(i18n.t('greet', { person: { name: 'Sri' } })).toBe('Halo Sri');
    expect(i18n.t('order.total')).toBe('Total  dari ');
  });

  it('picks the plural form by the language’s rules, and falls back to the fallback language', () => {
    const i18n = fresh();
    expect(i18n.t('order.items', { count: 1 })).toBe('1 barang');
    i18n.addResourceBundle('en', 'translation', { order: { items_one: '{{count}} item', items_other: '{{count}} items' } });
    void i18n.changeLanguage('en');
    expect(i18n.t('order.items', { count: 1 })).toBe('1 item');
    expect(i18n.t('order.items', { count: 3 })).toBe('3 items');
    expect(i18n.t('order.only')).toBe('Hanya di id');
    expect(i18n.resolvedLanguage).toBe('en');
  });

  it('answers a missing key with its defaultValue or the key, and says whether a key exists', () => {
    const i18n = fresh();
    expect(i18n.t('nope.key')).toBe('nope.key');
    expect(i18n.t('nope.key', { defaultValue: 'Lainnya' })).toBe('Lainnya');
    expect(i18n.exists('order.total')).toBe(true);
    expect(i18n.exists('order')).toBe(false);
    expect(i18n.exists('nope')).toBe(false);
  });

  it('forgets a bundle that is removed, and falls back', () => {
    const i18n = fresh();
    i18n.addResourceBundle('en', 'translation', { order: { only: 'English only' } });
    void i18n.changeLanguage('en');
    expect(i18n.t('order.only')).toBe('English only');
    i18n.removeResourceBundle('en', 'translation');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.resolvedLanguage).toBe('id');
    expect(i18n.t('order.only')).toBe('Hanya di id');
  });

  it('re-renders a component with a new t when the language changes', async () => {
    const i18n = fresh();
    i18n.use(initReactI18next);
    i18n.addResourceBundle('en', 'translation', { order: { only: 'English only' } });
    function Words() {
      const { t } = useTranslation();
      return <p>{t('order.only' as never)}</p>;
    }
    render(<Words />);
    expect(screen.getByText('Hanya di id')).toBeTruthy();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('English only')).toBeTruthy();
  });
});
