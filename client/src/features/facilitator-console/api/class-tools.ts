import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type PersonaDestination = NonNullable<components['schemas']['CreatePersonaRequest']['destination']>;
export type ShopWalletSummary = components['schemas']['ShopWalletSummary'];
export type LedgerCheckView = components['schemas']['LedgerCheckView'];

/** POST /api/classes/{classId}/personas: a demo buyer persona, living near, in a city or far. */
export function createPersona(classId: string, body: components['schemas']['CreatePersonaRequest']) {
  return callApi(api.POST('/api/classes/{classId}/personas', { params: { path: { classId } }, body }));
}

/** PATCH /api/classes/{classId}/personas/{personaId}: rename a persona or move her. */
export function updatePersona(classId: string, personaId: string, body: components['schemas']['UpdatePersonaRequest']) {
  return callApi(api.PATCH('/api/classes/{classId}/personas/{personaId}', { params: { path: { classId, personaId } }, body }));
}

/** GET /api/classes/{classId}/wallets: every shop's saldo, money held and withdrawals. */
export function getClassWallets(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/wallets', { params: { path: { classId } }, signal }));
}

/** GET /api/classes/{classId}/ledger-check: does every rupiah of the class balance? */
export function getLedgerCheck(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/ledger-check', { params: { path: { classId } }, signal }));
}
