// Scenarios as DATA: each is a scripted sequence of domain actions that a small runner (scenario-runner.service.ts)
// carries out through the normal use cases, as the class's demo buyer (persona) or as the facilitator. Nothing in the
// order, payment, shipping, chat or wallet services knows about scenarios.
import type { PaymentMethodCode } from '../payments/payment-methods.js';
import type { Destination } from './buyer-addresses.js';

export type ScenarioStep =
  /** The persona buys the shop's first active product (a perishable one, if asked), as `as`, linked under `role`. */
  | { do: 'placeOrder'; as: string; product: 'any' | 'perishable'; destination: Destination; paymentMethod: PaymentMethodCode; role: string }
  /** The persona pays order `order` in the simulator's bank app (→ signed notification → webhook). */
  | { do: 'pay'; order: string }
  /** The persona asks the checkout for couriers to `destination`; the outcome keeps what the checkout said and why. */
  | { do: 'quote'; product: 'any' | 'perishable'; destination: Destination }
  /** The persona writes to the shop; `image: 'bukti-transfer'` attaches a fake transfer receipt. */
  | { do: 'sendChat'; text: string; image?: 'bukti-transfer'; order?: string }
  /** Continue after this many minutes of the CLASS clock (a durable scheduled task: survives a restart). */
  | { do: 'wait'; minutes: number }
  /** The persona cancels order `order` (before payment). */
  | { do: 'buyerCancel'; order: string }
  /** The courier will fail to deliver order `order`: it comes back to the seller (RETURNED). */
  | { do: 'failDelivery'; order: string }
  /** The trainee's bank closes the registered account: the next payout fails and the money returns. */
  | { do: 'closeBankAccount' }
  /** Moves the whole class clock forward (use with care: it moves every trainee's deadlines). */
  | { do: 'advanceClock'; minutes: number };

export type StepKind = ScenarioStep['do'];

export const SCENARIO_IDS = ['unpaid_order', 'fake_transfer_proof', 'far_perishable', 'failed_delivery', 'buyer_cancellation', 'closed_bank_account'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface Scenario {
  id: ScenarioId;
  /** Whom it can target when "all" is chosen: trainees with an active product, or every trainee. */
  needs: 'product' | 'perishable' | 'bankAccount';
  steps: readonly ScenarioStep[];
}

export const SCENARIOS: Record<ScenarioId, Scenario> = {
  unpaid_order: {
    id: 'unpaid_order',
    needs: 'product',
    steps: [
      { do: 'placeOrder', as: 'order', product: 'any', destination: 'city', paymentMethod: 'bri_va', role: 'unpaid' },
      { do: 'sendChat', text: 'Bu, sudah saya pesan ya. Nanti saya bayar kalau sudah gajian.', order: 'order' },
    ],
  },
  fake_transfer_proof: {
    id: 'fake_transfer_proof',
    needs: 'product',
    steps: [
      { do: 'placeOrder', as: 'order', product: 'any', destination: 'city', paymentMethod: 'bca_va', role: 'fraud_drill' },
      { do: 'sendChat', text: 'Bu, sudah saya transfer ya. Ini bukti transfernya, tolong langsung dikirim hari ini.', image: 'bukti-transfer', order: 'order' },
      { do: 'wait', minutes: 30 },
      { do: 'sendChat', text: 'Kok belum dikirim Bu? Saya sudah bayar, barangnya saya butuh cepat!' },
    ],
  },
  far_perishable: {
    id: 'far_perishable',
    needs: 'perishable',
    steps: [
      { do: 'quote', product: 'perishable', destination: 'far' },
      { do: 'sendChat', text: 'Bu, saya di Jayapura. Kok tidak ada kurir yang bisa kirim ke tempat saya ya?' },
    ],
  },
  failed_delivery: {
    id: 'failed_delivery',
    needs: 'product',
    steps: [
      { do: 'placeOrder', as: 'order', product: 'any', destination: 'city', paymentMethod: 'qris', role: 'failed_delivery' },
      { do: 'pay', order: 'order' },
      { do: 'failDelivery', order: 'order' },
    ],
  },
  buyer_cancellation: {
    id: 'buyer_cancellation',
    needs: 'product',
    steps: [
      { do: 'placeOrder', as: 'order', product: 'any', destination: 'city', paymentMethod: 'bni_va', role: 'buyer_cancel' },
      { do: 'wait', minutes: 30 },
      { do: 'sendChat', text: 'Maaf Bu, saya batalkan dulu ya pesanannya. Uangnya belum cukup.', order: 'order' },
      { do: 'buyerCancel', order: 'order' },
    ],
  },
  closed_bank_account: {
    id: 'closed_bank_account',
    needs: 'bankAccount',
    steps: [{ do: 'closeBankAccount' }],
  },
};

export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && (SCENARIO_IDS as readonly string[]).includes(value);
}

/** The step's data without its kind, for the API's listing. */
export function stepData(step: ScenarioStep): Record<string, unknown> {
  const { do: _kind, ...rest } = step;
  return rest;
}

/** Order labels a step refers to that no earlier placeOrder defined: a scenario that cannot run. */
export function undefinedLabels(scenario: Scenario): string[] {
  const defined = new Set<string>();
  const missing: string[] = [];
  for (const step of scenario.steps) {
    if (step.do === 'placeOrder') defined.add(step.as);
    const ref = 'order' in step ? step.order : undefined;
    if (ref && !defined.has(ref)) missing.push(ref);
  }
  return missing;
}
