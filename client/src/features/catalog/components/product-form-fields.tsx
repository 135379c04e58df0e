// The fields of the add-product form, step by step, each with an example beside it (moved out of product-form.tsx).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWeight } from '../../../shared/format/weight';
import { IconInfo, IconPlus } from '../../../shared/ui/icons';
import type { ProductCategory } from '../api/product-types';
import type { usePhotoUploads } from '../hooks/use-photo-uploads';
import {
  isFood,
  isPerishable,
  isTitleHardToFind,
  needsShelfLife,
  parseWholeNumber,
  PRODUCT_LIMITS,
  type FormStep,
  type ProductDraft,
} from '../product-draft';
import { CategoryTiles } from './category-tiles';
import { IconMinus } from './catalog-icons';
import { PhotoPicker } from './photo-picker';

/** Quick weights a seller knows by heart; tapping one fills the grams. */
const WEIGHT_EXAMPLES = [
  { key: 'kg1', grams: 1000 },
  { key: 'kgHalf', grams: 500 },
  { key: 'kgQuarter', grams: 250 },
  { key: 'ons', grams: 100 },
] as const;

export interface StepProps {
  step: FormStep;
  draft: ProductDraft;
  change: (patch: Partial<ProductDraft>) => void;
  uploads: ReturnType<typeof usePhotoUploads>;
  invalid: boolean;
}

/** An example shown beside a field: "Contoh: Gula Aren Asli 1 kg". */
function Example({ children }: { children: ReactNode }) {
  return (
    <span className="example">
      <IconInfo />
      <span>{children}</span>
    </span>
  );
}

/** The fields of one step of the product form, each with its example. */
export function StepFields({ step, draft, change, uploads, invalid }: StepProps) {
  const { t } = useTranslation();
  const aria = invalid ? { 'aria-invalid': true as const, 'aria-describedby': `problem-${step}` } : {};

  switch (step) {
    case 'photo':
      return (
        <>
          <PhotoPicker uploads={uploads} />
          <p className="hint">{t('catalog.form.photo.help')}</p>
        </>
      );

    case 'title': {
      const tidy = draft.title.trim();
      return (
        <>
          <label className="field">
            <span className="field__label">{t('catalog.form.title.label')}</span>
            <Example>{t('catalog.form.title.example')}</Example>
            <input
              className="field__input"
              name="title"
              value={draft.title}
              onChange={(event) => change({ title: event.target.value })}
              maxLength={PRODUCT_LIMITS.titleMaxChars + 10}
              autoComplete="off"
              enterKeyHint="next"
              {...aria}
            />
            <span className="field__hint">
              {t('catalog.form.title.hint', { count: [...tidy].length, max: PRODUCT_LIMITS.titleMaxChars })}
            </span>
          </label>
          {isTitleHardToFind(draft.title) && (
            <p className="note" data-testid="title-hint">
              <IconInfo className="note__icon" />
              <span>{t('catalog.hints.TITLE_HARD_TO_FIND')}</span>
            </p>
          )}
        </>
      );
    }

    case 'price': {
      const price = parseWholeNumber(draft.price);
      return (
        <label className="field">
          <span className="field__label">{t('catalog.form.price.label')}</span>
          <Example>{t('catalog.form.price.example')}</Example>
          <span className="affix">
            <span className="affix__text">Rp</span>
            <input
              className="field__input affix__input"
              name="price"
              inputMode="numeric"
              value={draft.price}
              onChange={(event) => change({ price: event.target.value })}
              autoComplete="off"
              enterKeyHint="next"
              {...aria}
            />
          </span>
          <span className="readback" aria-live="polite">
            {price !== undefined && price > 0 ? t('catalog.form.price.readback', { price: formatRupiah(price) }) : ''}
          </span>
        </label>
      );
    }

    case 'stock': {
      const stock = parseWholeNumber(draft.stock);
      const nudge = (by: number) => change({ stock: String(Math.min(PRODUCT_LIMITS.stockMax, Math.max(0, (stock ?? 0) + by))) });
      return (
        <div className="field">
          <label className="field__label" htmlFor="guided-stock">
            {t('catalog.form.stock.label')}
          </label>
          <Example>{t('catalog.form.stock.example')}</Example>
          <div className="stepper">
            <button type="button" className="button button--secondary stepper__button" onClick={() => nudge(-1)} aria-label={t('catalog.form.stock.minus')}>
              <IconMinus />
              <span>1</span>
            </button>
            <input
              id="guided-stock"
              className="field__input stepper__input"
              name="stock"
              inputMode="numeric"
              value={draft.stock}
              onChange={(event) => change({ stock: event.target.value })}
              autoComplete="off"
              enterKeyHint="next"
              {...aria}
            />
            <button type="button" className="button button--secondary stepper__button" onClick={() => nudge(1)} aria-label={t('catalog.form.stock.plus')}>
              <IconPlus />
              <span>1</span>
            </button>
          </div>
          <span className="field__hint">{t('catalog.form.stock.hint')}</span>
        </div>
      );
    }

    case 'weight': {
      const grams = parseWholeNumber(draft.weight);
      return (
        <div className="field">
          <label className="field__label" htmlFor="guided-weight">
            {t('catalog.form.weight.label')}
          </label>
          <Example>{t('catalog.form.weight.example')}</Example>
          <span className="affix">
            <input
              id="guided-weight"
              className="field__input affix__input"
              name="weight"
              inputMode="numeric"
              value={draft.weight}
              onChange={(event) => change({ weight: event.target.value })}
              autoComplete="off"
              enterKeyHint="next"
              {...aria}
            />
            <span className="affix__text">{t('catalog.form.weight.unit')}</span>
          </span>
          <span className="readback" aria-live="polite">
            {grams !== undefined && grams >= 1000 ? t('catalog.form.weight.readback', { weight: formatWeight(grams) }) : ''}
          </span>
          <div className="chips chips--wrap" role="group" aria-label={t('catalog.form.weight.quick')}>
            {WEIGHT_EXAMPLES.map(({ key, grams: value }) => (
              <button key={key} type="button" className="chip" aria-pressed={grams === value} onClick={() => change({ weight: String(value) })}>
                {t(`catalog.form.weight.examples.${key}`)}
              </button>
            ))}
          </div>
          <span className="field__hint">{t('catalog.form.weight.hint')}</span>
        </div>
      );
    }

    case 'category':
      return <CategoryStep draft={draft} change={change} invalid={invalid} />;

    case 'description':
      return (
        <label className="field">
          <span className="field__label">
            {t('catalog.form.description.label')} <span className="field__optional">{t('common.optional')}</span>
          </span>
          <Example>{t('catalog.form.description.example')}</Example>
          <textarea
            className="field__input field__textarea"
            name="description"
            rows={6}
            value={draft.description}
            onChange={(event) => change({ description: event.target.value })}
            {...aria}
          />
          <span className="field__hint">
            {t('catalog.form.description.hint', { count: [...draft.description.trim()].length, max: PRODUCT_LIMITS.descriptionMaxChars })}
          </span>
        </label>
      );
  }
}

function CategoryStep({ draft, change, invalid }: { draft: ProductDraft; change: (patch: Partial<ProductDraft>) => void; invalid: boolean }) {
  const { t } = useTranslation();
  const category = draft.category;
  const required = needsShelfLife(category);
  const food = isFood(category);

  return (
    <>
      <CategoryTiles value={category} onChange={(value: ProductCategory) => change({ category: value })} invalid={invalid && category === ''} />

      {food && !required && (
        <fieldset className="yes-no">
          <legend className="field__label">{t('catalog.form.category.perishableQuestion')}</legend>
          <span className="field__hint">{t('catalog.form.category.perishableHelp')}</span>
          <div className="yes-no__options">
            {[true, false].map((answer) => (
              <label key={String(answer)} className="tile tile--small" data-checked={draft.perishable === answer || undefined}>
                <input
                  className="visually-hidden"
                  type="radio"
                  name="perishable"
                  checked={draft.perishable === answer}
                  onChange={() => change({ perishable: answer })}
                />
                <span className="tile__label">{answer ? t('catalog.form.category.yes') : t('catalog.form.category.no')}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {required && category !== '' && (
        <p className="note" data-testid="shelf-life-required">
          <IconInfo className="note__icon" />
          <span>{t('catalog.form.category.shelfLifeRequired', { category: t(`catalog.categories.${category}`) })}</span>
        </p>
      )}

      {isPerishable(draft) && (
        <label className="field">
          <span className="field__label">{t('catalog.form.category.shelfLifeLabel')}</span>
          <Example>{t('catalog.form.category.shelfLifeExample')}</Example>
          <span className="affix">
            <input
              className="field__input affix__input"
              name="shelfLifeDays"
              inputMode="numeric"
              value={draft.shelfLifeDays}
              onChange={(event) => change({ shelfLifeDays: event.target.value })}
              autoComplete="off"
            />
            <span className="affix__text">{t('catalog.form.category.days')}</span>
          </span>
        </label>
      )}
    </>
  );
}
