import { COURIER_SERVICES } from './courier-services.js';
import { generateResi, normaliseResi, resiFraction, resiPattern } from './resi.js';

/** A fixed "random" sequence: 0.0, 0.1, … 0.9, 0.0, … */
function sequence(): () => number {
  let i = 0;
  return () => (i++ % 10) / 10;
}

describe('resi numbers', () => {
  it.each([
    ['jne-reg', /^01\d{14}$/],
    ['jnt-ez', /^JP\d{10}$/],
    ['sicepat-reg', /^00\d{10}$/],
    ['anteraja-reg', /^10\d{12}$/],
    ['pos-reguler', /^P\d{13}$/],
    ['gosend-instant', /^GK-\d{2}-\d{9}$/],
    ['grab-sameday', /^IN-\d{2}-\d{9}$/],
  ])('%s makes resi numbers shaped %s', (code, shape) => {
    const service = COURIER_SERVICES.find((s) => s.code === code)!;
    for (let i = 0; i < 50; i++) {
      const resi = generateResi(service.awbFormat);
      expect(resi).toMatch(shape);
      expect(resi).toMatch(resiPattern(service.awbFormat));
    }
  });

  it.each([
    ['JP##########', 'JP0123456789'],
    ['00##########', '000123456789'],
    ['GK-##-#########', 'GK-01-234567890'],
  ])('fills %s digit by digit from the random source', (format, expected) => {
    expect(generateResi(format, sequence())).toBe(expected);
  });

  it('never writes a digit 10, even when the source gives its very top', () => {
    expect(generateResi('JP####', () => 0.99999999)).toBe('JP9999');
  });

  it.each([
    ['JP##########', 'JP0123456789', true],
    ['JP##########', 'JP012345678', false],
    ['JP##########', 'XJP0123456789', false],
    ['GK-##-#########', 'GK-01-234567890', true],
    ['GK-##-#########', 'GK0123456789000', false],
  ])('pattern of %s matches %s: %s', (format, resi, ok) => {
    expect(resiPattern(format).test(resi)).toBe(ok);
  });

  it.each([
    [' jp 0123 456 789 ', 'JP0123456789'],
    ['gk-01-234567890', 'GK-01-234567890'],
    ['123', null],
    ['JP01234567<script>', null],
  ])('tidies what a person typed: %j → %j', (input, expected) => {
    expect(normaliseResi(input)).toBe(expected);
  });

  it('gives each resi a fixed fraction in [0, 1)', () => {
    const a = resiFraction('JP0123456789');
    expect(a).toBe(resiFraction('JP0123456789'));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(1);
    expect(resiFraction('JP0123456788')).not.toBe(a);
  });
});
