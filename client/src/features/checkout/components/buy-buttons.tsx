import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { appPaths, linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowRight, IconCart, IconCheck } from '../../../shared/ui/icons';
import { addToCart } from '../api/add-to-cart';
import { QuantityStepper } from './quantity-stepper';
import '../checkout.css';

export interface BuyableProduct {
  id: string;
  title: string;
  stock: number;
  minOrder: number;
}

/**
 * Under a product's price: how many, "+ Keranjang" and "Beli Sekarang" (straight to the checkout with this product
 * only). On a phone the two buttons sit in a bar at the bottom of the screen.
 */
export function BuyButtons({ product }: { product: BuyableProduct }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const min = Math.max(1, product.minOrder);
  const [quantity, setQuantity] = useState(min);
  const [added, setAdded] = useState<number | undefined>(undefined);
  const add = useSubmit(addToCart);

  if (product.stock < min) {
    return (
      <p className="note" data-testid="sold-out">
        <span>{t('checkout.buy.soldOut')}</span>
      </p>
    );
  }

  const onAdd = async () => {
    const cart = await add.run(product.id, quantity);
    if (cart) setAdded(cart.itemCount);
  };

  return (
    <section className="buy card" aria-label={t('checkout.buy.label')} data-testid="buy-buttons">
      <div className="buy__quantity">
        <span className="field__label">{t('checkout.buy.quantity')}</span>
        <QuantityStepper value={quantity} min={min} max={product.stock} onChange={setQuantity} label={product.title} disabled={add.pending} />
      </div>
      {/* On a phone the buttons (and what they answer) stay at the bottom of the screen, as in a marketplace app. */}
      <div className="buy__bar" data-testid="buy-bar">
        <ErrorNote error={add.error} />
        {added !== undefined && (
          <p className="note note--ok buy__added" role="status" data-testid="added-to-cart">
            <IconCheck className="note__icon" />
            <span>{t('checkout.buy.added', { count: added })}</span>
            <Link className="button button--secondary button--small" to={appPaths.cart}>
              <IconLabel icon={IconCart}>{t('checkout.buy.openCart')}</IconLabel>
            </Link>
          </p>
        )}
        <div className="buy__actions">
          <button type="button" className="button button--primary" onClick={() => void navigate(linkTo.checkoutProduct(product.id, quantity))}>
            <IconLabel icon={IconArrowRight}>{t('checkout.buy.buyNow')}</IconLabel>
          </button>
          <button type="button" className="button button--secondary" onClick={() => void onAdd()} disabled={add.pending} aria-busy={add.pending}>
            <IconLabel icon={IconCart}>{t('checkout.buy.addToCart')}</IconLabel>
          </button>
        </div>
      </div>
    </section>
  );
}
