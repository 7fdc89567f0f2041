// HTML → the reader's plain layout: one line per block, table cells separated by tabs
// (an empty cell stays an empty field, so a blank cell is never mistaken for a missing one).

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'section',
  'article',
  'blockquote',
  'header',
  'footer',
  'title',
  'dl',
  'dt',
  'dd',
  'pre',
  'hr',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'address',
  'center',
  'form',
]);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  times: '×',
  divide: '÷',
  yen: '¥',
  copy: '©',
  reg: '®',
  deg: '°',
  plusmn: '±',
  laquo: '«',
  raquo: '»',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Drop what never holds report text. Each pattern is linear: [\s\S]*? up to a fixed closing tag.
function stripInvisible(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<head\b[^>]*>([\s\S]*?)<\/head\s*>/i, (_m, head: string) => {
      const title = head.match(/<title\b[^>]*>([\s\S]*?)<\/title\s*>/i)?.[1] ?? '';
      return `<p>${title}</p>`;
    });
}

export function htmlToText(html: string): string {
  const source = stripInvisible(html);
  const out: string[] = [];
  let line = '';
  let cellDepth = 0;
  let cellsInRow = 0;
  let preDepth = 0;
  const flushLine = () => {
    if (line.trim() !== '' || cellsInRow > 0) out.push(line.replace(/[ ]+$/, ''));
    line = '';
    cellsInRow = 0;
  };
  const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
  let last = 0;
  for (let m = tagPattern.exec(source); m; m = tagPattern.exec(source)) {
    appendText(source.slice(last, m.index));
    last = tagPattern.lastIndex;
    const isClosing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'td' || tag === 'th') {
      if (isClosing) cellDepth = Math.max(0, cellDepth - 1);
      else {
        if (cellsInRow > 0) line += '\t';
        else if (line.trim() !== '') flushLine();
        cellsInRow++;
        cellDepth++;
      }
    } else if (tag === 'tr') {
      flushLine();
    } else if (tag === 'pre') {
      preDepth += isClosing ? -1 : 1;
      if (cellDepth === 0) flushLine();
    } else if (BLOCK_TAGS.has(tag)) {
      // Inside a cell a paragraph break must not split the table row.
      if (cellDepth > 0) line += ' ';
      else flushLine();
    }
  }
  appendText(source.slice(last));
  flushLine();
  return out.join('\n');

  function appendText(raw: string): void {
    if (raw === '') return;
    const text = decodeEntities(raw.replace(/<[^>]*$/, ''));
    if (preDepth > 0 && cellDepth === 0) {
      const parts = text.split('\n');
      line += parts[0];
      for (const part of parts.slice(1)) {
        flushLine();
        line = part;
      }
      return;
    }
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ');
    if (collapsed === ' ' && (line === '' || line.endsWith('\t') || line.endsWith(' '))) return;
    line += line === '' || line.endsWith('\t') ? collapsed.replace(/^ /, '') : collapsed;
  }
}
