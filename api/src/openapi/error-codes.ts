// The one registry of error codes: every code the API can answer with, collected from the platform's list and each
// capability's `<x>.errors.ts`. The OpenAPI document publishes it as the `ErrorCode` enum of the error response's
// `code` (openapi.ts), so the generated client types carry it and the client's message map is a
// `Record<ErrorCode | 'NETWORK_ERROR', …>` that fails to compile when a code has no translation.
// A code is thrown only through its owner's `domainErrorsOf(list)`, which takes only codes of that list, and
// `new DomainError` is refused by ESLint outside common/errors/, so a code missing here cannot be thrown.
import { AUTH_ERROR_CODES } from '../auth/auth.errors.js';
import { CATALOG_ERROR_CODES } from '../catalog/catalog.errors.js';
import { CERTIFICATE_ERROR_CODES } from '../certificates/certificates.errors.js';
import { CHAT_ERROR_CODES } from '../chat/chat.errors.js';
import { CLASS_ERROR_CODES } from '../classes/classes.errors.js';
import { CLOCK_ERROR_CODES } from '../clock/clock.errors.js';
import { IDEMPOTENCY_ERROR_CODES } from '../common/errors/idempotency.errors.js';
import { PLATFORM_ERROR_CODE_LIST } from '../common/errors/platform.errors.js';
import { LEARNING_CHECK_ERROR_CODES } from '../learning-check/learning-check.errors.js';
import { MEDIA_ERROR_CODES } from '../media/media.errors.js';
import { MISSION_ERROR_CODES } from '../missions/missions.errors.js';
import { NOTIFICATION_ERROR_CODES } from '../notifications/notifications.errors.js';
import { ORDER_ERROR_CODES } from '../orders/order.errors.js';
import { PAYER_REFUSAL_CODES, PAYMENT_ERROR_CODES } from '../payments/payment.errors.js';
import { PROGRAMME_ERROR_CODES } from '../programme/programme.errors.js';
import { REGION_ERROR_CODES } from '../regions/regions.errors.js';
import { REVIEW_ERROR_CODES } from '../reviews/reviews.errors.js';
import { PRACTICE_ERROR_CODES } from '../practice/practice.errors.js';
import { SCENARIO_ERROR_CODES } from '../scenarios/scenarios.errors.js';
import { SHIPPING_ERROR_CODES } from '../shipping/shipping.errors.js';
import { WALLET_ERROR_CODES } from '../wallet/wallet.errors.js';

/**
 * Each owner's list, by owner. The payment simulator's payer refusals (an outside party in this process, which
 * shares no code) are the ones payments passes on, `PAYER_REFUSAL_CODES`; error-codes.spec.ts holds the two equal.
 */
export const ERROR_CODES_BY_OWNER = {
  platform: PLATFORM_ERROR_CODE_LIST,
  idempotency: IDEMPOTENCY_ERROR_CODES,
  auth: AUTH_ERROR_CODES,
  regions: REGION_ERROR_CODES,
  media: MEDIA_ERROR_CODES,
  catalog: CATALOG_ERROR_CODES,
  classes: CLASS_ERROR_CODES,
  clock: CLOCK_ERROR_CODES,
  payments: PAYMENT_ERROR_CODES,
  payerRefusals: PAYER_REFUSAL_CODES,
  orders: ORDER_ERROR_CODES,
  shipping: SHIPPING_ERROR_CODES,
  wallet: WALLET_ERROR_CODES,
  chat: CHAT_ERROR_CODES,
  reviews: REVIEW_ERROR_CODES,
  notifications: NOTIFICATION_ERROR_CODES,
  missions: MISSION_ERROR_CODES,
  scenarios: SCENARIO_ERROR_CODES,
  learningCheck: LEARNING_CHECK_ERROR_CODES,
  certificates: CERTIFICATE_ERROR_CODES,
  programme: PROGRAMME_ERROR_CODES,
  practice: PRACTICE_ERROR_CODES,
} as const;

type Lists = typeof ERROR_CODES_BY_OWNER;
/** Every code the API can answer with. */
export type ErrorCode = { [Owner in keyof Lists]: Lists[Owner][number] }[keyof Lists];

/** The same codes, sorted, as the OpenAPI enum lists them. */
export const ERROR_CODES: readonly ErrorCode[] = [...new Set<ErrorCode>(Object.values(ERROR_CODES_BY_OWNER).flat())].sort();
