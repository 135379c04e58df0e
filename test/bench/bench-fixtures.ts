// What every bench phase signs in with and sells: one admin, big stocks (a run never sells out), one buyer address.
export const ADMIN_EMAIL = 'bench@pasar.test';
export const ADMIN_PASSWORD = 'bench-password-123';
export const STOCK = 100_000;

/** The environment every bench starts the built app with: production, quiet logs, the bench's admin, no demo class. */
export function benchAppEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { NODE_ENV: 'production', LOG_LEVEL: 'warn', ADMIN_EMAIL, ADMIN_PASSWORD, SEED_DEMO: 'false', ...extra };
}
export const DESTINATION = { recipient: 'Bu Rahma', phone: '081234567890', street: 'Jl. Teuku Umar No. 5, Kedaton', regencyCode: '18.71', district: 'Kedaton' };
