// Highlighted snippets over the original text (not the space-joined tokens), HTML-escaped, with
// the query's words in <mark>. Safe to insert into a page as is.
import { escapeHtml } from '../disclosures/sanitize.ts';

export const SNIPPET_CHARS = 120;

/** Escapes `text` and marks every occurrence of the terms (longest first, no overlaps). */
export function highlight(text: string, terms: readonly string[]): string {
  const usable = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return escapeHtml(text);
  const lower = text.toLowerCase();
  let out = '';
  let at = 0;
  while (at < text.length) {
    const next = nextMatch(lower, usable, at);
    if (!next) break;
    out += escapeHtml(text.slice(at, next.start));
    out += `<mark>${escapeHtml(text.slice(next.start, next.start + next.length))}</mark>`;
    at = next.start + next.length;
  }
  return out + escapeHtml(text.slice(at));
}

/** A window of the text around the first match (or its beginning), highlighted. */
export function snippet(text: string, terms: readonly string[], size = SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = nextMatch(
    flat.toLowerCase(),
    terms.filter((t) => t.length > 0),
    0,
  );
  const start = first ? Math.max(0, first.start - Math.floor(size / 3)) : 0;
  const end = Math.min(flat.length, start + size);
  const window = flat.slice(start, end);
  return `${start > 0 ? '…' : ''}${highlight(window, terms)}${end < flat.length ? '…' : ''}`;
}

function nextMatch(
  lowerText: string,
  terms: readonly string[],
  from: number,
): { start: number; length: number } | undefined {
  let best: { start: number; length: number } | undefined;
  for (const term of terms) {
    const start = lowerText.indexOf(term.toLowerCase(), from);
    if (start < 0) continue;
    if (!best || start < best.start || (start === best.start && term.length > best.length))
      best = { start, length: term.length };
  }
  return best;
}
