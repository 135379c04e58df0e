// Every domain event the API records: its type string and the payload it carries. One map for the recorder
// (`UnitOfWork` via `DomainEventInput`), the `onRecorded` listeners, the socket layer and the client, which imports
// this file as types only (`client/src/shared/realtime/class-event.ts`): renaming a field here breaks both builds.
//
// Pure types, no imports: the client compiles this file with its own settings. Parts of a payload that are API
// views (a storefront item, a chat message, a notification) are type parameters, so the API fills them with its DTO
// classes and the client with the same DTOs from the generated OpenAPI schema.

/** The order states, as `api/src/orders/order-state.ts` names them (checked there against `ORDER_STATES`). */
export type EventOrderState = 'AWAITING_PAYMENT' | 'PAID' | 'SHIPPED' | 'DELIVERED' | 'COMPLETED' | 'CANCELLED' | 'RETURNED';

/** The API views some payloads embed. */
export interface EventViews {
  storefrontItem: object;
  chatMessage: object;
  notification: object;
}

/** What every order event says: which order, whose, and in which state it now is. */
export type OrderEventBase = {
  orderId: string;
  invoiceNumber: string;
  shopId: string;
  buyerId: string;
  state: EventOrderState;
};

type ScenarioRun = { runId: string; scenarioId: string };

export type DomainEventMap<V extends EventViews = EventViews> = {
  // --- identity and classes
  'auth.logged_out': Record<string, never>;
  'class.created': { name: string; joinCode: string; clonedFrom?: string; products?: number };
  'class.updated': { name?: string; location?: string; timeZone?: string; status?: string; joinCode?: string; statusChangedAt?: undefined; [field: string]: unknown };
  'class.facilitator_added': { facilitatorId: string; name?: string };
  'class.facilitator_removed': { facilitatorId: string; name: string };
  'class.reset': { orders: number; participants: number; keptProducts: number; keptPersonas: number };
  'class.order_settings_changed': { paymentHours: number; shipByDays: number; autoCompleteDays: number; adminFee: number | null };
  'class.wallet_settings_changed': { sellerFeePercent: number; withdrawalFee: number; minWithdrawal: number; promotionPricePerDay: number };
  'participant.joined': { participantId: string; name: string; role: 'trainee' | 'buyer'; shopId: string | null; joinedAt: string };
  'participant.pin_issued': { participantId: string; expiresAt: string };
  'participant.pin_login': { participantId: string };
  'participant.persona_created': { participantId: string; name: string };
  'participant.persona_updated': { participantId: string; name?: string; destination?: 'near' | 'city' | 'far' };
  'clock.changed': { simNow: string; speed: number; paused: boolean; version: number };

  // --- catalog
  'shop.updated': { shopId: string; name?: string; description?: string | null };
  'product.created': V['storefrontItem'];
  'product.updated': V['storefrontItem'];
  'review.created': { reviewId: string; productId: string; orderId: string; shopId: string; rating: number };

  // --- orders
  'order.placed': OrderEventBase & {
    state: 'AWAITING_PAYMENT';
    total: number;
    itemCount: number;
    /** The products of its lines, once each (a promotion running for one of them counts the order). */
    productIds: string[];
    paymentMethod: string;
    placedAt: string;
    paymentDueAt: string | null;
  };
  'order.payment_not_applied': { orderId: string; invoiceNumber: string; state: EventOrderState; code: string };
  'order.paid': OrderEventBase & { state: 'PAID'; total: number; paymentMethod: string; paidAt: string; shipByAt: string };
  'order.cancelled': OrderEventBase & { state: 'CANCELLED'; from: EventOrderState; reason: string; refundDue: boolean };
  'order.ship_refused': OrderEventBase & { code: 'NOT_PAID' };
  'order.shipped': OrderEventBase & {
    state: 'SHIPPED';
    resi: string;
    courierCode: string;
    dropPointId: string;
    shippedAt: string;
    shipByAt: string | null;
    onTime: boolean;
  };
  'order.tracking': OrderEventBase & { resi: string; step: string; at: string; city: string | null };
  'order.delivery_will_fail': OrderEventBase & { rescheduled: boolean };
  'order.delivered': OrderEventBase & { state: 'DELIVERED'; receiver: string; cod: boolean; total: number; deliveredAt: string; autoCompleteAt: string };
  'order.returned': OrderEventBase & { state: 'RETURNED'; from: 'SHIPPED'; reason: 'delivery_failed'; refundDue: boolean; total: number; returnedAt: string };
  'order.completed': OrderEventBase & { state: 'COMPLETED'; by: 'buyer' | 'system'; total: number; completedAt: string };

  // --- payments
  'payment.amount_mismatch': { orderId: string; expected: number; notified: unknown };
  'payment.settled_after_close': { orderId: string; amount: number; paymentState: string };
  /** A settlement arrived after the order closed: posted and refunded to the buyer in full (issue 15). */
  'order.late_payment_refunded': { orderId: string; invoiceNumber: string; shopId: string; buyerId: string; state: string; total: number };

  // --- wallet
  'wallet.funds_released': { shopId: string; orderId: string; invoiceNumber: string; amount: number; fee: number };
  'wallet.refunded': { orderId: string; invoiceNumber: string; shopId: string; buyerId: string; amount: number; latePayment?: boolean };
  'wallet.bank_account_registered': { shopId: string; bankCode: string };
  'wallet.bank_account_closed': { shopId: string };
  'wallet.withdrawal_requested': { shopId: string; withdrawalId: string; amount: number; fee: number };
  'wallet.withdrawal_succeeded': WithdrawalOutcome;
  'wallet.withdrawal_failed': WithdrawalOutcome;
  'promotion.started': { shopId: string; productId: string; promotionId: string; days: number; fee: number; endsAt: string };

  // --- chat and notifications
  'chat.message_sent': {
    conversationId: string;
    shopId: string;
    buyerId: string;
    sellerId: string;
    senderId: string;
    senderRole: 'buyer' | 'seller';
    senderName: string;
    kind: string;
    flags: string[];
    automatic: boolean;
    message: V['chatMessage'] | undefined;
  };
  'chat.read': ChatMarks;
  'chat.delivered': ChatMarks;
  'notification.created': { participantId: string; notification: V['notification'] };
  'notification.read': { ids: string[] };

  // --- missions and the facilitator's tools
  'mission.progress': {
    participantId: string;
    shopId: string | null;
    name: string;
    missions: { id: string; state: 'done' | 'todo' | 'failed' }[];
    completed: string[];
    failed: string[];
    doneCount: number;
    total: number;
  };
  'missions.settings_changed': { missions: { id: string; enabled: boolean }[] };
  'demo_orders.requested': { batchId: string; count: number; personaName: string; paymentMethod: string; payNow: boolean };
  'scenario.started': ScenarioRun & { participantId: string; shopId: string; personaId: string };
  /** A run parked on the class clock (a `wait` step): consoles show it waiting, not running. */
  'scenario.waiting': ScenarioRun & { participantId: string; shopId: string; dueSim: string };
  'scenario.order_linked': ScenarioRun & { orderId: string; invoiceNumber: string; shopId: string; role: string };
  'scenario.finished': ScenarioRun & { participantId: string; shopId: string; orderIds: string[]; status: 'finished' | 'failed'; code?: string };

  // --- after the training: "Cek Pemahaman" and "Sertifikat"
  'learning_check.questions_changed': { count: number };
  /** A facilitator opened the check after the lessons: the phones ask the questions again. */
  'learning_check.round_opened': { round: 'after' };
  'certificate.issued': { participantId: string; name: string };
  'certificates.settings_changed': { requiredMissions: string[] };

  // --- after the training: "Latihan Mandiri"
  'practice.settings_changed': { enabled: boolean; daysOpen: number; ordersPerDay: number; endsAt: string | null };
  /** "Kirim pesan ke kelas": becomes a notification for each trainee named. */
  'practice.class_message': { text: string; from: string; recipientIds: string[] };
};

/** A payout's outcome; a failed one says why. */
type WithdrawalOutcome = { shopId: string; withdrawalId: string; amount: number; fee: number; failureCode?: 'ACCOUNT_CLOSED' };

type ChatMarks = {
  conversationId: string;
  shopId: string;
  buyerId: string;
  readerId: string;
  readerRole: 'buyer' | 'seller';
  readUpTo: string | null;
  deliveredUpTo: string | null;
};

export type EventType = keyof DomainEventMap;

