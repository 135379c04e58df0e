// The delivery address as the buyer types it, its checks (the same bounds as the API's AddressInput), and the
// address as last typed, remembered on this phone through a reload and for the next checkout. It stays on the
// buyer's own device only.
import type { AddressInput } from './api/checkout-types';
import { keep, readKept } from './kept-on-phone';

export interface AddressDraft {
  recipient: string;
  phone: string;
  street: string;
  provinceCode: string;
  regencyCode: string;
  district: string;
}

export type AddressProblem = 'recipient' | 'phone' | 'street' | 'regency';

export const EMPTY_ADDRESS: AddressDraft = { recipient: '', phone: '', street: '', provinceCode: '', regencyCode: '', district: '' };

const MOBILE = /^(\+62|62|0)8\d{7,12}$/;
const REGENCY = /^\d{2}\.\d{2}$/;

/** "0812-3456 7890" → "081234567890": people type phone numbers with spaces and dashes. */
export function normalisePhone(phone: string): string {
  return phone.replace(/[\s.-]/g, '');
}

/** What is still missing or wrong, in the order the form shows the fields. */
export function addressProblems(draft: AddressDraft): AddressProblem[] {
  const problems: AddressProblem[] = [];
  const recipient = draft.recipient.trim();
  if (recipient.length < 2 || recipient.length > 60) problems.push('recipient');
  if (!MOBILE.test(normalisePhone(draft.phone))) problems.push('phone');
  const street = draft.street.trim();
  if (street.length < 5 || street.length > 200) problems.push('street');
  if (!REGENCY.test(draft.regencyCode)) problems.push('regency');
  return problems;
}

export function toAddressInput(draft: AddressDraft): AddressInput {
  const district = draft.district.trim();
  return {
    recipient: draft.recipient.trim(),
    phone: normalisePhone(draft.phone),
    street: draft.street.trim(),
    regencyCode: draft.regencyCode,
    ...(district ? { district: district.slice(0, 60) } : {}),
  };
}

const storageKey = (participantId: string) => `pasar-latihan.address.${participantId}`;

function isDraft(value: unknown): value is AddressDraft {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (Object.keys(EMPTY_ADDRESS) as (keyof AddressDraft)[]).every((key) => typeof record[key] === 'string');
}

/** The address this person used last on this phone, or an empty one with their name as the recipient. */
export function loadAddress(participantId: string, name: string): AddressDraft {
  return readKept('localStorage', storageKey(participantId), isDraft) ?? { ...EMPTY_ADDRESS, recipient: name.slice(0, 60) };
}

/** Kept on this phone; when it cannot be, the order is placed all the same. */
export function saveAddress(participantId: string, draft: AddressDraft): void {
  keep('localStorage', storageKey(participantId), draft);
}
