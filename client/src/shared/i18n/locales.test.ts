import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf key as a dotted path, e.g. "home.steps.chat". */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function leafValues(tree: Tree): [string, string][] {
  const values = new Map<string, string>();
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') values.set(`${prefix}${key}`, value);
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(tree, '');
  return [...values];
}

const idKeys = leafKeys(id);
const enKeys = leafKeys(en);

describe('locales', () => {
  it('speaks to the trainee with one voice, "Anda" (never "Ibu")', () => {
    const ibu = leafValues(id as Tree).filter(([, value]) => /\bIbu\b/.test(value));
    expect(ibu.map(([key]) => key)).toEqual([]);
  });

  it('has no key in id.json that en.json lacks', () => {
    expect(idKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('has no key in en.json that id.json lacks', () => {
    expect(enKeys.filter((key) => !idKeys.includes(key))).toEqual([]);
  });

  it.each([
    ['id', id],
    ['en', en],
  ])('has no empty strings in %s.json', (_name, locale) => {
    expect(leafValues(locale).filter(([, value]) => value.trim() === '')).toEqual([]);
  });
});
