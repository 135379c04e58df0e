import { describe, expect, it, vi } from 'vitest';
import { createFlag } from './flag';

describe('createFlag', () => {
  it('tells its listeners of a change only, and stops telling one that unsubscribed', () => {
    const flag = createFlag();
    const heard = vi.fn();
    const unsubscribe = flag.subscribe(heard);
    flag.set(false);
    expect(heard).not.toHaveBeenCalled();
    flag.set(true);
    expect(flag.get()).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
    unsubscribe();
    flag.set(false);
    expect(flag.get()).toBe(false);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
