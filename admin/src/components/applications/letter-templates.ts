// The 文书模板 screen's plain logic: how a row says where its wording comes from, the rows as a
// tree (the decision types under the general reply), and inserting a placeholder at the cursor.
import type { LetterTemplateEntry } from './types.ts';

export type TemplateRow = LetterTemplateEntry & { children?: LetterTemplateEntry[] };

/** e.g. 本机关模板, 沿用 扶沟县人民政府 的模板, 标准措辞. */
export function sourceText(entry: LetterTemplateEntry): string {
  const via = entry.usesGeneralReply ? '通用答复书' : '';
  if (entry.source === 'standard') return '标准措辞';
  if (entry.source === 'own') return `本机关${via}模板`;
  return `沿用 ${entry.from?.name ?? '上级机关'} 的${via}模板`;
}

/** The general reply with the 21 decision types under it; the other letters as they come. */
export function templateRows(items: readonly LetterTemplateEntry[]): TemplateRow[] {
  const decisionTypes = items.filter((item) => item.outcome !== null);
  return items
    .filter((item) => item.outcome === null)
    .map((item) => (item.key === 'reply' ? { ...item, children: decisionTypes } : item));
}

/** The text with `{{name}}` put in place of the selection; the cursor goes after it. */
export function insertPlaceholder(
  text: string,
  name: string,
  selectionStart: number,
  selectionEnd: number = selectionStart,
): { text: string; cursor: number } {
  const token = `{{${name}}}`;
  const start = Math.max(0, Math.min(selectionStart, text.length));
  const end = Math.max(start, Math.min(selectionEnd, text.length));
  return { text: text.slice(0, start) + token + text.slice(end), cursor: start + token.length };
}
