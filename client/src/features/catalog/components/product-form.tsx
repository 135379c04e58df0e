import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../shared/api/http';
import { useSubmit } from '../../../shared/api/use-submit';
import { errorMessageKey } from '../../../shared/i18n/error-messages';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconCheck, IconClose, IconInfo } from '../../../shared/ui/icons';
import { newIdempotencyKey } from '../../../shared/api/idempotency-key';
import { createProduct } from '../api/create-product';
import type { ProductDetail, ProductSaved } from '../api/product-types';
import { updateProduct } from '../api/update-product';
import { suggestCategory } from '../category-suggestion';
import { usePhotoUploads } from '../hooks/use-photo-uploads';
import { clearDraft, loadDraft, saveDraftFields, saveDraftPhotos, type StoredPhoto } from '../offline/posting-store';
import { queuePost } from '../offline/post-queue';
import {
  changesFrom,
  checkStep,
  draftFromProduct,
  EMPTY_DRAFT,
  FORM_STEPS,
  keptUnderTyped,
  stepOfCode,
  toProductRequest,
  type DraftProblem,
  type FormStep,
  type ProductDraft,
} from '../product-draft';
import { IconSend } from './catalog-icons';
import { StepFields } from './product-form-fields';

/** The form's own problems (nothing chosen yet, a photo still uploading); the rest are the API's codes. */
const CLIENT_PROBLEMS = {
  PHOTO_UPLOADING: 'catalog.form.problems.photoUploading',
  CATEGORY_REQUIRED: 'catalog.form.problems.categoryRequired',
  PERISHABLE_REQUIRED: 'catalog.form.problems.perishableRequired',
} as const;

function problemKey(problem: DraftProblem) {
  return problem in CLIENT_PROBLEMS ? CLIENT_PROBLEMS[problem as keyof typeof CLIENT_PROBLEMS] : errorMessageKey(problem);
}

type Problems = Partial<Record<FormStep, DraftProblem>>;

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the phone says it has no network, kept current as the Wi-Fi comes and goes. */
function useOffline(): boolean {
  return useSyncExternalStore(subscribeOnline, isOffline, () => false);
}

export interface ProductFormProps {
  /** The product being edited; a new one when absent. */
  product?: ProductDetail;
  /** A new product's draft is kept on the phone under this participant (a reload brings it back). */
  draftOwner?: string;
  cancelTo: string;
  onSaved: (saved: ProductSaved | ProductDetail, created: boolean) => void;
  /** Posted while offline: kept on the phone, sent when the phone is back online. */
  onQueued?: (title: string) => void;
}

/**
 * The add-product form for a first-time seller: one scrolling page, the camera first, an example beside each field,
 * the category suggested from the name, and every problem shown at its field when "Posting Produk" is tapped.
 * A new product's draft and its photos stay on the phone until posted; posted offline, it waits in a queue.
 */
export function ProductForm({ product, draftOwner, cancelTo, onSaved, onQueued }: ProductFormProps) {
  const { t } = useTranslation();
  const editing = product !== undefined;
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? draftFromProduct(product) : EMPTY_DRAFT));
  const [suggested, setSuggested] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [restored, setRestored] = useState<'loading' | 'none' | 'restored'>(draftOwner && !editing ? 'loading' : 'none');
  const uploads = usePhotoUploads(product?.photos);
  const { restore, stored } = uploads;
  const offline = useOffline();
  /** Posted (or queued): the draft is cleared and never written again by a late save. */
  const finished = useRef(false);
  /** Keeps the post on the phone, with every photo's shrunk copy, to be sent once on reconnect. */
  const queue = async (request: ReturnType<typeof toProductRequest>): Promise<{ queued: string }> => {
    const { photoIds: _sent, ...fields } = request;
    await queuePost({
      key: newIdempotencyKey(),
      participantId: draftOwner ?? '',
      request: fields,
      photos: stored().map((photo) => ({ blob: photo.blob, fileName: photo.fileName, ...(photo.media ? { mediaId: photo.media.id } : {}) })),
      queuedAt: Date.now(),
    });
    return { queued: request.title };
  };

  const save = useSubmit(async (): Promise<{ saved: ProductSaved | ProductDetail; created: boolean } | { queued: string }> => {
    const request = toProductRequest(draft, uploads.photoIds);
    if (!product) {
      if (isOffline()) return queue(request);
      try {
        return { saved: await createProduct(request), created: true };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NETWORK_ERROR') return queue(request);
        throw error;
      }
    }
    const changes = changesFrom(product, request);
    if (Object.keys(changes).length === 0) return { saved: product, created: false };
    return { saved: await updateProduct(product.id, changes), created: false };
  });

  // A reload (the camera app often takes the tab down) brings back the draft and its photos.
  /** What the phone holds now: not written again (a restored draft, an empty form). */
  const written = useRef<{ fields: string; photos: readonly StoredPhoto[] }>({ fields: '', photos: [] });
  useEffect(() => {
    if (!draftOwner || editing) return;
    let live = true;
    void loadDraft(draftOwner).then((kept) => {
      if (!live) return;
      if (kept && (kept.photos.length > 0 || JSON.stringify(kept.draft) !== JSON.stringify(EMPTY_DRAFT))) {
        written.current = { fields: JSON.stringify({ draft: kept.draft, suggested: kept.suggested }), photos: kept.photos };
        // What she typed before the phone answered stays (written once the read is done); the kept draft fills the rest.
        setDraft((typed) => keptUnderTyped(kept.draft, typed));
        setSuggested(kept.suggested);
        restore(kept.photos);
        setRestored('restored');
      } else {
        written.current = { fields: JSON.stringify({ draft: EMPTY_DRAFT, suggested: false }), photos: [] };
        setRestored('none');
      }
    });
    return () => {
      live = false;
    };
  }, [draftOwner, editing, restore]);

  // ...and every change is written as it is rendered, in the same task as the key or the tap: a write begun as the
  // page goes (a reload, the camera app taking the tab down) may never commit. A layout effect, as a plain one runs
  // after the next frame. The photos are written apart, only when one is added, removed or uploaded.
  const photoStates = uploads.slots.map((slot) => `${slot.key}:${slot.status}`).join();
  useLayoutEffect(() => {
    if (!draftOwner || editing || restored === 'loading' || finished.current) return;
    const fields = JSON.stringify({ draft, suggested });
    if (fields !== written.current.fields) {
      written.current.fields = fields;
      void saveDraftFields(draftOwner, { draft, suggested });
    }
  }, [draftOwner, editing, restored, draft, suggested]);
  useLayoutEffect(() => {
    if (!draftOwner || editing || restored === 'loading' || finished.current) return;
    const photos = stored();
    const same = (a: StoredPhoto, b: StoredPhoto | undefined) => a.blob === b?.blob && a.fileName === b.fileName && a.media?.id === b.media?.id;
    if (photos.length !== written.current.photos.length || photos.some((photo, i) => !same(photo, written.current.photos[i]))) {
      written.current.photos = photos;
      void saveDraftPhotos(draftOwner, photos);
    }
  }, [draftOwner, editing, restored, photoStates, stored]);

  const change = (patch: Partial<ProductDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setProblems((current) => {
      const next = { ...current };
      for (const step of FORM_STEPS) if (step !== 'photo' && checkStep(step, { ...draft, ...patch }, photos) === undefined) delete next[step];
      return next;
    });
    save.clearError();
  };

  /** A new name may point to a category: picked for her unless she chose one herself. */
  const changeTitle = (title: string) => {
    const suggestion = suggestCategory(title);
    if (suggestion && (draft.category === '' || suggested)) {
      change({ title, category: suggestion.category, perishable: suggestion.perishable });
      setSuggested(true);
    } else change({ title });
  };

  const chooseCategory = (patch: Partial<ProductDraft>) => {
    // Her own choice: the "mudah basi?" answer the suggestion gave goes with the old category.
    if (patch.category !== undefined) {
      setSuggested(false);
      if (patch.category !== draft.category) return change({ ...patch, perishable: null });
    }
    change(patch);
  };

  // Offline, a photo that could not go up yet goes along with the queued post.
  const photos = { ready: uploads.ready + (offline && !editing ? uploads.offline : 0), busy: uploads.busy };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Problems = {};
    for (const step of FORM_STEPS) {
      const problem = checkStep(step, draft, photos);
      if (problem) found[step] = problem;
    }
    setProblems(found);
    const first = FORM_STEPS.find((step) => found[step]);
    if (first) {
      focusSection(first);
      return;
    }
    const result = await save.run();
    if (!result) return;
    finished.current = true;
    if (draftOwner && !editing) await clearDraft(draftOwner);
    if ('queued' in result) onQueued?.(result.queued);
    else onSaved(result.saved, result.created);
  };

  // A refusal that belongs to a field is shown at that field, and the page goes there.
  const refusedStep = save.error ? stepOfCode(save.error.code) : undefined;
  useEffect(() => {
    if (refusedStep) focusSection(refusedStep);
  }, [refusedStep, save.error]);

  return (
    <form className="form product-form" data-testid="product-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="product-form-title">
      <h1 id="product-form-title">{editing ? t('catalog.form.editTitle') : t('catalog.form.addTitle')}</h1>
      {restored === 'restored' && (
        <p className="note note--ok" role="status" data-testid="draft-restored">
          <IconCheck className="note__icon" />
          <span>{t('catalog.form.restored')}</span>
        </p>
      )}
      {offline && !editing && (
        <p className="note" role="status" data-testid="offline-note">
          <IconInfo className="note__icon" />
          <span>{t('catalog.form.offline')}</span>
        </p>
      )}

      {FORM_STEPS.map((step) => (
        <section key={step} className="product-form__section" id={`section-${step}`} tabIndex={-1} aria-labelledby={`heading-${step}`} data-step={step}>
          <h2 className="product-form__heading" id={`heading-${step}`}>
            {t(`catalog.form.${step}.title`)}
          </h2>
          {step === 'category' && suggested && draft.category !== '' && (
            <p className="note" data-testid="category-suggested">
              <IconInfo className="note__icon" />
              <span>{t('catalog.form.category.suggested', { category: t(`catalog.categories.${draft.category}`) })}</span>
            </p>
          )}
          <StepFields
            step={step}
            draft={draft}
            change={step === 'title' ? (patch) => (patch.title !== undefined ? changeTitle(patch.title) : change(patch)) : step === 'category' ? chooseCategory : change}
            uploads={uploads}
            invalid={problems[step] !== undefined}
          />
          {problems[step] && (
            <p className="field__feedback--invalid" role="alert" id={`problem-${step}`} data-testid="field-problem" data-code={problems[step]}>
              <IconLabel icon={IconAlert}>{t(problemKey(problems[step]))}</IconLabel>
            </p>
          )}
          {refusedStep === step && <ErrorNote error={save.error} />}
        </section>
      ))}

      {save.error && !refusedStep && <ErrorNote error={save.error} />}

      <div className="product-form__actions">
        <button type="submit" className="button button--primary" disabled={save.pending} aria-busy={save.pending} data-testid="post-product">
          <IconLabel icon={editing ? IconCheck : IconSend}>
            {save.pending ? t('common.saving') : editing ? t('catalog.form.save') : t('catalog.form.post')}
          </IconLabel>
        </button>
        <Link className="button button--secondary" to={cancelTo}>
          <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
        </Link>
      </div>
    </form>
  );
}

function focusSection(step: FormStep): void {
  const section = document.getElementById(`section-${step}`);
  section?.focus();
  section?.scrollIntoView?.({ block: 'start' });
}
