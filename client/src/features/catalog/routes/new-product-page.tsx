import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { ProductForm } from '../components/product-form';
import { useAfterSave, type SavedProductState } from '../hooks/use-after-save';
import { startPostQueue } from '../offline/post-queue';
import '../catalog.css';

/** /toko/produk/baru: the one-page form, for a new product (its draft kept on the phone). */
export function NewProductPage() {
  return <ParticipantOnly traineeOnly>{(session) => <NewProduct session={session} />}</ParticipantOnly>;
}

function NewProduct({ session }: { session: ParticipantSession }) {
  const afterSave = useAfterSave();
  const navigate = useNavigate();
  useEffect(() => startPostQueue(), []);

  const onQueued = (title: string) => {
    const state: SavedProductState = { saved: { title, created: true, hints: [], queued: true } };
    navigate(appPaths.myProducts, { replace: true, state });
  };

  return (
    <div className="page" data-testid="new-product">
      <ProductForm draftOwner={session.id} cancelTo={appPaths.myProducts} onSaved={afterSave} onQueued={onQueued} />
    </div>
  );
}
