// The checkout's choices so far (a courier per shop, the payment method, the note to the seller), kept in this tab
// as they are made: a reload of the checkout page (or the phone bringing the tab back) does not wipe them. Kept per
// checkout (the cart, or one "Beli Sekarang" product and quantity) and dropped once its order is placed. The address
// is kept apart, on the phone, for every later checkout (address-draft.ts).
// The checkout's Idempotency-Key is kept with them: when "Buat Pesanan" reached the server but its answer was lost and
// the buyer reloads, the next tap sends the same key and gets the order already made, not a second one. (A checkout
// that failed stored nothing on the server, so its key is free for the next try.)
import type { PaymentMethodCode } from './api/checkout-types';
import type { CourierChoices } from './checkout-draft';
import { forget, keep, readKept } from './kept-on-phone';
import { isIdempotencyKey } from '../../shared/api/idempotency-key';

export interface ChoicesDraft {
  couriers: CourierChoices;
  method: PaymentMethodCode | undefined;
  note: string;
  /** The Idempotency-Key of "Buat Pesanan" for this checkout, once one was made. */
  key?: string | undefined;
}

export const EMPTY_CHOICES: ChoicesDraft = { couriers: {}, method: undefined, note: '' };

const storageKey = (participantId: string, checkout: string) => `pasar-latihan.checkout.${participantId}.${checkout}`;

function isDraft(value: unknown): value is ChoicesDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { couriers, method, note, key } = value as Record<string, unknown>;
  return (
    typeof couriers === 'object' &&
    couriers !== null &&
    Object.values(couriers).every((code) => typeof code === 'string') &&
    (method === undefined || typeof method === 'string') &&
    typeof note === 'string' &&
    (key === undefined || isIdempotencyKey(key))
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
