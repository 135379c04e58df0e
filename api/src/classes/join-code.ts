// Join codes are read off a projector and typed on cheap phones: 6 characters from an alphabet
// without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V).
import { randomInt } from 'node:crypto';

export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';
export const JOIN_CODE_LENGTH = 6;

/** `length` characters of the alphabet without look-alikes (join codes, certificate codes). */
export function readableCode(length: number, random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
  return code;
}

export function newJoinCode(random: (max: number) => number = randomInt): string {
  return readableCode(JOIN_CODE_LENGTH, random);
}

/** What someone typed → the code: case, spaces and dashes do not matter (join and certificate codes alike). */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
