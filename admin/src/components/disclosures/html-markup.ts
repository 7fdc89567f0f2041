// The HTML editor's toolbar as plain text edits on the textarea's value and selection.
export type Markup = 'p' | 'h2' | 'h3' | 'strong' | 'em' | 'ul' | 'ol' | 'a' | 'blockquote';

export interface Edit {
  text: string;
  /** The new selection: what the user will most likely type over next. */
  start: number;
  end: number;
}

const INLINE: Partial<Record<Markup, string>> = { strong: 'strong', em: 'em' };
const BLOCK: Partial<Record<Markup, string>> = { p: 'p', h2: 'h2', h3: 'h3', blockquote: 'blockquote' };
const PLACEHOLDER: Record<Markup, string> = {
  p: '段落文字',
  h2: '小标题',
  h3: '小标题',
  strong: '加粗文字',
  em: '强调文字',
  ul: '列表项',
  ol: '列表项',
  a: '链接文字',
  blockquote: '引用文字',
};

export function applyMarkup(text: string, start: number, end: number, markup: Markup): Edit {
  const selected = text.slice(start, end) || PLACEHOLDER[markup];
  const before = text.slice(0, start);
  const after = text.slice(end);
  let open: string;
  let inner: string;
  let close: string;
  if (INLINE[markup] || BLOCK[markup]) {
    const tag = INLINE[markup] ?? BLOCK[markup];
    [open, inner, close] = [`<${tag}>`, selected, `</${tag}>`];
  } else if (markup === 'a') {
    // The address is selected afterwards, so the user types it straight in.
    const href = 'https://';
    const edited = `${before}<a href="${href}">${selected}</a>${after}`;
    const at = before.length + '<a href="'.length;
    return { text: edited, start: at, end: at + href.length };
  } else {
    const items = selected
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => `  <li>${line}</li>`)
      .join('\n');
    [open, inner, close] = [`<${markup}>\n`, items, `\n</${markup}>`];
  }
  const edited = `${before}${open}${inner}${close}${after}`;
  const innerStart = before.length + open.length;
  return { text: edited, start: innerStart, end: innerStart + inner.length };
}
