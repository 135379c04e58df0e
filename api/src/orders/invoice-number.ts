// Pure: readable invoice numbers like INV/20261128/PL/0001 (issue 5), in the style Indonesian marketplaces print.
// The date is the order's simulated time in WIB (UTC+7, no daylight saving), so 17:00 UTC already counts as the next day.
// The sequence comes from the caller (a class or global counter), so the number is unique while the date stays readable.
import { isoDate, wallClock } from '../common/time/zoned-time.js';

export const INVOICE_PREFIX = 'INV';
/** "PL": Pasar Latihan, where a real marketplace prints its own code. */
export const INVOICE_MARKETPLACE_CODE = 'PL';
const SEQUENCE_DIGITS = 4;

export interface InvoiceNumberParts {
  /** "2026-11-28", the WIB calendar date. */
  wibDate: string;
  sequence: number;
}

/** "20261128" for any moment of 28 November 2026 in WIB. */
export function wibDateStamp(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid date');
  return isoDate(wallClock(at, 'Asia/Jakarta')).replaceAll('-', '');
}

export function formatInvoiceNumber(simNow: Date, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`An invoice sequence is a whole number ≥ 1, got ${sequence}`);
  return [INVOICE_PREFIX, wibDateStamp(simNow), INVOICE_MARKETPLACE_CODE, String(sequence).padStart(SEQUENCE_DIGITS, '0')].join('/');
}

const INVOICE_PATTERN = /^INV\/(\d{4})(\d{2})(\d{2})\/PL\/(\d{4,15})$/;

/** The parts of a well-formed invoice number; null for anything else, including a non-existent date or extra leading zeros. */
export function parseInvoiceNumber(text: string): InvoiceNumberParts | null {
  const match = INVOICE_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, digits] = match;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return null;
  const sequence = Number(digits);
  // One number, one spelling: 0001 and 10000, never 00001 or 0000.
  if (sequence < 1 || String(sequence).padStart(SEQUENCE_DIGITS, '0') !== digits) return null;
  return { wibDate: `${year}-${month}-${day}`, sequence };
}
