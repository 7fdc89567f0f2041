// A short-lived cache of rendered public pages (micro-caching). Public pages are the same for every
// visitor in the same display mode, so a page rendered once serves every request for a few seconds,
// with its ETag and its gzip body computed once. Any successful change made through this instance's
// API empties the cache at once; changes made elsewhere (another instance, the CLI, the publish
// scheduler) show within the time to live.
import { gunzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { isLargeText } from './display-prefs.ts';
import { etagOf, gzipPage, sendStoredPage } from './http-caching.ts';
import type { PublishedPage } from './published-pages.ts';

export interface CachedPage {
  key: string;
  html: string;
  etag: string;
  /** Compressed on the first request that accepts gzip. */
  gzip?: Buffer;
  bytes: number;
  storedAt: number;
}

export interface PageCacheOptions {
  /** How long a rendered page is reused (0 turns caching off). */
  ttlMs: number;
  /** At most this many pages … */
  maxEntries?: number;
  /** … and this many bytes of HTML and gzip together. */
  maxBytes?: number;
  now?: () => number;
}

export class PageCache {
  readonly #entries = new Map<string, CachedPage>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #now: () => number;
  #bytes = 0;

  constructor(options: PageCacheOptions) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries ?? 1000;
    this.#maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
    this.#now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.#ttlMs > 0;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): CachedPage | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.#now() - entry.storedAt >= this.#ttlMs) {
      this.#delete(key, entry);
      return undefined;
    }
    // Map order is insertion order: re-inserting marks the entry as recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, html: string): CachedPage {
    const entry: CachedPage = { key, html, etag: etagOf(html), bytes: Buffer.byteLength(html), storedAt: this.#now() };
    if (!this.enabled || entry.bytes > this.#maxBytes / 4) return entry;
    const previous = this.#entries.get(key);
    if (previous) this.#delete(key, previous);
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    this.#evict();
    return entry;
  }

  gzipOf(entry: CachedPage): Buffer {
    if (!entry.gzip) {
      entry.gzip = gzipPage(entry.html);
      entry.bytes += entry.gzip.length;
      if (this.#entries.get(entry.key) === entry) {
        this.#bytes += entry.gzip.length;
        this.#evict();
      }
    }
    return entry.gzip;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #delete(key: string, entry: CachedPage): void {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#delete(key, entry);
    }
  }
}

/** The key of a page: its display mode (which changes the HTML) and its path with the query. */
export function pageKey(pathAndQuery: string, largeText: boolean): string {
  return `${largeText ? 'L' : 'N'}${pathAndQuery}`;
}

/** The cache key of the URL as asked for. */
export function pageCacheKey(c: Context): string {
  // The path and query of the absolute URL, without parsing it.
  const url = c.req.url;
  return pageKey(url.slice(url.indexOf('/', url.indexOf('//') + 2)), isLargeText(c));
}

/** Answers with a cached page: 304 when the visitor holds it, gzip when accepted. */
export function sendCachedPage(c: Context, cache: PageCache, entry: CachedPage): Response {
  return sendStoredPage(
    c,
    entry.etag,
    () => cache.gzipOf(entry),
    () => entry.html,
  );
}

/** Answers with a kept item page (published-pages.ts), unpacked for the rare client without gzip. */
export function sendPublishedPage(c: Context, page: PublishedPage): Response {
  return sendStoredPage(
    c,
    page.etag,
    () => page.gzip,
    () => gunzipSync(page.gzip).toString('utf8'),
  );
}
