import { randomBytes } from 'node:crypto';

/** The header every API read carries: this node's broadcast mark when the request began (`<run>.<count>`). */
export const EVENT_MARK_HEADER = 'X-Event-Mark';

/** Rooms remembered before the oldest are forgotten (a province-wide day has a few thousand live rooms). */
const MAX_ROOMS = 50_000;

/**
 * What a page's reads cannot have missed. Every broadcast this node makes (after its commit) adds one to a count and
 * writes it against each of its rooms. A read that began at mark N saw every broadcast up to N: they were committed
 * before its first statement. So a phone whose reads all began at N or later, and whose rooms had no broadcast after
 * N, missed nothing; its first connection need not load the page again (`missedSince`).
 *
 * Only for one node: with several (Redis), another node's broadcasts are not counted here, and every phone loads again.
 */
export class BroadcastMarks {
  /** This run of this node: a mark from before a restart (or from another node) is not comparable. */
  readonly run = randomBytes(6).toString('hex');
  private count = 0;
  /** Marks below this may have had broadcasts that are no longer remembered by room. */
  private floor = 0;
  private readonly lastByRoom = new Map<string, number>();

  constructor(private readonly alone: boolean) {}

  /** The mark of a read that begins now. */
  current(): string {
    return `${this.run}.${this.count}`;
  }

  /** A broadcast to these rooms, made after its commit. */
  sent(rooms: readonly string[]): void {
    this.count += 1;
    if (this.lastByRoom.size + rooms.length > MAX_ROOMS) {
      this.lastByRoom.clear();
      this.floor = this.count;
    }
    for (const room of rooms) this.lastByRoom.set(room, this.count);
  }

  /** Whether a broadcast to one of these rooms may have come after `mark` (an unknown mark: yes). */
  missedSince(mark: unknown, rooms: Iterable<string>): boolean {
    if (!this.alone || typeof mark !== 'string') return true;
    const match = /^([0-9a-f]{12})\.(\d{1,15})$/.exec(mark);
    if (!match || match[1] !== this.run) return true;
    const since = Number(match[2]);
    if (since > this.count || since < this.floor) return true;
    for (const room of rooms) if ((this.lastByRoom.get(room) ?? 0) > since) return true;
    return false;
  }
}
