import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconInfo } from '../../../shared/ui/icons';
import { getProduct } from '../api/get-product';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { ProductForm } from '../components/product-form';
import { useAfterSave } from '../hooks/use-after-save';
import '../catalog.css';

/** /toko/produk/:productId/ubah: the same guided form, filled with the product. */
export function EditProductPage() {
  return <ParticipantOnly traineeOnly>{(session) => <EditProduct session={session} />}</ParticipantOnly>;
}

function EditProduct({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const productId = useParams().productId ?? '';
  const product = useApi(`product:${session.classId}:${productId}`, (signal) => getProduct(session.classId, productId, signal));
  const afterSave = useAfterSave();
  const detail = product.data;
  const notMine = detail !== undefined && detail.shop.id !== session.shopId;

  return (
    <div className="page" data-testid="edit-product">
      {detail && !notMine ? (
        <ProductForm key={detail.id} product={detail} cancelTo={appPaths.myProducts} onSaved={afterSave} />
      ) : (
        product.loading && (
          <p className="page-loading" role="status">
            {t('app.loading')}
          </p>
        )
      )}
      {notMine && (
        <p className="note">
          <IconInfo className="note__icon" />
          <span>{t('catalog.form.notYours')}</span>
        </p>
      )}
      <ErrorNote error={product.error} />
      {(notMine || product.error) && (
        <Link className="button button--secondary" to={appPaths.myProducts}>
          <IconLabel icon={IconArrowLeft}>{t('catalog.backToMyProducts')}</IconLabel>
        </Link>
      )}
    </div>
  );
}
