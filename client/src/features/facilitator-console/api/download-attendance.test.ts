import { describe, expect, it } from 'vitest';
import { attachmentFilename } from './download-attendance';

describe('attachmentFilename', () => {
  it.each([
    ['attachment; filename="daftar-hadir-2026-11-28-KMNPQR.csv"', 'daftar-hadir-2026-11-28-KMNPQR.csv'],
    ['attachment; filename=daftar.csv', 'daftar.csv'],
    ["attachment; filename*=UTF-8''daftar%20hadir.csv", 'daftar hadir.csv'],
    ['attachment', 'daftar-hadir.csv'],
    [null, 'daftar-hadir.csv'],
  ])('reads %j as %j', (header, expected) => {
    expect(attachmentFilename(header, 'daftar-hadir.csv')).toBe(expected);
  });
});
