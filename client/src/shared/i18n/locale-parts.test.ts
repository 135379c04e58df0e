// The desk words (client/build/locale-parts.ts) are left out of the trainee's first load: a trainee or buyer
// screen that used one would show its key until a desk screen had been opened. So no code outside the facilitator
// console and the payment simulator may name a desk section, and the two parts together are the whole file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESK_SECTIONS, pickPart } from '../../../build/locale-parts';
import id from './id.json';

const SRC = path.resolve(__dirname, '../..');
const DESK_FEATURES = [path.join(SRC, 'features', 'facilitator-console'), path.join(SRC, 'features', 'payment-simulator')];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe('the desk words, apart from the first load', () => {
  it('are named by no trainee or buyer screen', () => {
    const key = new RegExp(`['"\`](${DESK_SECTIONS.join('|')})\\.[a-zA-Z$]`);
    const users = sourceFiles(SRC)
      .filter((file) => !DESK_FEATURES.some((dir) => file.startsWith(`${dir}${path.sep}`)))
      .filter((file) => key.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file));
    expect(users).toEqual([]);
  });

  it('split the locale file in two parts that together are all of it', () => {
    const core = pickPart(id, 'core');
    const desk = pickPart(id, 'desk');
    expect(Object.keys(desk).sort()).toEqual([...DESK_SECTIONS].sort());
    expect({ ...core, ...desk }).toEqual(id);
    expect(Object.keys(core)).toContain('errors');
  });
});
