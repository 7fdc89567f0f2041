import type { ColumnKind } from './disclosure-types.ts';

const NUMERALS = [
  '',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];

/** a20-3 → 第二十条（三）; a21-2 → 第二十一条（二）; custom → 自设栏目. */
export function columnKindLabel(kind: ColumnKind): string {
  const match = /^a(20|21)-(\d+)$/.exec(kind);
  if (!match) return '自设栏目';
  const article = match[1] === '20' ? '第二十条' : '第二十一条';
  return `${article}（${NUMERALS[Number(match[2])] ?? match[2]}）`;
}
