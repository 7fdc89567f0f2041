// Conditional GET for portal pages. The ETag is a hash of the HTML we already hold as a string,
// which is cheaper than hashing a cloned response stream.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
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
