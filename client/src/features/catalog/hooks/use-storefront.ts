// A storefront list on screen: the first page for the current filters, "Muat lagi" for the next ones, and
// the class's product events applied live (see storefront-live.ts).
import { useEffect, useRef, useState } from 'react';
import { ApiError, toNetworkError } from '../../../shared/api/http';
import { useApi } from '../../../shared/api/use-api';
import type { ClassEvent } from '../../../shared/realtime/class-event';
import { useClassEvents, type LiveStatus } from '../../../shared/realtime/use-class-events';
import { getShopProducts, getStorefront, type StorefrontQuery } from '../api/get-storefront';
import type { StorefrontPage } from '../api/product-types';
import { appendPage, applyLiveProduct, isStorefrontItem, type StorefrontFilters } from '../storefront-live';

export const STOREFRONT_PAGE_SIZE = 20;
const LIVE_TYPES = ['product.created', 'product.updated'] as const;

interface Extra {
  key: string;
  /** Products that arrived live and are not shown yet (their place in the list is not known here). */
  pending: string[];
  /** Inserted live: highlighted for a moment. */
  fresh: string[];
  loadingMore: boolean;
  moreError?: ApiError;
}

export interface StorefrontOptions {
  classId: string;
  token: string;
  filters: StorefrontFilters;
  /** One shop's products instead of the whole class. */
  shopId?: string;
}

export function useStorefront({ classId, token, filters, shopId }: StorefrontOptions) {
  const key = JSON.stringify([classId, shopId ?? null, filters.q.trim(), filters.category ?? null, filters.sort]);
  const load = (page: number, signal?: AbortSignal) => {
    const query: StorefrontQuery = { q: filters.q, category: filters.category, sort: filters.sort, page, pageSize: STOREFRONT_PAGE_SIZE };
    return shopId ? getShopProducts(classId, shopId, query, signal) : getStorefront(classId, query, signal);
  };
  // The storefront's first page as it opens (src/app/early-reads.ts asks it before the app runs).
  const early =
    !shopId && !filters.q.trim() && !filters.category && filters.sort === 'newest'
      ? `/api/classes/${encodeURIComponent(classId)}/products?sort=newest&page=1&pageSize=${STOREFRONT_PAGE_SIZE}`
      : undefined;
  const list = useApi<StorefrontPage>(key, (signal) => load(1, signal), { keepOffline: true, early });
  const [extraState, setExtra] = useState<Extra>({ key, pending: [], fresh: [], loadingMore: false });
  const extra: Extra = extraState.key === key ? extraState : { key, pending: [], fresh: [], loadingMore: false };
  // A page that arrives after the filters changed belongs to the old list: it is dropped.
  const currentKey = useRef(key);
  useEffect(() => {
    currentKey.current = key;
  }, [key]);
  const update = (change: (current: Extra) => Extra) => setExtra((current) => change(current.key === key ? current : { key, pending: [], fresh: [], loadingMore: false }));

  const loadMore = async () => {
    const shown = list.data;
    if (!shown || extra.loadingMore) return;
    update((current) => ({ ...current, loadingMore: true, moreError: undefined }));
    try {
      const next = await load(shown.page + 1);
      if (currentKey.current !== key) return;
      list.setData((current) => (current ? appendPage(current, next) : current));
      update((current) => ({ ...current, loadingMore: false }));
    } catch (error) {
      if (currentKey.current !== key) return;
      update((current) => ({ ...current, loadingMore: false, moreError: error instanceof ApiError ? error : toNetworkError(error) }));
    }
  };

  /** Shows the products that arrived live: the list again from its first page. */
  const showPending = () => {
    update((current) => ({ ...current, pending: [] }));
    list.reload();
  };

  const onEvent = (event: ClassEvent) => {
    const type = event.type;
    if (!isStorefrontItem(event.payload) || (type !== 'product.created' && type !== 'product.updated')) return;
    const item = event.payload;
    const shown = list.data;
    if (!shown) return;
    const result = applyLiveProduct(shown, item, type, filters, shopId);
    if (result.change === 'pending') {
      update((current) => (current.pending.includes(item.id) ? current : { ...current, pending: [...current.pending, item.id] }));
    } else if (result.change !== 'ignored') {
      // Applied again to the latest list: two events in one tick must not undo each other.
      list.setData((current) => (current ? applyLiveProduct(current, item, type, filters, shopId).page : current));
      if (result.change === 'inserted') update((current) => ({ ...current, fresh: [...current.fresh, item.id] }));
    }
  };

  const live: LiveStatus = useClassEvents({
    classId,
    token,
    types: LIVE_TYPES,
    onEvent,
    onResync: () => {
      update((current) => ({ ...current, pending: [] }));
      list.reload();
    },
  });

  const shown = list.data;
  return {
    items: shown?.items ?? [],
    total: shown?.total ?? 0,
    loading: list.loading,
    error: list.error,
    /** The list is the phone's saved copy (no signal): its time. */
    savedAt: list.savedAt,
    hasMore: shown ? shown.items.length < shown.total : false,
    loadMore,
    loadingMore: extra.loadingMore,
    moreError: extra.moreError,
    pendingCount: extra.pending.length,
    showPending,
    fresh: extra.fresh,
    live,
  };
}
