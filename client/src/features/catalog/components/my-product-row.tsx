import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconBox, IconCheck, IconClose, IconEdit, IconEye, IconPlus } from '../../../shared/ui/icons';
import { changeStock } from '../api/change-stock';
import type { ProductDetail } from '../api/product-types';
import { updateProduct } from '../api/update-product';
import { parseWholeNumber, PRODUCT_LIMITS } from '../product-draft';
import { CategoryIcon, IconEyeOff, IconMinus } from './catalog-icons';
import { imageSources } from './product-image';

type RowAction = { kind: 'add' } | { kind: 'remove' } | { kind: 'set'; stock: number } | { kind: 'status'; active: boolean };

/** One of the trainee's products: photo, name, price, stock with quick restock, active or not, and edit. */
export function MyProductRow({ product, onChanged }: { product: ProductDetail; onChanged: (product: ProductDetail) => void }) {
  const { t } = useTranslation();
  const [settingStock, setSettingStock] = useState(false);
  const [stockText, setStockText] = useState('');
  const [stockProblem, setStockProblem] = useState(false);
  // One change at a time per product: a double-tapped "+" adds one, then the next tap adds another.
  const act = useSubmit((action: RowAction) => {
    switch (action.kind) {
      case 'add':
        return changeStock(product.id, { add: 1 });
      case 'remove':
        return changeStock(product.id, { set: Math.max(0, product.stock - 1) });
      case 'set':
        return changeStock(product.id, { set: action.stock });
      case 'status':
        return updateProduct(product.id, { status: action.active ? 'active' : 'inactive' });
    }
  });

  const run = async (action: RowAction) => {
    const updated = await act.run(action);
    if (updated) onChanged(updated);
    return updated;
  };

  const submitStock = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const stock = parseWholeNumber(stockText);
    const valid = stock !== undefined && stock <= PRODUCT_LIMITS.stockMax;
    setStockProblem(!valid);
    if (!valid) return;
    if (await run({ kind: 'set', stock })) setSettingStock(false);
  };

  const active = product.status === 'active';
  const photo = product.photos[0]?.urls ?? product.photo;
  const titleId = `my-product-${product.id}`;

  return (
    <li className="my-product" data-testid="my-product" aria-labelledby={titleId}>
      <div className="my-product__main">
        <span className="my-product__photo">
          {photo ? (
            <img {...imageSources(photo, 'thumb')} width={72} height={72} alt="" loading="lazy" decoding="async" />
          ) : (
            <CategoryIcon category={product.category} />
          )}
        </span>
        <div className="my-product__info">
          <h2 className="my-product__title" id={titleId}>
            {product.title}
          </h2>
          <p className="my-product__price">{formatRupiah(product.price)}</p>
          <p className={active ? 'badge badge--active' : 'badge badge--inactive'} data-testid="product-status">
            {active ? <IconEye /> : <IconEyeOff />}
            <span>{active ? t('catalog.mine.active') : t('catalog.mine.inactive')}</span>
          </p>
        </div>
      </div>

      <div className="stock-row">
        <span className="stock-row__label">
          <IconBox />
          <span>{t('catalog.mine.stock')}</span>
        </span>
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label={t('catalog.mine.stockMinus', { title: product.title })}
          onClick={() => void run({ kind: 'remove' })}
          disabled={act.pending || product.stock === 0}
        >
          <IconMinus />
          <span>1</span>
        </button>
        <output className="stock-row__value" data-testid="my-product-stock" aria-live="polite">
          {product.stock}
        </output>
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label={t('catalog.mine.stockPlus', { title: product.title })}
          onClick={() => void run({ kind: 'add' })}
          disabled={act.pending}
        >
          <IconPlus />
          <span>1</span>
        </button>
        {!settingStock && (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setStockText(String(product.stock));
              setStockProblem(false);
              setSettingStock(true);
            }}
          >
            <IconLabel icon={IconEdit}>{t('catalog.mine.setStock')}</IconLabel>
          </button>
        )}
      </div>

      {settingStock && (
        <form className="form stock-form" noValidate onSubmit={(event) => void submitStock(event)} aria-label={t('catalog.mine.setStock')}>
          <label className="field">
            <span className="field__label">{t('catalog.mine.newStock')}</span>
            <input
              className="field__input"
              inputMode="numeric"
              value={stockText}
              onChange={(event) => setStockText(event.target.value)}
              aria-invalid={stockProblem || undefined}
              autoFocus
            />
          </label>
          {stockProblem && (
            <p className="field__feedback--invalid" role="alert">
              {t('errors.invalidStock')}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary button--small" disabled={act.pending}>
              <IconLabel icon={IconCheck}>{t('common.save')}</IconLabel>
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setSettingStock(false)}>
              <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
            </button>
          </div>
        </form>
      )}

      <ErrorNote error={act.error} />

      <div className="button-row">
        <Link className="button button--secondary button--small" to={linkTo.editProduct(product.id)}>
          <IconLabel icon={IconEdit}>{t('catalog.mine.edit')}</IconLabel>
        </Link>
        <button type="button" className="button button--secondary button--small" onClick={() => void run({ kind: 'status', active: !active })} disabled={act.pending}>
          <IconLabel icon={active ? IconEyeOff : IconEye}>{active ? t('catalog.mine.deactivate') : t('catalog.mine.activate')}</IconLabel>
        </button>
        {active && (
          <Link className="button button--ghost button--small" to={linkTo.storefrontProduct(product.id)}>
            <IconLabel icon={IconEye}>{t('catalog.mine.view')}</IconLabel>
          </Link>
        )}
      </div>
    </li>
  );
}
