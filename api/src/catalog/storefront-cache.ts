import type { PublishedEvent } from '../common/events/domain-event.js';
import type { EventType } from '../common/events/event-map.js';

/** Different pages kept per class (pages, categories, searches) before they are all forgotten. */
const MAX_PAGES_PER_CLASS = 64;
/** Classes kept before all are forgotten (a province-wide day has about a hundred). */
const MAX_CLASSES = 2_000;

/**
 * Events that change nothing a storefront page shows (its products, their stock, shops, photos, promotions, the order
 * on the class clock): chat, notifications, missions, the learning check, money after an order. They do not make the
 * class read its pages again, so a busy chat does not empty the cache. Any other type does, a new one too.
 */
const NOT_ON_THE_STOREFRONT: ReadonlySet<EventType> = new Set<EventType>([
  'auth.logged_out',
  'participant.pin_issued',
  'participant.pin_login',
  'chat.message_sent',
  'chat.read',
  'chat.delivered',
  'notification.created',
  'notification.read',
  'mission.progress',
  'missions.settings_changed',
  'learning_check.questions_changed',
  'learning_check.round_opened',
  'certificate.issued',
  'certificates.settings_changed',
  'practice.settings_changed',
  'practice.class_message',
  'review.created',
  'wallet.funds_released',
  'wallet.refunded',
  'wallet.bank_account_registered',
  'wallet.bank_account_closed',
  'wallet.withdrawal_requested',
  'wallet.withdrawal_succeeded',
  'wallet.withdrawal_failed',
]);

interface ClassPages<T> {
  /** Moves on with every committed event of the class: a read that began before it may have seen older rows. */
  generation: number;
  pages: Map<string, { value: T; readAt: number }>;
  /** Reads on their way, shared by whoever asks for the same page meanwhile. */
  loading: Map<string, Promise<T>>;
}

/**
 * The class storefront's pages, read once and served to every phone of the class that asks within a second
 * (STOREFRONT_CACHE_MS). When a
 * class of 30 opens "Pasar" together, the database answers once, not 30 times.
 *
 * A page is forgotten as soon as something it may show is committed in its class (every write use case records an
 * event with its class, after its commit: a product posted or edited, stock taken by an order or given back, a
 * promotion, a clock change; not a chat message, see NOT_ON_THE_STOREFRONT), so a seller who edits her product and
 * opens the storefront sees the edit. A read that was already on its
 * way when such an event came is answered but not kept. A second after it was read, a page is read again anyway: that
 * bounds what a write without an event, or a promotion ending on the class clock, could leave on screen.
 *
 * Only for one node: with several (Redis), another node's writes are not heard here, and every read goes to the
 * database.
 */
export class StorefrontCache<T> {
  private readonly classes = new Map<string, ClassPages<T>>();

  /** `freshMs`: how long a page is served again (STOREFRONT_CACHE_MS); 0, or several nodes, reads every time. */
  constructor(
    private readonly freshMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The page under `key` of the class: kept if fresh, else from `load` (one load at a time per page). */
  async page(classId: string, key: string, load: () => Promise<T>): Promise<T> {
    if (this.freshMs <= 0) return load();
    const pages = this.of(classId);
    const kept = pages.pages.get(key);
    if (kept && this.now() - kept.readAt < this.freshMs) return kept.value;
    const loading = pages.loading.get(key);
    if (loading) return loading;
    const generation = pages.generation;
    const readAt = this.now();
    const read = load().finally(() => {
      if (pages.loading.get(key) === read) pages.loading.delete(key);
    });
    pages.loading.set(key, read);
    const value = await read;
    if (this.classes.get(classId) === pages && pages.generation === generation) {
      if (pages.pages.size >= MAX_PAGES_PER_CLASS) pages.pages.clear();
      pages.pages.set(key, { value, readAt });
    }
    return value;
  }

  /** Committed events: their classes' pages are read again from now on. */
  heard(events: readonly PublishedEvent[]): void {
    for (const event of events) {
      if (!event.classId || NOT_ON_THE_STOREFRONT.has(event.type)) continue;
      const pages = this.classes.get(event.classId);
      if (!pages) continue;
      pages.generation += 1;
      pages.pages.clear();
      pages.loading.clear();
    }
  }

  private of(classId: string): ClassPages<T> {
    let pages = this.classes.get(classId);
    if (!pages) {
      if (this.classes.size >= MAX_CLASSES) this.classes.clear();
      pages = { generation: 0, pages: new Map(), loading: new Map() };
      this.classes.set(classId, pages);
    }
    return pages;
  }
}
