// The checkout's choices so far (a courier per shop, the payment method, the note to the seller), kept in this tab
// as they are made: a reload of the checkout page (or the phone bringing the tab back) does not wipe them. Kept per
// checkout (the cart, or one "Beli Sekarang" product and quantity) and dropped once its order is placed. The address
// is kept apart, on the phone, for every later checkout (address-draft.ts).
import type { PaymentMethodCode } from './api/checkout-types';
import type { CourierChoices } from './checkout-draft';
import { forget, keep, readKept } from './kept-on-phone';

export interface ChoicesDraft {
  couriers: CourierChoices;
  method: PaymentMethodCode | undefined;
  note: string;
}

export const EMPTY_CHOICES: ChoicesDraft = { couriers: {}, method: undefined, note: '' };

const storageKey = (participantId: string, checkout: string) => `pasar-latihan.checkout.${participantId}.${checkout}`;

function isDraft(value: unknown): value is ChoicesDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { couriers, method, note } = value as Record<string, unknown>;
  return (
    typeof couriers === 'object' &&
    couriers !== null &&
    Object.values(couriers).every((code) => typeof code === 'string') &&
    (method === undefined || typeof method === 'string') &&
    typeof note === 'string'
  );
}

/** The choices made so far for this checkout in this tab; none when there are none (or they cannot be read). */
export function loadChoices(participantId: string, checkout: string): ChoicesDraft {
  return readKept('sessionStorage', storageKey(participantId, checkout), isDraft) ?? EMPTY_CHOICES;
}

export function saveChoices(participantId: string, checkout: string, draft: ChoicesDraft): void {
  keep('sessionStorage', storageKey(participantId, checkout), draft);
}

export function clearChoices(participantId: string, checkout: string): void {
  forget('sessionStorage', storageKey(participantId, checkout));
}
