// Item pages kept rendered, like the static pages a government CMS publishes: an item's page is
// read far more often than it changes, and crawlers walk the whole archive, which no short-lived
// cache can hold. Each page is kept (gzip body and ETag only) until the database announces that
// something on it changed (see the 202611280900 migration): the item, its versions or an
// interpretation of it drop that page; an org, catalogue or setting change drops all pages.
// Pages are bounded by bytes; the least recently used go first.
import { etagOf, gzipPage } from './http-caching.ts';

export interface PublishedPage {
  etag: string;
  gzip: Buffer;
  itemId: number;
}

export interface PublishedPagesOptions {
  /** At most this many bytes of pages (gzip bodies and an estimate of the rest; 0 keeps nothing). */
  maxBytes: number;
  /**
   * After an "everything changed" notice, nothing is kept for this long: the portal's own short
   * caches of orgs and catalogues (5 s) may still hold the old names.
   */
  settleMs?: number;
  now?: () => number;
}

/** What a kept page costs besides its gzip body (key, objects, index), counted against the budget. */
const ENTRY_OVERHEAD_BYTES = 400;

/** `/o/<org>/items/<id>` with no query: the addresses kept. */
const ITEM_PATH = /^\/o\/[a-z0-9][a-z0-9-]{0,62}\/items\/(\d{1,9})$/;

export function publishedItemId(path: string): number | undefined {
  const match = ITEM_PATH.exec(path);
  return match ? Number(match[1]) : undefined;
}

export class PublishedPages {
  readonly #pages = new Map<string, PublishedPage>();
  readonly #keysOfItem = new Map<number, Set<string>>();
  readonly #maxBytes: number;
  readonly #settleMs: number;
  readonly #now: () => number;
  #bytes = 0;
  #generation = 0;
  #settledAt = 0;
  #listening = false;

  constructor(options: PublishedPagesOptions) {
    this.#maxBytes = options.maxBytes;
    this.#settleMs = options.settleMs ?? 6000;
    this.#now = options.now ?? Date.now;
  }

  /** Pages are kept only while change notices are heard (without them nothing could drop a page). */
  get enabled(): boolean {
    return this.#maxBytes > 0 && this.#listening;
  }

  get size(): number {
    return this.#pages.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get maxBytes(): number {
    return this.#maxBytes;
  }

  /** Changes with every notice: a page rendered from data read before a notice is not kept. */
  get generation(): number {
    return this.#generation;
  }

  /** Whether a page rendered now would be kept (false while settling after an "everything" notice). */
  get accepting(): boolean {
    return this.enabled && this.#now() >= this.#settledAt;
  }

  /** When the store will accept pages again after an "everything" notice (0 if it does). */
  get settlesInMs(): number {
    return Math.max(0, this.#settledAt - this.#now());
  }

  /** Notices are heard (again): start keeping pages. Anything kept before is dropped. */
  startListening(): void {
    this.dropAll();
    this.#listening = true;
  }

  /** Notices may be missed from now on: drop everything and keep nothing. */
  stopListening(): void {
    this.#listening = false;
    this.dropAll();
  }

  /** Whether a page is kept under `key` (without marking it as recently used). */
  has(key: string): boolean {
    return this.#pages.has(key);
  }

  get(key: string): PublishedPage | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    this.#pages.delete(key);
    this.#pages.set(key, page);
    return page;
  }

  /**
   * Keeps a rendered page under `key` (display mode + path), unless a notice arrived since
   * `generation` was read. Returns the stored page, or undefined when it was not kept.
   */
  set(key: string, itemId: number, html: string, generation: number): PublishedPage | undefined {
    if (generation !== this.#generation || !this.accepting) return undefined;
    const page: PublishedPage = { etag: etagOf(html), gzip: gzipPage(html), itemId };
    if (page.gzip.length > this.#maxBytes / 4) return undefined;
    this.#drop(key);
    this.#pages.set(key, page);
    this.#bytes += page.gzip.length + ENTRY_OVERHEAD_BYTES;
    const keys = this.#keysOfItem.get(itemId) ?? new Set<string>();
    keys.add(key);
    this.#keysOfItem.set(itemId, keys);
    for (const oldest of this.#pages.keys()) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#drop(oldest);
    }
    return page;
  }

  /** A change notice: the ids of items whose pages changed, comma-separated, or `*` for all. */
  onNotice(payload: string): void {
    this.#generation++;
    if (payload === '*' || payload === '') {
      this.dropAll();
      this.#settledAt = this.#now() + this.#settleMs;
      return;
    }
    for (const id of payload.split(',')) {
      const keys = this.#keysOfItem.get(Number(id));
      if (keys) for (const key of [...keys]) this.#drop(key);
    }
  }

  dropAll(): void {
    this.#generation++;
    this.#pages.clear();
    this.#keysOfItem.clear();
    this.#bytes = 0;
  }

  #drop(key: string): void {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#bytes -= page.gzip.length + ENTRY_OVERHEAD_BYTES;
    const keys = this.#keysOfItem.get(page.itemId);
    keys?.delete(key);
    if (keys?.size === 0) this.#keysOfItem.delete(page.itemId);
  }
}
