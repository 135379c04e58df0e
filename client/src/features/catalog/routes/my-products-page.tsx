import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { SavedDataNote } from '../../../shared/ui/saved-data-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconCheck, IconInfo, IconPlus, IconStore } from '../../../shared/ui/icons';
import { getMyProducts } from '../api/get-my-products';
import { MyProductRow } from '../components/my-product-row';
import { QueuedPosts } from '../components/queued-posts';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { savedProductState } from '../hooks/use-after-save';
import '../catalog.css';

/** /toko/produk: "Produk Saya", the trainee's own products. */
export function MyProductsPage() {
  return <ParticipantOnly traineeOnly>{(session) => <MyProducts session={session} />}</ParticipantOnly>;
}

function MyProducts({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const location = useLocation();
  const saved = savedProductState(location.state);
  const products = useApi(`my-products:${session.id}`, getMyProducts, { keepOffline: true });

  return (
    <div className="page my-products" data-testid="my-products">
      <Link className="button button--ghost button--small back-link" to={appPaths.shop}>
        <IconLabel icon={IconArrowLeft}>{t('catalog.backToShop')}</IconLabel>
      </Link>
      <h1>{t('catalog.mine.title')}</h1>

      {saved && (
        <p className="note note--ok" role="status" data-testid="saved-note">
          <IconCheck className="note__icon" />
          <span>{t(saved.queued ? 'catalog.mine.queued' : saved.created ? 'catalog.mine.posted' : 'catalog.mine.saved', { title: saved.title })}</span>
        </p>
      )}
      {saved?.hints.includes('TITLE_HARD_TO_FIND') && (
        <p className="note">
          <IconInfo className="note__icon" />
          <span>{t('catalog.hints.TITLE_HARD_TO_FIND')}</span>
        </p>
      )}

      <Link className="button button--primary" to={appPaths.newProduct}>
        <IconLabel icon={IconPlus}>{t('catalog.mine.add')}</IconLabel>
      </Link>

      <QueuedPosts participantId={session.id} onSent={products.reload} />

      {products.data ? (
        products.data.length === 0 ? (
          <p className="note" data-testid="my-products-empty">
            <IconInfo className="note__icon" />
            <span>{t('catalog.mine.empty')}</span>
          </p>
        ) : (
          <ul className="my-products__list">
            {products.data.map((product) => (
              <MyProductRow
                key={product.id}
                product={product}
                onChanged={(updated) => products.setData((list) => list?.map((p) => (p.id === updated.id ? updated : p)))}
              />
            ))}
          </ul>
        )
      ) : (
        products.loading && (
          <p className="page-loading" role="status">
            {t('app.loading')}
          </p>
        )
      )}
      <ErrorNote error={products.error} />
      <SavedDataNote savedAt={products.savedAt} />

      <Link className="button button--secondary" to={appPaths.storefront}>
        <IconLabel icon={IconStore}>{t('catalog.openStorefront')}</IconLabel>
      </Link>
    </div>
  );
}
