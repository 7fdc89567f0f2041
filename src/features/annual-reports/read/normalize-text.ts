// Cleans decoded text before parsing: line endings, full-width digits, odd spaces, and the
// page numbers and footers ("— 5 —", "第 5 页") that land inside tables.

const PAGE_FOOTER_LINES = [
  /^\s*[-—–－─]{1,3}\s*\d{1,4}\s*[-—–－─]{1,3}\s*$/,
  /^\s*第\s*\d{1,4}\s*页(\s*[，,／/]?\s*共\s*\d{1,4}\s*页)?\s*$/,
  /^\s*\d{1,4}\s*[／/]\s*\d{1,4}\s*$/,
  /^\s*[Pp]age\s*\d{1,4}(\s*of\s*\d{1,4})?\s*$/,
];

export function normalizeText(raw: string): string {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2002\u2003\u2009\u3000]/g, ' ')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    // A footer flattened into running text: “— 5 —” (em or en dashes only, so "0 - 5 - 0" is safe).
    .replace(/[—–]{1,2}\s*\d{1,4}\s*[—–]{1,2}/g, ' ');
  return text
    .split('\n')
    .filter((line) => !PAGE_FOOTER_LINES.some((p) => p.test(line)))
    .join('\n');
}

/** Text for matching labels: no whitespace at all (labels are broken across lines and cells). */
export function compact(text: string): string {
  return text.replace(/[\s|]+/g, '');
}

/** Narrative text with hard line wraps undone (PDF and Word exports wrap mid-sentence). */
export function unwrapLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  // A line clearly shorter than the block's usual width ends its paragraph (a sub-heading).
  const lengths = lines
    .filter((l) => l !== '')
    .map((l) => l.length)
    .sort((a, b) => a - b);
  const usual = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  let out = '';
  let previous = '';
  for (const line of lines) {
    if (line === '') {
      if (out !== '' && !out.endsWith('\n')) out += '\n';
      previous = '';
      continue;
    }
    const isBreak =
      /[。！？；：]$|[”」』]$/.test(previous) ||
      previous.length < usual * 0.7 ||
      /^[（(][一二三四五六七八九十\d]+[）)]|^[一二三四五六七八九十]+、/.test(line);
    if (out === '' || out.endsWith('\n')) out += line;
    else if (isBreak) out += `\n${line}`;
    else out += /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line) ? ` ${line}` : line;
    previous = line;
  }
  return out.trim();
}
