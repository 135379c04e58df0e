// A class join code is 6 letters or digits, shown in capitals on the facilitator's screen and QR code.
export const JOIN_CODE_LENGTH = 6;

const JOIN_CODE = /^[A-Z0-9]{6}$/;

/** What the trainee typed, as a code: capitals, no spaces or dashes, at most 6 characters. */
export function normalizeJoinCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, JOIN_CODE_LENGTH);
}

export function isValidJoinCode(code: string): boolean {
  return JOIN_CODE.test(code);
}
