import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { IconMapPin } from '../../../shared/ui/icons';
import type { StorefrontItem } from '../api/product-types';
import { CategoryIcon, IconLeaf } from './catalog-icons';
import { imageSources } from './product-image';

/** How many cards are above the fold on a 360×640 phone (two rows of two): those load at once, the rest lazily. */
export const EAGER_CARDS = 4;

/** One product on the storefront grid: its photo, name, price, where it ships from. The whole card is the link. */
export function ProductCard({ item, index, isNew = false }: { item: StorefrontItem; index: number; isNew?: boolean }) {
  const { t } = useTranslation();
  const eager = index < EAGER_CARDS;

  return (
    <li className={isNew ? 'product-card product-card--new' : 'product-card'} data-testid="product-card" data-product-id={item.id}>
      <Link className="product-card__link" to={linkTo.storefrontProduct(item.id)}>
        <span className="product-card__photo">
          {item.photo ? (
            <img
              {...imageSources(item.photo, 'card')}
              width={480}
              height={480}
              alt=""
              loading={eager ? 'eager' : 'lazy'}
              fetchPriority={index < 2 ? 'high' : undefined}
              decoding="async"
            />
          ) : (
            <CategoryIcon category={item.category} className="product-card__placeholder" />
          )}
          {item.promoted && (
            <span className="product-card__ad" data-testid="product-card-ad">
              {t('promotions.label')}
            </span>
          )}
          {item.perishable && (
            <span className="product-card__badge">
              <IconLeaf />
              <span>{t('catalog.card.perishable')}</span>
            </span>
          )}
        </span>
        <span className="product-card__body">
          <span className="product-card__title">{item.title}</span>
          <span className="product-card__price">{formatRupiah(item.price)}</span>
          <span className="product-card__meta">
            <IconMapPin />
            <span>{item.shop.regencyLabel}</span>
          </span>
          <span className="product-card__stock">{item.stock > 0 ? t('catalog.card.stock', { count: item.stock }) : t('catalog.product.soldOut')}</span>
        </span>
      </Link>
    </li>
  );
}
