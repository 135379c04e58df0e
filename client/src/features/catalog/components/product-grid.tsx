import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../shared/ui/error-note';
import { SavedDataNote } from '../../../shared/ui/saved-data-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowRight, IconInfo, IconPlus } from '../../../shared/ui/icons';
import type { useStorefront } from '../hooks/use-storefront';
import { ProductCard } from './product-card';

type Storefront = ReturnType<typeof useStorefront>;

/** The product cards of a storefront list, with the "N produk baru" pill and "Muat lagi". */
export function ProductGrid({ list, emptyText, toolbar }: { list: Storefront; emptyText: string; toolbar?: ReactNode }) {
  const { t } = useTranslation();

  return (
    <>
      {list.pendingCount > 0 && (
        <button type="button" className="pill" onClick={list.showPending} data-testid="new-products-pill">
          <IconLabel icon={IconArrowRight}>{t('catalog.storefront.newProducts', { count: list.pendingCount })}</IconLabel>
        </button>
      )}

      <div className="storefront__bar">
        <p className="storefront__count" role="status" data-testid="storefront-count">
          {list.loading ? '' : t('catalog.storefront.count', { count: list.total })}
        </p>
        {toolbar}
      </div>

      {list.loading ? (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      ) : list.items.length === 0 && !list.error ? (
        <p className="note" data-testid="storefront-empty">
          <IconInfo className="note__icon" />
          <span>{emptyText}</span>
        </p>
      ) : (
        <ul className="product-grid" data-testid="product-grid">
          {list.items.map((item, index) => (
            <ProductCard key={item.id} item={item} index={index} isNew={list.fresh.includes(item.id)} />
          ))}
        </ul>
      )}
      <ErrorNote error={list.error} />
      <SavedDataNote savedAt={list.savedAt} />

      {list.hasMore && (
        <>
          <p className="hint">{t('catalog.storefront.showing', { shown: list.items.length, total: list.total })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void list.loadMore()}
            disabled={list.loadingMore}
            aria-busy={list.loadingMore}
          >
            <IconLabel icon={IconPlus}>{list.loadingMore ? t('app.loading') : t('catalog.storefront.loadMore')}</IconLabel>
          </button>
        </>
      )}
      <ErrorNote error={list.moreError} />
    </>
  );
}
