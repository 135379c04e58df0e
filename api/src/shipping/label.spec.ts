import { maskPhone } from './label.js';

describe('maskPhone', () => {
  it.each([
    ['081234565678', '0812****5678'],
    ['0812-3456-5678', '0812****5678'],
    ['0812345678901', '0812*****8901'],
    ['+6281234565678', '+6281*****5678'],
    ['08123456', '08****56'],
    ['12345', '*****'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('never prints the middle digits', () => {
    expect(maskPhone('081299887766')).not.toContain('9988');
  });
});
