import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths, STOREFRONT_PARAMS } from '../../../shared/config/paths';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconCart } from '../../../shared/ui/icons';
import type { ProductCategory, StorefrontSort } from '../api/product-types';
import { isCategory } from '../categories';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { ProductGrid } from '../components/product-grid';
import { SortSelect, SORTS, StorefrontFilters } from '../components/storefront-filters';
import { useStorefront } from '../hooks/use-storefront';
import '../catalog.css';

// The sort in the address, in the buyers' words: /pasar?urut=termurah
const SORT_PARAM: Record<StorefrontSort, string> = { newest: 'terbaru', price_asc: 'termurah', price_desc: 'termahal' };

function sortFromParam(value: string | null): StorefrontSort {
  return SORTS.find((sort) => SORT_PARAM[sort] === value) ?? 'newest';
}

/** /pasar: the class storefront, for every member of the class. */
export function StorefrontPage() {
  return <ParticipantOnly>{(session) => <Storefront session={session} />}</ParticipantOnly>;
}

function Storefront({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get(STOREFRONT_PARAMS.query) ?? '';
  const categoryParam = params.get(STOREFRONT_PARAMS.category);
  const category: ProductCategory | undefined = isCategory(categoryParam) ? categoryParam : undefined;
  const sort = sortFromParam(params.get(STOREFRONT_PARAMS.sort));

  const list = useStorefront({ classId: session.classId, token: session.token, filters: { q, category, sort } });

  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const filtered = q !== '' || category !== undefined;

  return (
    <div className="page storefront" data-testid="storefront" data-live={list.live}>
      <div className="storefront__head">
        <h1>{t('catalog.storefront.title')}</h1>
        <Link className="button button--secondary button--small" to={appPaths.cart} data-testid="storefront-cart">
          <IconLabel icon={IconCart}>{t('catalog.storefront.cart')}</IconLabel>
        </Link>
      </div>

      <StorefrontFilters
        q={q}
        category={category}
        onSearch={(words) => setParam(STOREFRONT_PARAMS.query, words || undefined)}
        onCategory={(value) => setParam(STOREFRONT_PARAMS.category, value)}
      />

      <ProductGrid
        list={list}
        emptyText={filtered ? t('catalog.storefront.noMatch') : t('catalog.storefront.empty')}
        toolbar={<SortSelect sort={sort} onSort={(value) => setParam(STOREFRONT_PARAMS.sort, value === 'newest' ? undefined : SORT_PARAM[value])} />}
      />

      <Link className="button button--ghost" to={appPaths.shop}>
        <IconLabel icon={IconArrowLeft}>{t(session.role === 'trainee' ? 'catalog.backToShop' : 'catalog.backHome')}</IconLabel>
      </Link>
    </div>
  );
}
