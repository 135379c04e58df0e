import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../testing/fake-api';
import { useSimClock } from './use-sim-clock';

const reading = (version: number) => ({
  simNow: '2026-12-04T03:00:00.000Z',
  speed: 1,
  paused: false,
  version,
});

describe('useSimClock', () => {
  it('keeps the newer version when the first load answers after an event with a newer one', async () => {
    let answerFirstLoad: (answer: { body: unknown }) => void = () => undefined;
    const fake = stubApi({ 'GET /api/classes/c1/clock': () => new Promise((resolve) => (answerFirstLoad = resolve)) });
    const { result } = renderHook(() => useSimClock('c1'));
    await waitFor(() => expect(fake.calls('GET /api/classes/c1/clock')).toHaveLength(1));
    // The clock moved (version 2) while the first load was on its way: the event arrives first.
    act(() => result.current.apply(reading(2) as never));
    expect(result.current.version).toBe(2);
    // The first load's answer, read before the move, arrives after it: it is older and changes nothing.
    await act(async () => answerFirstLoad({ body: reading(1) }));
    await waitFor(() => expect(result.current.error).toBeUndefined());
    expect(result.current.version).toBe(2);
  });
});
