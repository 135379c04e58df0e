import { cleanDisplayName, nameKey, numberedName } from './participant-name.js';

describe('participant names', () => {
  it.each([
    ['  Siti   Aminah ', 'Siti Aminah'],
    ['Sri\tWahyuni', 'Sri Wahyuni'],
  ])('cleans %j to %j', (input, clean) => expect(cleanDisplayName(input)).toBe(clean));

  it('treats names that differ only in case and spaces as the same name', () => {
    expect(nameKey(' SITI  aminah')).toBe(nameKey('Siti Aminah'));
  });

  it.each([
    ['Siti', 1, 'Siti'],
    ['Siti', 2, 'Siti (2)'],
    ['Siti', 11, 'Siti (11)'],
  ])('%s number %i is shown as %s', (name, n, shown) => expect(numberedName(name, n)).toBe(shown));
});
