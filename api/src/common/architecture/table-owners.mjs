// Which capability owns each table (issue #16, "boundaries for data"). A capability is a folder of api/src/; it reads
// and writes only the tables it owns here. What another capability needs comes through the owner's service or
// repository (typed rows), or from a read model the owner publishes (READ_MODELS below).
//
// Checked in `npm run lint` by the `boundaries/table-owner` ESLint rule (./table-boundaries-rule.mjs):
//   - every `CREATE TABLE` in api/src/database/migrations/ must have an owner here, every `CREATE VIEW` an entry in
//     READ_MODELS;
//   - every SQL string, query-builder table name and @Entity in api/src/ (specs excepted) may name only tables its
//     folder owns, a read model (for reading, never writing), or a crossing listed in CROSSINGS.
// This file is plain JavaScript so that eslint.config.mjs can load it without a build; nothing in the app imports it.

/** table → owning folder of api/src/. */
export const TABLE_OWNERS = {
  // auth
  facilitator: 'auth',
  access_token: 'auth',
  auth_failure: 'auth',
  // platform: the activity log under UnitOfWork, rate limits, the app's own secrets
  activity: 'common',
  rate_limit_hit: 'common',
  app_secret: 'database',
  // clock and the durable scheduler
  sim_clock: 'clock',
  scheduled_task: 'clock',
  // classes and who is in them
  training_class: 'classes',
  class_facilitator: 'classes',
  participant: 'classes',
  // Cek Pemahaman (the check before and after) and Sertifikat
  learning_question: 'learning-check',
  learning_check_state: 'learning-check',
  learning_answer: 'learning-check',
  certificate_setting: 'certificates',
  certificate: 'certificates',
  practice_setting: 'practice',
  practice_visit: 'practice',
  // photos
  media: 'media',
  media_upload: 'media',
  // shops and products
  shop: 'catalog',
  product: 'catalog',
  product_photo: 'catalog',
  // a paid promotion ("Iklan") places a product first; the wallet sells it (wallet/promotions.service.ts)
  promotion: 'catalog',
  // orders
  cart_item: 'orders',
  checkout: 'orders',
  orders: 'orders',
  order_line: 'orders',
  order_history: 'orders',
  class_order_settings: 'orders',
  // payments (the marketplace's side)
  payment: 'payments',
  payment_notification: 'payments',
  // shipping
  shipment: 'shipping',
  tracking_event: 'shipping',
  // money after the order
  ledger_account: 'wallet',
  journal_entry: 'wallet',
  journal_line: 'wallet',
  bank_account: 'wallet',
  withdrawal: 'wallet',
  wallet_settings: 'wallet',
  // talk
  conversation: 'chat',
  chat_message: 'chat',
  quick_reply: 'chat',
  shop_chat_settings: 'chat',
  notification: 'notifications',
  review: 'reviews',
  // the facilitator's tools
  class_mission: 'missions',
  mission_status: 'missions',
  mission_fold: 'missions',
  scenario_run: 'scenarios',
  scenario_run_order: 'scenarios',
  demo_order_batch: 'scenarios',
  // the outside party
  sim_transaction: 'payment-simulator',
  sim_notification: 'payment-simulator',
};

/**
 * view → the folder that publishes it: what other capabilities may read of the owner's rows (names mostly), so that
 * a list stays one statement without naming the owner's table. Plain views made by a migration
 * (database/migrations/1797010000000-published-read-models.ts; columns appended by 1797011000000-read-models-for-scenarios.ts);
 * the planner inlines them, so a join through one is the join on the table. Any folder may read them; none writes
 * through them.
 */
export const READ_MODELS = {
  participant_profile: 'classes',
  class_profile: 'classes',
  class_team: 'classes',
  shop_profile: 'catalog',
  facilitator_profile: 'auth',
  shipment_resi: 'shipping',
  class_activity: 'common',
  product_summary: 'catalog',
  order_summary: 'orders',
  cart_line: 'orders',
  scenario_order_role: 'scenarios',
  conversation_summary: 'chat',
};

/**
 * Folders that may name any table: the schema's own history, and the whole-database dump and restore, which
 * walk every table by design.
 */
export const ALL_TABLES_FOLDERS = ['database', 'backup'];

/**
 * The crossings still allowed, one entry per file: the other capabilities' tables it may read (`reads`) or, rarer,
 * write (`writes`), with the reason. Keep it short; prefer a method on the owner's service or repository (typed rows).
 * A new crossing fails lint until it is moved to the owner or listed here; an entry that no longer crosses fails too
 * (stale), so the list only shrinks.
 *
 * Names come through READ_MODELS above, and so does the class's event log (`class_activity`). Empty since 5 Dec 2026.
 * @type {{ file: string, reads: string[], writes: string[], why: string }[]}
 */
export const CROSSINGS = [];
