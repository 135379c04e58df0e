// Which of the server's live broadcasts the data on screen is sure to include. Every API read is answered with the
// server's broadcast mark as the read began (X-Event-Mark, api/src/realtime/broadcast-marks.ts). The socket's first
// connection sends the oldest of them (`sync:since`), and the page loads again only if something may have come after
// it (before, every cold load read everything twice: once to paint, once when the socket connected).

const MARK = /^([0-9a-f]{12})\.(\d{1,15})$/;
/** Longest wait for reads still on their way before the check gives up (and the page loads again). */
const SETTLE_WAIT_MS = 10_000;

type Oldest = { run: string; count: number } | 'unknown' | undefined;

let oldest: Oldest;
let pending = 0;
let whenSettled: (() => void)[] = [];

/** A read (GET) is on its way. */
export function readStarted(): void {
  pending += 1;
}

/**
 * A read ended: answered (`response`), failed (`null`: the page shows an error or saved data, and loading again may
 * mend it), or stopped by its callers (`'dropped'`: its answer is shown nowhere).
 */
export function readEnded(response: Response | null | 'dropped'): void {
  pending = Math.max(0, pending - 1);
  if (response !== 'dropped') note(response?.ok ? response.headers.get('X-Event-Mark') : null);
  if (pending === 0) {
    const waiting = whenSettled;
    whenSettled = [];
    for (const resolve of waiting) resolve();
  }
}

/** Data on screen that no read answered now (a saved answer, shown without signal). */
export function shownWithoutRead(): void {
  oldest = 'unknown';
}

function note(mark: string | null): void {
  if (oldest === 'unknown') return;
  const match = mark ? MARK.exec(mark) : null;
  if (!match) {
    oldest = 'unknown';
    return;
  }
  const next = { run: match[1]!, count: Number(match[2]) };
  if (!oldest || (oldest.run === next.run && next.count < oldest.count)) oldest = next;
  else if (oldest.run !== next.run) oldest = 'unknown';
}

/** The oldest mark of the reads so far, once none is on its way; undefined when unknown (then: load again). */
export async function oldestReadMark(): Promise<string | undefined> {
  if (pending > 0) {
    const settled = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), SETTLE_WAIT_MS);
      whenSettled.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!settled) return undefined;
  }
  return oldest && oldest !== 'unknown' ? `${oldest.run}.${oldest.count}` : undefined;
}

/** For tests: as a fresh page load. */
export function resetReadMarks(): void {
  oldest = undefined;
  pending = 0;
  whenSettled = [];
}
