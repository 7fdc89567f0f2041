// Rich-text bodies are sanitised on save, so every later reader (portal, feed, API) can trust them.
import xss from 'xss';

// xss is CommonJS: its default export is the whole module (the typings describe it as a function).
const { FilterXSS, safeAttrValue } = xss as unknown as typeof import('xss');

const CELL = ['colspan', 'rowspan', 'align'];

const ALLOWED: Record<string, string[]> = {
  p: ['align'],
  br: [],
  hr: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  sub: [],
  sup: [],
  mark: [],
  span: [],
  div: [],
  blockquote: [],
  pre: [],
  code: [],
  ul: [],
  ol: ['start'],
  li: [],
  dl: [],
  dt: [],
  dd: [],
  table: ['summary'],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: [...CELL, 'scope'],
  td: CELL,
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height'],
  figure: [],
  figcaption: [],
};

const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/(?!\/)|#|\.{0,2}\/?[\w\-.~%/?=&]*$)/i;
const SAFE_SRC = /^(?:https?:\/\/|\/(?!\/)|data:image\/(?:png|jpeg|gif|webp);base64,)/i;

const filter = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  // Drop what is inside these entirely, not just the tags.
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript'],
  allowCommentTag: false,
  css: false,
  safeAttrValue(tag, name, value, cssFilter) {
    const cleaned = safeAttrValue(tag, name, value, cssFilter);
    if (name === 'href') return SAFE_HREF.test(cleaned.trim()) ? cleaned : '';
    if (name === 'src') return SAFE_SRC.test(cleaned.trim()) ? cleaned : '';
    return cleaned;
  },
});

/** Keeps a whitelist of formatting tags; removes scripts, event handlers, styles and unsafe URLs. */
export function sanitizeHtml(html: string): string {
  return filter.process(html).trim();
}

/** Plain text of sanitised HTML, for search and snippets. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/li|\/h\d|\/tr|\/blockquote)\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t\u3000]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Escapes text for HTML (snippets, guide defaults). */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}
