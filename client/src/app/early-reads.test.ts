import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earlyReadsCode } from '../../build/route-preload';
import { getStorefront } from '../features/catalog/api/get-storefront';
import { useStorefront } from '../features/catalog/hooks/use-storefront';
import { STOREFRONT_PAGE_SIZE } from '../features/catalog/hooks/use-storefront';
import { lookupJoinCode } from '../features/join-class/api/lookup-join-code';
import { getMyLearningCheck } from '../features/learning-check/api/get-my-check';
import { getMyMissions } from '../features/missions/api/get-my-missions';
import { getMyShop } from '../features/shop/api/get-my-shop';
import { EARLY_ANSWER_MAX_AGE_MS, EARLY_ANSWERS_GLOBAL, settleEarlyAnswers } from '../shared/api/early-answers';
import { useApi } from '../shared/api/use-api';
import { SESSION_STORAGE_KEY } from '../shared/auth/session';

const CLASS_ID = '6f0c2a52-3a4e-4f61-9d7e-0a1b2c3d4e5f';
const session = (role: 'trainee' | 'buyer', expiresAt = '2999-01-01T00:00:00.000Z') => ({
  kind: 'participant',
  token: `token-of-${role}`,
  expiresAt,
  id: `id-${role}`,
  name: 'Sriyati',
  role,
  classId: CLASS_ID,
  className: 'Kelas',
  shopId: role === 'trainee' ? 'shop-1' : null,
});

/** Opens `path` as index.html would and runs the route-preload script's early reads. */
function openCold(path: string, stored?: object): Array<{ url: string; authorization: string | null }> {
  window.history.replaceState(null, '', path);
  if (stored) localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(stored));
  else localStorage.removeItem(SESSION_STORAGE_KEY);
  const sent: Array<{ url: string; authorization: string | null }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      sent.push({ url: request.url, authorization: request.headers.get('Authorization') });
      return Response.json({ from: 'network', url: request.url, n: sent.length });
    }),
  );
  new Function(earlyReadsCode())();
  return sent;
}

beforeEach(() => {
  localStorage.clear();
  delete (window as unknown as Record<string, unknown>)[EARLY_ANSWERS_GLOBAL];
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('early reads: the page takes the answer the route-preload script asked for', () => {
  it('the join page opened from the QR code: its class is asked once, before the app runs', async () => {
    const sent = openCold('/gabung/KMNPQR');
    expect(sent).toEqual([{ url: `${location.origin}/api/join/KMNPQR`, authorization: null }]);
    await expect(lookupJoinCode('KMNPQR')).resolves.toMatchObject({ from: 'network', n: 1 });
    expect(sent).toHaveLength(1);
  });

  it("the trainee's home: her missions, her shop and her learning check, with her token", async () => {
    const sent = openCold('/toko', session('trainee'));
    expect(sent.map((s) => s.url.replace(location.origin, ''))).toEqual(['/api/missions/mine', '/api/shops/mine', '/api/learning-check/mine']);
    expect(sent.every((s) => s.authorization === 'Bearer token-of-trainee')).toBe(true);
    await getMyMissions();
    await getMyShop();
    await getMyLearningCheck();
    expect(sent).toHaveLength(3);
  });

  it('the storefront: its first page, exactly as the page asks for it', async () => {
    const sent = openCold('/pasar', session('buyer'));
    expect(sent).toHaveLength(1);
    await getStorefront(CLASS_ID, { sort: 'newest', page: 1, pageSize: STOREFRONT_PAGE_SIZE });
    expect(sent).toHaveLength(1);
  });

  it('is taken once: the next read of the same address goes to the network', async () => {
    const sent = openCold('/gabung/KMNPQR');
    await lookupJoinCode('KMNPQR');
    await expect(lookupJoinCode('KMNPQR')).resolves.toMatchObject({ n: 2 });
    expect(sent).toHaveLength(2);
  });

  it('is not taken when it is too old', async () => {
    const sent = openCold('/gabung/KMNPQR');
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + EARLY_ANSWER_MAX_AGE_MS + 1);
    await expect(lookupJoinCode('KMNPQR')).resolves.toMatchObject({ n: 2 });
    expect(sent).toHaveLength(2);
  });

  it('sends nothing the page would not ask for', () => {
    expect(openCold('/pasar?q=gula', session('buyer')), 'a filtered storefront').toEqual([]);
    expect(openCold('/toko', session('buyer')), "a buyer's home has no missions").toEqual([]);
    expect(openCold('/pasar'), 'nobody signed in: no class').toEqual([]);
    expect(openCold('/toko/pesanan', session('trainee')), 'a page without early reads').toEqual([]);
    const expired = openCold('/gabung/KMNPQR', session('trainee', '2000-01-01T00:00:00.000Z'));
    expect(expired, 'an expired session sends no token, as the client would not').toEqual([{ url: `${location.origin}/api/join/KMNPQR`, authorization: null }]);
  });
});

describe('early reads in the first render: main.tsx reads the answers before it, useApi({ early }) draws them', () => {
  it("draws the trainee's shop in the first render once its early answer is read, and asks nothing more", async () => {
    const sent = openCold('/toko', session('trainee'));
    await settleEarlyAnswers();
    const { result } = renderHook(() => useApi('shop:id-trainee', getMyShop, { early: '/api/shops/mine' }));
    expect(result.current.loading).toBe(false);
    expect(result.current.data).toMatchObject({ from: 'network', url: `${location.origin}/api/shops/mine` });
    await vi.waitFor(() => expect(result.current.fetching).toBe(false));
    expect(sent).toHaveLength(3);
  });

  it('waits as before when the answer is not read yet, or the address is not the early one', async () => {
    openCold('/toko', session('trainee'));
    const unread = renderHook(() => useApi('missions:id-trainee', getMyMissions, { early: '/api/missions/mine' }));
    expect(unread.result.current.loading).toBe(true);
    await settleEarlyAnswers();
    const other = renderHook(() => useApi('shop:other', getMyShop, { early: '/api/shops/mine?x=1' }));
    expect(other.result.current.loading).toBe(true);
  });

  it('the storefront hook names its first page exactly as the early read asks it', async () => {
    openCold('/pasar', session('buyer'));
    await settleEarlyAnswers();
    // A page of the storefront's shape (the stub answers every address alike): the test is the address.
    const early = (window as unknown as Record<string, Map<string, { data?: unknown }>>)[EARLY_ANSWERS_GLOBAL]!;
    for (const entry of early.values()) entry.data = { items: [], total: 0 };
    const { result } = renderHook(() => useStorefront({ classId: CLASS_ID, token: 'token-of-buyer', filters: { q: '', category: undefined, sort: 'newest' } }));
    expect(result.current.loading).toBe(false);
  });
});
