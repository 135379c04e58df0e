import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { getMyShop } from '../api/get-my-shop';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { ProductForm } from '../components/product-form';
import { useAfterSave } from '../hooks/use-after-save';
import '../catalog.css';

/** /toko/produk/baru: the guided form, for a new product. */
export function NewProductPage() {
  return <ParticipantOnly traineeOnly>{(session) => <NewProduct session={session} />}</ParticipantOnly>;
}

function NewProduct({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const shop = useApi(`shop:${session.id}`, getMyShop);
  const afterSave = useAfterSave();

  return (
    <div className="page" data-testid="new-product">
      {shop.data ? (
        <ProductForm shop={shop.data} cancelTo={appPaths.myProducts} onSaved={afterSave} />
      ) : (
        shop.loading && (
          <p className="page-loading" role="status">
            {t('app.loading')}
          </p>
        )
      )}
      <ErrorNote error={shop.error} />
    </div>
  );
}
