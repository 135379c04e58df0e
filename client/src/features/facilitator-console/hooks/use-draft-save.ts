import { useState } from 'react';
import type { ApiState } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import type { ApiError } from '../../../shared/api/http';

export interface DraftSave<D, T> {
  /** The draft while one is being edited, else what is stored (undefined until it has loaded). */
  value: D | undefined;
  /** An unsaved change exists: "Simpan" is worth tapping. */
  dirty: boolean;
  change: (next: D) => void;
  /** Saves the draft (or what is shown): on success the answer becomes the stored data and "Tersimpan" shows. */
  submit: () => Promise<T | undefined>;
  saved: boolean;
  pending: boolean;
  error: ApiError | undefined;
}

/**
 * A settings panel of the class page: it shows what is stored, keeps the facilitator's changes as a draft, and on
 * "Simpan" sends it once, puts the server's answer in place of the stored data and says "Tersimpan" until the next
 * change. `fromStored` turns the stored answer into the form's shape; `save` sends a draft and answers the stored data.
 */
export function useDraftSave<D, T>(stored: ApiState<T>, fromStored: (data: T) => D, save: (draft: D) => Promise<T>): DraftSave<D, T> {
  const [draft, setDraft] = useState<D | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const request = useSubmit(save);
  const value = draft ?? (stored.data === undefined ? undefined : fromStored(stored.data));

  const change = (next: D) => {
    setSaved(false);
    setDraft(next);
  };

  const submit = async () => {
    if (value === undefined) return undefined;
    const answer = await request.run(value);
    if (answer === undefined) return undefined;
    stored.setData(() => answer);
    setDraft(undefined);
    setSaved(true);
    return answer;
  };

  return { value, dirty: draft !== undefined, change, submit, saved, pending: request.pending, error: request.error };
}
