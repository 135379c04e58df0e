import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/http';
import type { ApiState } from '../../../shared/api/use-api';
import { useDraftSave } from './use-draft-save';

interface Stored {
  names: string[];
}

/** An ApiState whose setData really replaces the data, as useApi's does. */
function storedState(data: Stored | undefined): ApiState<Stored> {
  const state: ApiState<Stored> = {
    data,
    error: undefined,
    loading: data === undefined,
    fetching: false,
    reload: () => undefined,
    setData: (update) => {
      state.data = update(state.data);
    },
    savedAt: undefined,
  };
  return state;
}

const fromStored = (data: Stored) => data.names;

describe('useDraftSave', () => {
  it('shows nothing before the stored data loads, then the stored data, with nothing to save', () => {
    const stored = storedState(undefined);
    const { result, rerender } = renderHook(() => useDraftSave(stored, fromStored, vi.fn()));
    expect(result.current.value).toBeUndefined();
    stored.data = { names: ['a', 'b'] };
    rerender();
    expect(result.current).toMatchObject({ value: ['a', 'b'], dirty: false, saved: false });
  });

  it('keeps a change as a draft, saves it once, takes the answer as stored and says saved until the next change', async () => {
    const stored = storedState({ names: ['a', 'b'] });
    const save = vi.fn(async (names: string[]) => ({ names: [...names, 'from server'] }));
    const { result } = renderHook(() => useDraftSave(stored, fromStored, save));
    act(() => result.current.change(['b', 'a']));
    expect(result.current).toMatchObject({ value: ['b', 'a'], dirty: true, saved: false });

    await act(async () => {
      await result.current.submit();
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(['b', 'a']);
    expect(stored.data).toEqual({ names: ['b', 'a', 'from server'] });
    expect(result.current).toMatchObject({ value: ['b', 'a', 'from server'], dirty: false, saved: true });

    act(() => result.current.change(['x']));
    expect(result.current).toMatchObject({ dirty: true, saved: false });
  });

  it('keeps the draft and shows the error when saving fails', async () => {
    const stored = storedState({ names: ['a'] });
    const refused = new ApiError(400, 'VALIDATION_FAILED', 'no');
    const { result } = renderHook(() => useDraftSave(stored, fromStored, vi.fn(async () => Promise.reject(refused))));
    act(() => result.current.change(['z']));
    let answer: Stored | undefined = { names: [] };
    await act(async () => {
      answer = await result.current.submit();
    });
    expect(answer).toBeUndefined();
    expect(stored.data).toEqual({ names: ['a'] });
    expect(result.current).toMatchObject({ value: ['z'], dirty: true, saved: false, error: refused });
  });
});
