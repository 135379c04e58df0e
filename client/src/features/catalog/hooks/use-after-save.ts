import { useNavigate } from 'react-router';
import { appPaths } from '../../../shared/config/paths';
import type { ProductDetail, ProductHint, ProductSaved } from '../api/product-types';

/** What the guided form tells "Produk Saya" after saving (in the navigation state). */
export interface SavedProductState {
  /** `queued`: posted offline, waiting on the phone to be sent. */
  saved: { title: string; created: boolean; hints: ProductHint[]; queued?: boolean };
}

export function savedProductState(state: unknown): SavedProductState['saved'] | undefined {
  const saved = (state as Partial<SavedProductState> | null)?.saved;
  return saved && typeof saved.title === 'string' && Array.isArray(saved.hints) ? saved : undefined;
}

/** Where the form goes once saved: "Produk Saya", saying so (a reload of that page forgets the note, as it should). */
export function useAfterSave() {
  const navigate = useNavigate();
  return (saved: ProductSaved | ProductDetail, created: boolean) => {
    const state: SavedProductState = { saved: { title: saved.title, created, hints: 'hints' in saved ? saved.hints : [] } };
    navigate(appPaths.myProducts, { replace: true, state });
  };
}
