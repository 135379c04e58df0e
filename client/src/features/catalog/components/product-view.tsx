import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWeight } from '../../../shared/format/weight';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconBox, IconMapPin, IconStore } from '../../../shared/ui/icons';
import type { ProductCategory, ProductCondition } from '../api/product-types';
import { CategoryIcon, IconLeaf, IconScale, IconTag } from './catalog-icons';
import { ProductGallery, type GalleryPhoto } from './product-gallery';

/** What a product's page shows: the product from the API, or the draft a trainee is about to post. */
export interface ProductViewModel {
  title: string;
  price: number;
  stock: number;
  weightGrams: number;
  category: ProductCategory | '';
  shelfLifeDays: number | null;
  condition: ProductCondition;
  minOrder: number;
  description: string;
  shop: { name: string; regencyLabel: string };
}

/**
 * A product as buyers see it: photos, price, the facts a buyer checks, the perishable badge and the seller. `actions`
 * (buying, or the seller's edit) come right under the price, so a phone shows them with the photo, not screens below.
 */
export function ProductView({ product, photos, actions, shopAction }: { product: ProductViewModel; photos: GalleryPhoto[]; actions?: ReactNode; shopAction?: ReactNode }) {
  const { t } = useTranslation();
  const perishable = product.shelfLifeDays !== null;

  return (
    <article className="product-view" data-testid="product-view">
      <ProductGallery photos={photos} title={product.title} category={product.category} />

      <div className="product-view__head">
        <h1 className="product-view__title" data-testid="product-title">
          {product.title}
        </h1>
        <p className="product-view__price" data-testid="product-price">
          {formatRupiah(product.price)}
        </p>
      </div>

      {perishable && (
        <p className="badge badge--perishable" data-testid="perishable-badge">
          <IconAlert />
          <span>{t('catalog.product.perishableBadge')}</span>
        </p>
      )}

      {actions}

      <dl className="facts">
        <div className="facts__row">
          <dt>
            <IconLabel icon={IconBox}>{t('catalog.product.stock')}</IconLabel>
          </dt>
          <dd data-testid="product-stock">{product.stock > 0 ? t('catalog.product.stockCount', { count: product.stock }) : t('catalog.product.soldOut')}</dd>
        </div>
        <div className="facts__row">
          <dt>
            <IconLabel icon={IconScale}>{t('catalog.product.weight')}</IconLabel>
          </dt>
          <dd data-testid="product-weight">{formatWeight(product.weightGrams)}</dd>
        </div>
        <div className="facts__row">
          <dt>
            <IconLabel icon={IconTag}>{t('catalog.product.condition')}</IconLabel>
          </dt>
          <dd>{t(`catalog.conditions.${product.condition}`)}</dd>
        </div>
        <div className="facts__row">
          <dt>
            <IconLabel icon={IconBox}>{t('catalog.product.minOrder')}</IconLabel>
          </dt>
          <dd>{t('catalog.product.minOrderCount', { count: product.minOrder })}</dd>
        </div>
        {product.category && (
          <div className="facts__row">
            <dt>
              <span className="facts__icon">
                <CategoryIcon category={product.category} />
              </span>
              <span>{t('catalog.product.category')}</span>
            </dt>
            <dd>{t(`catalog.categories.${product.category}`)}</dd>
          </div>
        )}
        {perishable && (
          <div className="facts__row">
            <dt>
              <IconLabel icon={IconLeaf}>{t('catalog.product.shelfLife')}</IconLabel>
            </dt>
            <dd>{t('catalog.product.shelfLifeDays', { count: product.shelfLifeDays ?? 0 })}</dd>
          </div>
        )}
      </dl>

      <section className="product-view__section" aria-labelledby="product-description-title">
        <h2 id="product-description-title">{t('catalog.product.description')}</h2>
        {product.description ? (
          <p className="product-view__description" data-testid="product-description">
            {product.description}
          </p>
        ) : (
          <p className="hint">{t('catalog.product.noDescription')}</p>
        )}
      </section>

      <section className="card product-view__shop" aria-labelledby="product-shop-title">
        <p className="card__eyebrow">
          <IconStore />
          <span>{t('catalog.product.seller')}</span>
        </p>
        <h2 className="card__title" id="product-shop-title">
          {product.shop.name}
        </h2>
        <p className="card__line">
          <IconMapPin />
          <span>{t('catalog.product.shipsFrom', { regency: product.shop.regencyLabel })}</span>
        </p>
        {shopAction}
      </section>
    </article>
  );
}
