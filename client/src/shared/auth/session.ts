// Who is signed in on this device: one bearer token (a trainee's phone or a facilitator's laptop) and what
// kind of person it belongs to. Kept in localStorage, so a reload or a closed browser stays the same person:
// a trainee has no password to get back in with.
import { useSyncExternalStore } from 'react';
import { appPaths } from '../config/paths';

export type SessionKind = 'facilitator' | 'participant';

export interface FacilitatorSession {
  kind: 'facilitator';
  token: string;
  expiresAt: string;
  id: string;
  name: string;
  role: 'admin' | 'facilitator';
}

export interface ParticipantSession {
  kind: 'participant';
  token: string;
  expiresAt: string;
  id: string;
  name: string;
  role: 'trainee' | 'buyer';
  classId: string;
  className: string;
  shopId: string | null;
  /** The zone the class's times are shown in (WIB, WITA or WIT); absent in a session kept before 7 Dec 2026 (WIB). */
  timeZone?: string;
}

export type Session = FacilitatorSession | ParticipantSession;

export const SESSION_STORAGE_KEY = 'pasar-latihan.session';

const listeners = new Set<() => void>();
const expiryListeners = new Set<(kind: SessionKind) => void>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isSession(value: unknown): value is Session {
  if (!isRecord(value)) return false;
  const common =
    typeof value.token === 'string' &&
    typeof value.expiresAt === 'string' &&
    typeof value.id === 'string' &&
    typeof value.name === 'string';
  if (!common) return false;
  if (value.kind === 'facilitator') return value.role === 'admin' || value.role === 'facilitator';
  if (value.kind === 'participant') {
    return (value.role === 'trainee' || value.role === 'buyer') && typeof value.classId === 'string';
  }
  return false;
}

function readRaw(): string | null {
  try {
    return globalThis.localStorage?.getItem(SESSION_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled: nobody stays signed in, the rest still works
  }
}

// useSyncExternalStore needs the same object back while nothing changed, so parse once per stored text.
let lastRaw: string | null = null;
let lastParsed: Session | null = null;

function parse(raw: string | null): Session | null {
  if (raw === lastRaw) return lastParsed;
  let parsed: Session | null;
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    parsed = isSession(value) ? value : null;
  } catch {
    parsed = null;
  }
  lastRaw = raw;
  lastParsed = parsed;
  return parsed;
}

function isExpired(session: Session, nowMs: number): boolean {
  const expires = Date.parse(session.expiresAt);
  return Number.isFinite(expires) && expires <= nowMs;
}

/** The signed-in person on this device, or null (none, unreadable, or past its expiry). */
export function getSession(): Session | null {
  const session = parse(readRaw());
  return session && !isExpired(session, Date.now()) ? session : null;
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function saveSession(session: Session): void {
  try {
    globalThis.localStorage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Not remembered across reloads; this page still works.
  }
  notify();
}

export function clearSession(): void {
  try {
    globalThis.localStorage?.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // nothing stored
  }
  notify();
}

/** Changes the stored session in place (e.g. the class was renamed); ignored when nobody is signed in. */
export function updateSession(change: (session: Session) => Session): void {
  const session = getSession();
  if (session) saveSession(change(session));
}

/** Listens to sign-in and sign-out, in this tab and in the device's other tabs. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === SESSION_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, () => null);
}

/**
 * The API refused this token (UNAUTHENTICATED): forget it, if it is still the one on this device,
 * and let the app send the person back to where they sign in.
 */
export function expireSession(token: string): void {
  const session = parse(readRaw());
  if (!session || session.token !== token) return; // a newer sign-in has replaced it meanwhile
  clearSession();
  for (const listener of expiryListeners) listener(session.kind);
}

export function onSessionExpired(listener: (kind: SessionKind) => void): () => void {
  expiryListeners.add(listener);
  return () => {
    expiryListeners.delete(listener);
  };
}

/** Where each kind of person signs in again. */
export function entryPath(kind: SessionKind): string {
  return kind === 'facilitator' ? appPaths.facilitatorLogin : appPaths.join;
}

/** Where each kind of person starts once signed in. */
export function homePath(session: Session): string {
  return session.kind === 'facilitator' ? appPaths.facilitatorHome : appPaths.shop;
}
