import { describe, expect, it } from 'vitest';
import { checkJoinDetails, normalizePhone } from './join-details';

describe('checkJoinDetails', () => {
  it('accepts a name alone: phone and village may stay empty', () => {
    expect(checkJoinDetails({ displayName: '  Sriyati ', phone: '', village: ' ' })).toEqual({
      ok: true,
      details: { displayName: 'Sriyati' },
    });
  });

  it('keeps a phone written with spaces and dashes as digits, and the village', () => {
    expect(checkJoinDetails({ displayName: 'Siti', phone: '0812-3456 7890', village: 'Pekon  Ambarawa' })).toEqual({
      ok: true,
      details: { displayName: 'Siti', phone: '081234567890', village: 'Pekon Ambarawa' },
    });
  });

  it.each([
    [{ displayName: '', phone: '', village: '' }, { displayName: 'nameRequired' }],
    [{ displayName: 'S', phone: '', village: '' }, { displayName: 'nameTooShort' }],
    [{ displayName: 'S'.repeat(41), phone: '', village: '' }, { displayName: 'nameTooLong' }],
    [{ displayName: 'Siti', phone: '0812', village: '' }, { phone: 'phoneInvalid' }],
    [{ displayName: 'Siti', phone: '08abc12345', village: '' }, { phone: 'phoneInvalid' }],
    [{ displayName: 'Siti', phone: '', village: 'A' }, { village: 'villageTooShort' }],
  ])('refuses %j with %j', (input, problems) => {
    expect(checkJoinDetails(input)).toEqual({ ok: false, problems });
  });
});

describe('normalizePhone', () => {
  it.each([
    ['0812 3456 7890', '081234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['(0729) 21234', '072921234'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
});
