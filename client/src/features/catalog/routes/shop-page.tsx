import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconMapPin, IconPerson, IconStore } from '../../../shared/ui/icons';
import { getShop } from '../api/get-shop';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { ProductGrid } from '../components/product-grid';
import { useStorefront } from '../hooks/use-storefront';
import type { StorefrontFilters } from '../storefront-live';
import '../catalog.css';

const NEWEST: StorefrontFilters = { q: '', category: undefined, sort: 'newest' };

/** /pasar/toko/:shopId: a shop of the class, where it ships from, and its products. */
export function ShopPage() {
  return <ParticipantOnly>{(session) => <Shop session={session} />}</ParticipantOnly>;
}

function Shop({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const shopId = useParams().shopId ?? '';
  const shop = useApi(`shop:${session.classId}:${shopId}`, (signal) => getShop(session.classId, shopId, signal));
  const list = useStorefront({ classId: session.classId, token: session.token, filters: NEWEST, shopId });

  return (
    <div className="page storefront" data-testid="shop-page" data-live={list.live}>
      <Link className="button button--ghost button--small back-link" to={appPaths.storefront}>
        <IconLabel icon={IconArrowLeft}>{t('catalog.backToStorefront')}</IconLabel>
      </Link>

      {shop.data ? (
        <header className="card shop-header">
          <p className="card__eyebrow">
            <IconStore />
            <span>{shop.data.isMine ? t('catalog.shop.yours') : t('catalog.shop.eyebrow')}</span>
          </p>
          <h1 className="card__title" data-testid="shop-title">
            {shop.data.name}
          </h1>
          <p className="card__line">
            <IconMapPin />
            <span>{t('catalog.product.shipsFrom', { regency: shop.data.regencyLabel })}</span>
          </p>
          <p className="card__line">
            <IconPerson />
            <span>{t('catalog.shop.owner', { name: shop.data.ownerName })}</span>
          </p>
          {shop.data.description && <p>{shop.data.description}</p>}
        </header>
      ) : (
        shop.loading && (
          <p className="page-loading" role="status">
            {t('app.loading')}
          </p>
        )
      )}
      <ErrorNote error={shop.error} />

      {!shop.error && (
        <section className="page" aria-label={t('catalog.shop.products')}>
          <h2>{t('catalog.shop.products')}</h2>
          <ProductGrid list={list} emptyText={t('catalog.shop.empty')} />
        </section>
      )}
    </div>
  );
}
