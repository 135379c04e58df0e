import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconMapPin } from '../../../shared/ui/icons';
import { getMyShop } from '../api/get-my-shop';
import { ShopProfileForm } from '../components/shop-profile-form';

/** /toko/profil: "Profil Toko", the shop's name and description (mission "Buka toko"). */
export function ShopProfilePage() {
  return <ParticipantOnly traineeOnly>{(session) => <ShopProfile key={session.id} session={session} />}</ParticipantOnly>;
}

function ShopProfile({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const shop = useApi(`shop:${session.id}`, getMyShop);
  return (
    <div className="page shop-profile-page" data-testid="shop-profile-page">
      <Link className="button button--ghost back-link" to={appPaths.shop}>
        <IconLabel icon={IconArrowLeft}>{t('orders.seller.backToShop')}</IconLabel>
      </Link>
      <h1>{t('shop.profile.title')}</h1>
      {shop.data && (
        <p className="card__line">
          <IconMapPin />
          <span>{t('shop.origin', { regency: shop.data.regencyLabel })}</span>
        </p>
      )}
      {shop.loading && (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      )}
      <ErrorNote error={shop.error} />
      {shop.data && <ShopProfileForm key={shop.data.id} shop={shop.data} onSaved={(saved) => shop.setData(() => saved)} />}
    </div>
  );
}
