/**
 * A yes/no the whole app shares, read with useSyncExternalStore: `get` and `subscribe` are its two arguments. Used for
 * whether the shared socket is connected (realtime/socket.ts) and whether an answer said the database is away
 * (api/database-trouble.ts), which the status dot reads together.
 */
export interface Flag {
  get(): boolean;
  set(value: boolean): void;
  /** Calls `listener` whenever the value changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function createFlag(initial = false): Flag {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (value === next) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
