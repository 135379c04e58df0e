import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths, linkTo } from '../../../shared/config/paths';
import type { ClassEvent } from '../../../shared/realtime/class-event';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconEdit, IconInfo, IconStore } from '../../../shared/ui/icons';
import { getProduct } from '../api/get-product';
import type { ProductDetail } from '../api/product-types';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { galleryPhotos } from '../components/product-gallery';
import { ProductReviews } from '../components/product-reviews';
import { ProductView } from '../components/product-view';
import '../catalog.css';

const LIVE_TYPES = ['product.updated', 'review.created'] as const;

/** What a buyer can do with someone else's active product ("+ Keranjang", "Beli Sekarang"): given by the app's route. */
export type BuyActions = (product: ProductDetail) => ReactNode;

/** /pasar/produk/:productId: a product's page, kept up to date while it is open. */
export function ProductPage({ buyActions }: { buyActions?: BuyActions }) {
  return <ParticipantOnly>{(session) => <Product session={session} buyActions={buyActions} />}</ParticipantOnly>;
}

function Product({ session, buyActions }: { session: ParticipantSession; buyActions?: BuyActions }) {
  const { t } = useTranslation();
  const productId = useParams().productId ?? '';
  const [reviewsVersion, setReviewsVersion] = useState(0);
  const product = useApi(`product:${session.classId}:${productId}`, (signal) => getProduct(session.classId, productId, signal));

  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: LIVE_TYPES,
    onEvent: (event: ClassEvent) => {
      if (event.type === 'review.created') {
        if (event.payload.productId === productId) setReviewsVersion((version) => version + 1);
      } else if (event.payload.id === productId) product.reload();
    },
    onResync: product.reload,
  });

  const detail = product.data;
  const isMine = detail !== undefined && detail.shop.id === session.shopId;

  return (
    <div className="page" data-testid="product-page">
      <Link className="button button--ghost button--small back-link" to={appPaths.storefront}>
        <IconLabel icon={IconArrowLeft}>{t('catalog.backToStorefront')}</IconLabel>
      </Link>

      {detail ? (
        <>
          {detail.status === 'inactive' && (
            <p className="note">
              <IconInfo className="note__icon" />
              <span>{t('catalog.product.inactiveNote')}</span>
            </p>
          )}
          <ProductView
            product={detail}
            photos={galleryPhotos(detail.photos)}
            actions={
              isMine ? (
                <Link className="button button--primary" to={linkTo.editProduct(detail.id)}>
                  <IconLabel icon={IconEdit}>{t('catalog.mine.edit')}</IconLabel>
                </Link>
              ) : (
                detail.status === 'active' && buyActions?.(detail)
              )
            }
            shopAction={
              <Link className="button button--secondary" to={linkTo.storefrontShop(detail.shop.id)}>
                <IconLabel icon={IconStore}>{t('catalog.product.visitShop')}</IconLabel>
              </Link>
            }
          />
          <ProductReviews key={reviewsVersion} classId={session.classId} productId={detail.id} />
        </>
      ) : (
        product.loading && (
          <p className="page-loading" role="status">
            {t('app.loading')}
          </p>
        )
      )}
      <ErrorNote error={product.error} />
    </div>
  );
}
