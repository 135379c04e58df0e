import { describe, expect, it } from 'vitest';
import { programmeApiQuery, programmeKey, programmeSearch, readProgrammeFilter, signedPoints } from './programme-filter';

describe('programme filter', () => {
  it('reads the filter from the address and leaves out what is not a regency code or a day', () => {
    expect(readProgrammeFilter(new URLSearchParams('kabupaten=18.10&dari=2026-11-01&sampai=2026-11-30'))).toEqual({ regency: '18.10', from: '2026-11-01', to: '2026-11-30' });
    expect(readProgrammeFilter(new URLSearchParams('kabupaten=Pringsewu&dari=kemarin&sampai='))).toEqual({});
    expect(readProgrammeFilter(new URLSearchParams(''))).toEqual({});
  });

  it('writes the address in Indonesian and the API query in English, empty values left out', () => {
    const filter = { regency: '18.10', to: '2026-11-30' };
    expect(programmeSearch(filter)).toBe('kabupaten=18.10&sampai=2026-11-30');
    expect(programmeApiQuery(filter)).toBe('regency=18.10&to=2026-11-30');
    expect(programmeApiQuery({ regency: '', from: undefined })).toBe('');
    expect(readProgrammeFilter(new URLSearchParams(programmeSearch(filter)))).toEqual(filter);
    expect(programmeKey(filter)).not.toBe(programmeKey({ regency: '18.10' }));
  });

  it('signs the gain in points', () => {
    expect(signedPoints(50)).toBe('+50');
    expect(signedPoints(-10)).toBe('-10');
    expect(signedPoints(0)).toBe('0');
    expect(signedPoints(null)).toBeNull();
  });
});
