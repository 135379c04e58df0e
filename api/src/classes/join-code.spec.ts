import { isJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from './join-code.js';

describe('join codes', () => {
  it.each(['0', 'O', '1', 'I', 'L', '5', 'S', '2', 'Z', '8', 'B', 'U', 'V'])('never use the look-alike %s', (c) => {
    expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });

  it('are 6 characters of the alphabet', () => {
    for (let i = 0; i < 200; i++) expect(isJoinCode(newJoinCode())).toBe(true);
  });

  it('use the whole alphabet', () => {
    let n = 0;
    const sequence = () => n++ % JOIN_CODE_ALPHABET.length;
    expect(newJoinCode(sequence)).toBe(JOIN_CODE_ALPHABET.slice(0, 6));
  });

  it.each([
    ['ac d-e f', 'ACDEF'],
    ['  kmnpqr ', 'KMNPQR'],
  ])('normalizes %j to %s', (input, code) => {
    expect(normalizeJoinCode(input)).toBe(code);
  });

  it.each([
    ['ACDEFG', true],
    ['ACDEF', false],
    ['ACDEFGH', false],
    ['ACDEF0', false],
    ['acdefg', false],
  ])('%s is a code: %s', (code, valid) => {
    expect(isJoinCode(code)).toBe(valid);
  });
});
