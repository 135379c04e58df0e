// What a trainee types when joining, checked as the API will check it (api/src/classes/dto/join.dto.ts):
// a name of 2–40 characters; a phone of 8–15 digits and a village of 2–120 characters, both optional.
export interface JoinDetailsInput {
  displayName: string;
  phone: string;
  village: string;
}

export type JoinDetailsProblem = 'nameRequired' | 'nameTooShort' | 'nameTooLong' | 'phoneInvalid' | 'villageTooShort' | 'villageTooLong';

export interface JoinDetails {
  displayName: string;
  phone?: string;
  village?: string;
}

export type JoinDetailsCheck =
  | { ok: true; details: JoinDetails }
  | { ok: false; problems: Partial<Record<keyof JoinDetailsInput, JoinDetailsProblem>> };

/** "0812-3456 7890" → "081234567890": people write numbers with spaces and dashes. */
export function normalizePhone(input: string): string {
  return input.replace(/[\s().-]/g, '');
}

export function checkJoinDetails(input: JoinDetailsInput): JoinDetailsCheck {
  const displayName = input.displayName.replace(/\s+/g, ' ').trim();
  const phone = normalizePhone(input.phone);
  const village = input.village.replace(/\s+/g, ' ').trim();
  const problems: Partial<Record<keyof JoinDetailsInput, JoinDetailsProblem>> = {};

  if (displayName.length === 0) problems.displayName = 'nameRequired';
  else if (displayName.length < 2) problems.displayName = 'nameTooShort';
  else if (displayName.length > 40) problems.displayName = 'nameTooLong';

  if (phone && !/^\+?\d{8,15}$/.test(phone)) problems.phone = 'phoneInvalid';

  if (village.length === 1) problems.village = 'villageTooShort';
  else if (village.length > 120) problems.village = 'villageTooLong';

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    details: { displayName, ...(phone ? { phone } : {}), ...(village ? { village } : {}) },
  };
}
