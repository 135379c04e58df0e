import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { ConfirmPanel } from '../../../shared/ui/confirm-panel';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconCheck, IconInfo, IconStore } from '../../../shared/ui/icons';
import { getMyProducts } from '../../catalog/api/get-my-products';
import { newIdempotencyKey } from '../../../shared/api/idempotency-key';
import '../../wallet/wallet.css';
import { getPromotions, promoteProduct, type PromotionView } from '../api/promotions-api';
import { affordable, PROMOTION_DAYS, promotionFee } from '../promotion-days';

const LIVE_TYPES = ['promotion.started', 'order.placed', 'wallet.funds_released', 'wallet.withdrawal_requested', 'wallet.withdrawal_failed'] as const;

/** /toko/iklan: paid promotion — selling is free, only advertising costs money. */
export function PromotionsPage() {
  return <ParticipantOnly traineeOnly>{(session) => <Promotions key={session.id} session={session} />}</ParticipantOnly>;
}

function Promotions({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const promotions = useApi('promotions', getPromotions);
  const products = useApi('my-products', getMyProducts);
  const [productId, setProductId] = useState('');
  const [days, setDays] = useState(1);
  const [key, setKey] = useState(newIdempotencyKey);
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmit(promoteProduct);
  useClassEvents({
    classId: session.classId,
    token: session.token,
    types: LIVE_TYPES,
    onEvent: (event) => {
      if (event.payload.shopId === session.shopId) promotions.reload();
    },
    onResync: () => promotions.reload(),
  });

  const data = promotions.data;
  const running = new Set((data?.items ?? []).filter((item) => item.active).map((item) => item.productId));
  const choices = (products.data ?? []).filter((product) => product.status === 'active' && !running.has(product.id));
  const fee = data ? promotionFee(days, data.pricePerDay) : 0;
  const canPay = data ? affordable(days, data.pricePerDay, data.available) : false;
  const choose = (apply: () => void) => {
    apply();
    setKey(newIdempotencyKey());
    setConfirming(false);
    submit.clearError();
  };

  const onConfirm = async () => {
    const result = await submit.run(key, productId, days);
    setConfirming(false);
    if (result) {
      setProductId('');
      setKey(newIdempotencyKey());
      promotions.reload();
    }
  };

  return (
    <div className="page wallet-page" data-testid="promotions-page">
      <Link className="button button--ghost button--small back-link" to={appPaths.wallet}>
        <IconLabel icon={IconArrowLeft}>{t('promotions.backToWallet')}</IconLabel>
      </Link>
      <h1>{t('promotions.title')}</h1>
      <p className="note">
        <IconInfo className="note__icon" />
        <span>{t('promotions.lesson')}</span>
      </p>
      <ErrorNote error={promotions.error ?? products.error} />
      {(promotions.loading || products.loading) && <p className="page-loading">{t('app.loading')}</p>}
      {data && products.data && (
        <form className="form card" onSubmit={(e) => e.preventDefault()} data-testid="promotion-form">
          <p className="card__line">
            {t('promotions.saldo')}: <strong>{formatRupiah(data.available)}</strong>
          </p>
          <label className="field">
            <span className="field__label">{t('promotions.product')}</span>
            <select className="field__input" value={productId} onChange={(e) => choose(() => setProductId(e.target.value))} data-testid="promotion-product">
              <option value="">{choices.length === 0 ? t('promotions.noProducts') : t('promotions.chooseProduct')}</option>
              {choices.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.title}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="field">
            <legend className="field__label">{t('promotions.days')}</legend>
            <div className="day-picker">
              {PROMOTION_DAYS.map((d) => (
                <button key={d} type="button" className="button button--secondary" aria-pressed={d === days} onClick={() => choose(() => setDays(d))}>
                  {d}
                </button>
              ))}
            </div>
            <span className="field__hint">{t('promotions.priceHint', { price: formatRupiah(data.pricePerDay) })}</span>
          </fieldset>
          <p className="card__line" data-testid="promotion-fee">
            {t('promotions.fee', { days, fee: formatRupiah(fee) })}
          </p>
          {!canPay && <p className="hint">{t('promotions.notEnough')}</p>}
          <ErrorNote error={submit.error} />
          {!confirming ? (
            <button
              type="button"
              className="button button--primary"
              disabled={!productId || !canPay}
              onClick={() => setConfirming(true)}
              data-testid="promotion-submit"
            >
              <IconLabel icon={IconStore}>{t('promotions.promote')}</IconLabel>
            </button>
          ) : (
            <ConfirmPanel
              title={t('promotions.confirm', { fee: formatRupiah(fee), days })}
              confirmLabel={t('promotions.confirmButton')}
              confirmIcon={IconCheck}
              pending={submit.pending}
              onConfirm={() => void onConfirm()}
              onCancel={() => setConfirming(false)}
            />
          )}
        </form>
      )}
      {data && (
        <section className="wallet-section" aria-labelledby="promotions-list-title">
          <h2 id="promotions-list-title">{t('promotions.listTitle')}</h2>
          {data.items.length === 0 ? (
            <p className="hint">{t('promotions.empty')}</p>
          ) : (
            <ul className="wallet-list" data-testid="promotions">
              {data.items.map((item) => (
                <PromotionItem key={item.id} promotion={item} />
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

function PromotionItem({ promotion: p }: { promotion: PromotionView }) {
  const { t } = useTranslation();
  return (
    <li className="wallet-list__item" data-testid="promotion" data-active={p.active}>
      <div className="wallet-list__main">
        <span className="wallet-list__title">{p.productTitle}</span>
        <span className={p.active ? 'wallet-status wallet-status--success' : 'wallet-status wallet-status--processing'}>
          {p.active ? t('promotions.active', { at: formatWibDateTime(p.endsAt) }) : t('promotions.ended', { at: formatWibDateTime(p.endsAt) })}
        </span>
        <span data-testid="promotion-stats">{t('promotions.stats', { views: p.views, orders: p.orders })}</span>
      </div>
      <strong className="wallet-list__amount">{formatRupiah(p.fee)}</strong>
    </li>
  );
}
