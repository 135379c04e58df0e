// Which of the server's live broadcasts the data on screen is sure to include. Every API read is answered with the
// server's broadcast mark as the read began (X-Event-Mark, api/src/realtime/broadcast-marks.ts). The socket's first
// connection sends the oldest of them (`sync:since`), and the page loads again only if something may have come after
// it (before, every cold load read everything twice: once to paint, once when the socket connected).

import { getSession } from '../auth/session';

const MARK = /^([0-9a-f]{12})\.(\d{1,15})$/;
/** Longest wait for reads still on their way before the check gives up (and the page loads again). */
const SETTLE_WAIT_MS = 10_000;

type Oldest = { run: string; count: number } | 'unknown' | undefined;

let oldest: Oldest;
let pending = 0;
let whenSettled: (() => void)[] = [];
/** Counts the people signed in on this page: a read is noted only while the one it was begun for is still signed in. */
let generation = 0;
let signedIn: string | undefined;

/**
 * A new person signed in (she joined on the join page, or someone signed in as another): what was read before showed
 * nothing of hers, so it says nothing of what her pages may have missed. Without this, the join page's own read (made
 * before her "Gabung" and its broadcasts) was the oldest, and her home loaded everything twice right after joining.
 */
function forgetReadsOfOthers(): void {
  const token = getSession()?.token;
  if (token === signedIn) return;
  signedIn = token;
  generation += 1;
  oldest = undefined;
}

/** A read (GET) is on its way; pass what this returns to readEnded. */
export function readStarted(): number {
  forgetReadsOfOthers();
  pending += 1;
  return generation;
}

/**
 * A read ended: answered (`response`), failed (`null`: the page shows an error or saved data, and loading again may
 * mend it), or stopped by its callers (`'dropped'`: its answer is shown nowhere).
 */
export function readEnded(response: Response | null | 'dropped', startedIn = generation): void {
  forgetReadsOfOthers();
  pending = Math.max(0, pending - 1);
  if (response !== 'dropped' && startedIn === generation) note(response?.ok ? response.headers.get('X-Event-Mark') : null);
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
  forgetReadsOfOthers();
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
  signedIn = getSession()?.token;
  oldest = undefined;
  pending = 0;
  whenSettled = [];
}
