// What the checkout keeps on the buyer's phone as it is typed or chosen (the address in localStorage, for every later
// checkout; this checkout's choices in sessionStorage, for this tab): read back only when it still has its shape.
// Storage may be missing, full or refused (a private tab): then nothing is kept and the checkout works all the same.
type Store = 'localStorage' | 'sessionStorage';

/** The value kept under `key`, or undefined when there is none, it cannot be read, or it is not what `is` expects. */
export function readKept<T>(store: Store, key: string, is: (value: unknown) => value is T): T | undefined {
  try {
    const stored: unknown = JSON.parse(globalThis[store]?.getItem(key) ?? 'null');
    return is(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function keep(store: Store, key: string, value: unknown): void {
  try {
    globalThis[store]?.setItem(key, JSON.stringify(value));
  } catch {
    // not kept
  }
}

export function forget(store: Store, key: string): void {
  try {
    globalThis[store]?.removeItem(key);
  } catch {
    // nothing to drop
  }
}
