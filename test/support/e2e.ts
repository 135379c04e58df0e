// What the browser tests share: the admin they start the app with, the session key the client stores,
// a page's error log, and a JSON call to the app's API.
import type { Page } from 'playwright-core';
import type { AppProcess } from './app-process.js';

export const ADMIN_EMAIL = 'admin@test.pasar';
export const ADMIN_PASSWORD = 'admin-password-123';
/** Where the client keeps the signed-in token (client/src/shared/auth/session.ts). */
export const SESSION_KEY = 'pasar-latihan.session';

/** Uncaught errors and console errors of a page; a test expects none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** A JSON call to the running app; throws with the status and body when it is not 2xx. */
export async function api<T>(app: AppProcess, method: string, url: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${app.url}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return JSON.parse(text) as T;
}
