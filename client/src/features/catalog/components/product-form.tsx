import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../shared/api/http';
import { useSubmit } from '../../../shared/api/use-submit';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWeight } from '../../../shared/format/weight';
import { errorMessageKey } from '../../../shared/i18n/error-messages';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconArrowLeft, IconArrowRight, IconCheck, IconClose, IconEdit, IconEye, IconInfo, IconPlus } from '../../../shared/ui/icons';
import { createProduct } from '../api/create-product';
import type { ProductCategory, ProductDetail, ProductSaved } from '../api/product-types';
import { updateProduct } from '../api/update-product';
import { usePhotoUploads } from '../hooks/use-photo-uploads';
import {
  changesFrom,
  checkStep,
  draftFromProduct,
  EMPTY_DRAFT,
  FORM_STEPS,
  isFood,
  isPerishable,
  isTitleHardToFind,
  needsShelfLife,
  parseWholeNumber,
  PRODUCT_LIMITS,
  stepOfCode,
  toProductRequest,
  type DraftProblem,
  type FormStep,
  type ProductDraft,
} from '../product-draft';
import { CategoryTiles } from './category-tiles';
import { IconMinus, IconSend } from './catalog-icons';
import { PhotoPicker } from './photo-picker';
import { ProductView } from './product-view';

const PREVIEW = FORM_STEPS.length;

/** Quick weights a seller knows by heart; tapping one fills the grams. */
const WEIGHT_EXAMPLES = [
  { key: 'kg1', grams: 1000 },
  { key: 'kgHalf', grams: 500 },
  { key: 'kgQuarter', grams: 250 },
  { key: 'ons', grams: 100 },
] as const;

/** The form's own problems (nothing chosen yet, a photo still uploading); the rest are the API's codes. */
const CLIENT_PROBLEMS = {
  PHOTO_UPLOADING: 'catalog.form.problems.photoUploading',
  CATEGORY_REQUIRED: 'catalog.form.problems.categoryRequired',
  PERISHABLE_REQUIRED: 'catalog.form.problems.perishableRequired',
} as const;

function problemKey(problem: DraftProblem) {
  return problem in CLIENT_PROBLEMS ? CLIENT_PROBLEMS[problem as keyof typeof CLIENT_PROBLEMS] : errorMessageKey(problem);
}

export interface ProductFormProps {
  /** The product being edited; a new one when absent. */
  product?: ProductDetail;
  /** The trainee's shop, as the preview shows it. */
  shop: { name: string; regencyLabel: string };
  cancelTo: string;
  onSaved: (saved: ProductSaved | ProductDetail, created: boolean) => void;
}

/**
 * The guided add-product form for a first-time seller: one question per screen, an example beside each
 * field, big Back/Next buttons, a check on every step, and the product as buyers will see it before it is posted.
 */
export function ProductForm({ product, shop, cancelTo, onSaved }: ProductFormProps) {
  const { t } = useTranslation();
  const editing = product !== undefined;
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? draftFromProduct(product) : EMPTY_DRAFT));
  const [index, setIndex] = useState(0);
  const [problem, setProblem] = useState<DraftProblem | undefined>(undefined);
  const uploads = usePhotoUploads(product?.photos);
  const save = useSubmit(async (): Promise<{ saved: ProductSaved | ProductDetail; created: boolean }> => {
    const request = toProductRequest(draft, uploads.photoIds);
    try {
      if (!product) return { saved: await createProduct(request), created: true };
      const changes = changesFrom(product, request);
      if (Object.keys(changes).length === 0) return { saved: product, created: false };
      return { saved: await updateProduct(product.id, changes), created: false };
    } catch (error) {
      // A refusal that belongs to a step sends her back to that step, where it is shown.
      const refused = error instanceof ApiError ? stepOfCode(error.code) : undefined;
      if (refused) setIndex(FORM_STEPS.indexOf(refused));
      throw error;
    }
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each new step is announced and scrolled to: focus goes to its question.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [index]);

  const step: FormStep | undefined = FORM_STEPS[index];
  const photos = { ready: uploads.ready, busy: uploads.busy };
  const change = (patch: Partial<ProductDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setProblem(undefined);
    save.clearError();
  };
  const goTo = (target: number) => {
    setProblem(undefined);
    save.clearError();
    setIndex(target);
  };

  const next = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!step) return;
    const found = checkStep(step, draft, photos);
    setProblem(found);
    if (!found) goTo(index + 1);
  };

  /** Edit mode: straight to the preview when every step is fine, else to the first step that is not. */
  const jumpToPreview = () => {
    const firstBad = FORM_STEPS.findIndex((s) => checkStep(s, draft, photos) !== undefined);
    if (firstBad < 0) return goTo(PREVIEW);
    setIndex(firstBad);
    setProblem(checkStep(FORM_STEPS[firstBad]!, draft, photos));
  };

  const post = async () => {
    const firstBad = FORM_STEPS.findIndex((s) => checkStep(s, draft, photos) !== undefined);
    if (firstBad >= 0) {
      setIndex(firstBad);
      setProblem(checkStep(FORM_STEPS[firstBad]!, draft, photos));
      return;
    }
    const result = await save.run();
    if (result) onSaved(result.saved, result.created);
  };

  const refusedStep = save.error ? stepOfCode(save.error.code) : undefined;

  const counter = step ? t('catalog.form.stepOf', { step: index + 1, total: FORM_STEPS.length }) : t('catalog.form.lastStep');

  return (
    <div className="guided" data-testid="product-form" data-step={step ?? 'preview'}>
      <p className="guided__title">{editing ? t('catalog.form.editTitle') : t('catalog.form.addTitle')}</p>
      <div className="guided__progress" aria-hidden="true">
        {[...FORM_STEPS, 'preview'].map((s, i) => (
          <span key={s} className="guided__dot" data-done={i < index || undefined} data-current={i === index || undefined} />
        ))}
      </div>
      <p className="guided__counter" data-testid="step-counter">
        {counter}
      </p>

      {step ? (
        <form className="form guided__form" noValidate onSubmit={next} aria-labelledby="guided-step-title">
          <h1 className="guided__question" id="guided-step-title" tabIndex={-1} ref={heading}>
            {t(`catalog.form.${step}.title`)}
          </h1>

          <StepFields step={step} draft={draft} change={change} uploads={uploads} invalid={problem !== undefined} />

          {problem && (
            <p className="field__feedback--invalid" role="alert" id="guided-problem" data-testid="step-problem" data-code={problem}>
              <IconLabel icon={IconAlert}>{t(problemKey(problem))}</IconLabel>
            </p>
          )}
          {refusedStep === step && <ErrorNote error={save.error} />}

          <div className="guided__nav">
            {index === 0 ? (
              <Link className="button button--secondary" to={cancelTo}>
                <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
              </Link>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => goTo(index - 1)}>
                <IconLabel icon={IconArrowLeft}>{t('catalog.form.back')}</IconLabel>
              </button>
            )}
            <button type="submit" className="button button--primary">
              <IconLabel icon={IconArrowRight}>{t('catalog.form.next')}</IconLabel>
            </button>
          </div>
          {editing && (
            <button type="button" className="button button--ghost" onClick={jumpToPreview}>
              <IconLabel icon={IconEye}>{t('catalog.form.toPreview')}</IconLabel>
            </button>
          )}
        </form>
      ) : (
        <section className="guided__form" aria-labelledby="guided-step-title" data-testid="product-preview">
          <h1 className="guided__question" id="guided-step-title" tabIndex={-1} ref={heading}>
            {t('catalog.form.preview.title')}
          </h1>
          <p className="note">
            <IconEye className="note__icon" />
            <span>{t('catalog.form.preview.intro')}</span>
          </p>
          <div className="preview-frame">
            <ProductView
              product={{
                title: draft.title.replace(/\s+/g, ' ').trim(),
                price: parseWholeNumber(draft.price) ?? 0,
                stock: parseWholeNumber(draft.stock) ?? 0,
                weightGrams: parseWholeNumber(draft.weight) ?? 0,
                category: draft.category,
                shelfLifeDays: isPerishable(draft) ? (parseWholeNumber(draft.shelfLifeDays) ?? null) : null,
                condition: product?.condition ?? 'new',
                minOrder: product?.minOrder ?? 1,
                description: draft.description.trim(),
                shop,
              }}
              photos={uploads.slots.flatMap((slot) =>
                slot.status === 'done' ? [{ key: slot.key, src: slot.previewUrl, width: slot.media?.width ?? 480, height: slot.media?.height ?? 480 }] : [],
              )}
            />
          </div>

          {save.error && !refusedStep && (
            <>
              <ErrorNote error={save.error} />
              {save.error.code === 'PROHIBITED_PRODUCT' && (
                <div className="button-row">
                  <button type="button" className="button button--secondary" onClick={() => goTo(FORM_STEPS.indexOf('title'))}>
                    <IconLabel icon={IconEdit}>{t('catalog.form.preview.editTitle')}</IconLabel>
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => goTo(FORM_STEPS.indexOf('description'))}>
                    <IconLabel icon={IconEdit}>{t('catalog.form.preview.editDescription')}</IconLabel>
                  </button>
                </div>
              )}
            </>
          )}

          <div className="guided__nav">
            <button type="button" className="button button--secondary" onClick={() => goTo(index - 1)} disabled={save.pending}>
              <IconLabel icon={IconArrowLeft}>{t('catalog.form.back')}</IconLabel>
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void post()}
              disabled={save.pending}
              aria-busy={save.pending}
              data-testid="post-product"
            >
              <IconLabel icon={editing ? IconCheck : IconSend}>
                {save.pending ? t('common.saving') : editing ? t('catalog.form.preview.save') : t('catalog.form.preview.post')}
              </IconLabel>
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

interface StepProps {
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

function StepFields({ step, draft, change, uploads, invalid }: StepProps) {
  const { t } = useTranslation();
  const aria = invalid ? { 'aria-invalid': true as const, 'aria-describedby': 'guided-problem' } : {};

  switch (step) {
    case 'photo':
      return (
        <>
          <p className="guided__help">{t('catalog.form.photo.help')}</p>
          <PhotoPicker uploads={uploads} />
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
