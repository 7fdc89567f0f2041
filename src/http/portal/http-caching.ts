// Conditional GET for portal pages. The ETag is a hash of the HTML we already hold as a string,
// which is cheaper than hashing a cloned response stream.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';

export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * A page's gzip body, in a buffer of its own size: zlib's output is a view into a chunk of at least
 * 16 KB, and a kept 2 KB page would hold on to the whole chunk (100,000 pages: 1.9 GB, not 0.2 GB).
 */
export function gzipPage(html: string): Buffer {
  const zipped = gzipSync(html);
  const exact = Buffer.allocUnsafeSlow(zipped.length);
  zipped.copy(exact);
  return exact;
}

/**
 * Answers with a page rendered earlier: 304 when the visitor holds it, gzip when accepted, else
 * the HTML. Weak ETag: the content is the same whether or not it is sent compressed.
 */
export function sendStoredPage(c: Context, etag: string, gzip: () => Buffer, html: () => string): Response {
  c.header('cache-control', 'no-cache');
  c.header('vary', 'Cookie, Accept-Encoding');
  c.header('etag', `W/${etag}`);
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  if (/\bgzip\b/i.test(c.req.header('accept-encoding') ?? '')) {
    c.header('content-encoding', 'gzip');
    c.header('content-type', 'text/html; charset=UTF-8');
    // A Buffer is a Uint8Array; copying it (new Uint8Array) would cost a copy per request.
    return c.body(gzip() as Uint8Array<ArrayBuffer>, 200);
  }
  return c.html(html(), 200);
}

/** Whether an If-None-Match header names this ETag (weak or strong, as compression makes it weak). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends a page. Successful pages are revalidated on every view (cheap with the ETag: a 304 has no
 * body) and vary by cookie because the large-text mode changes the HTML; error pages are not stored.
 */
export function sendPage(c: Context, html: string, status: 200 | 400 | 404 = 200): Response {
  if (status !== 200) {
    c.header('cache-control', 'no-store');
    return c.html(html, status);
  }
  const etag = etagOf(html);
  // Weak: the same page may go out gzip-compressed (node-listener.ts).
  c.header('etag', `W/${etag}`);
  c.header('cache-control', 'no-cache');
  c.header('vary', 'Cookie');
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  return c.html(html, 200);
}
