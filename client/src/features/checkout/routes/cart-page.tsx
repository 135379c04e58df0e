import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { appPaths } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconArrowLeft, IconArrowRight, IconCart, IconStore } from '../../../shared/ui/icons';
import type { CartItem, CartView } from '../api/checkout-types';
import { getCart } from '../api/get-cart';
import { removeCartItem } from '../api/remove-cart-item';
import { setCartQuantity } from '../api/set-cart-quantity';
import { IconTrash } from '../components/checkout-icons';
import { LinePhoto } from '../components/line-photo';
import { QuantityStepper } from '../components/quantity-stepper';
import '../checkout.css';

/** /keranjang: the cart, one group per shop (each shop becomes its own order), with quantities. */
export function CartPage() {
  return <ParticipantOnly>{(session) => <Cart key={session.id} />}</ParticipantOnly>;
}

type CartChange = { productId: string; quantity: number | null };

function Cart() {
  const { t } = useTranslation();
  const cart = useApi('cart', getCart);
  const change = useSubmit(({ productId, quantity }: CartChange) =>
    quantity === null ? removeCartItem(productId) : setCartQuantity(productId, quantity),
  );

  const apply = async (next: CartChange) => {
    const updated = await change.run(next);
    if (updated) cart.setData(() => updated);
  };

  const data: CartView | undefined = cart.data;
  // The server checks out the whole cart: a line that cannot be bought (sold out, hidden) must be fixed or removed first.
  const canCheckOut = data !== undefined && data.shops.every((group) => group.items.every((item) => item.problem === null));

  return (
    <div className="page cart" data-testid="cart-page">
      <Link className="button button--ghost button--small back-link" to={appPaths.storefront}>
        <IconLabel icon={IconArrowLeft}>{t('checkout.cart.backToMarket')}</IconLabel>
      </Link>
      <h1 className="page-title">
        <IconCart />
        <span>{t('checkout.cart.title')}</span>
      </h1>
      <ErrorNote error={cart.error ?? change.error} />
      {cart.loading && (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      )}

      {data && data.shops.length === 0 && (
        <div className="note note--block" data-testid="cart-empty">
          <p>{t('checkout.cart.empty')}</p>
          <Link className="button button--primary" to={appPaths.storefront}>
            <IconLabel icon={IconStore}>{t('checkout.cart.shop')}</IconLabel>
          </Link>
        </div>
      )}

      {data?.shops.map((group) => (
        <section className="card cart-group" key={group.shop.id} data-testid="cart-shop" aria-label={group.shop.name}>
          <p className="card__eyebrow">
            <IconStore />
            <span>{group.shop.name}</span>
            <span className="cart-group__from">{group.shop.regencyLabel}</span>
          </p>
          <ul className="lines">
            {group.items.map((item) => (
              <CartLine key={item.productId} item={item} busy={change.pending} onChange={(quantity) => void apply({ productId: item.productId, quantity })} />
            ))}
          </ul>
          <p className="cart-group__subtotal">
            <span>{t('checkout.cart.shopSubtotal')}</span>
            <strong>{formatRupiah(group.subtotal)}</strong>
          </p>
        </section>
      ))}

      {data && data.shops.length > 0 && (
        <div className="sticky-total" data-testid="cart-total">
          <p className="sticky-total__amount">
            <span>{t('checkout.cart.total', { count: data.itemCount })}</span>
            <strong>{formatRupiah(data.subtotal)}</strong>
          </p>
          {data.shops.length > 1 && <p className="hint">{t('checkout.cart.splitNote', { count: data.shops.length })}</p>}
          {canCheckOut ? (
            <Link className="button button--primary" to={appPaths.checkout}>
              <IconLabel icon={IconArrowRight}>{t('checkout.cart.checkout')}</IconLabel>
            </Link>
          ) : (
            <p className="hint" data-testid="fix-lines-first">
              {t('checkout.cart.fixLinesFirst')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function CartLine({ item, busy, onChange }: { item: CartItem; busy: boolean; onChange: (quantity: number | null) => void }) {
  const { t } = useTranslation();
  const min = Math.max(1, item.minOrder);
  return (
    <li className="line" data-testid="cart-item">
      <LinePhoto photo={item.photo} />
      <div className="line__body">
        <p className="line__title">{item.title}</p>
        <p className="line__price">{formatRupiah(item.price)}</p>
        {item.problem && (
          <p className="line__problem" data-testid="line-problem">
            <IconAlert />
            <span>{t(`checkout.lineProblem.${item.problem}`, { count: item.stock, min: item.minOrder })}</span>
          </p>
        )}
        <div className="line__actions">
          <QuantityStepper value={item.quantity} min={min} max={Math.max(item.stock, item.quantity)} onChange={onChange} label={item.title} disabled={busy} />
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => onChange(null)}
            disabled={busy}
            aria-label={t('checkout.cart.removeItem', { title: item.title })}
          >
            <IconLabel icon={IconTrash}>{t('checkout.cart.remove')}</IconLabel>
          </button>
        </div>
      </div>
    </li>
  );
}
