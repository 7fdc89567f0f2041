// Monthly decision counts from a spreadsheet: a header row naming 年份, 月份 and any of
// 行政许可 / 行政处罚 / 行政强制, then one row per month. Every bad cell is reported with its row
// and column; a file with any problem imports nothing.
import type { DecisionKind } from './registries.tables.ts';
import { DECISION_KIND_LABELS } from './registries.ts';
import type { Rows } from './table-file.ts';

export interface DecisionEntry {
  year: number;
  month: number;
  kind: DecisionKind;
  count: number;
}

export interface ImportProblem {
  /** 1-based row number as the spreadsheet shows it (0: the file as a whole). */
  row: number;
  column: string | null;
  message: string;
}

export type ImportResult =
  | { ok: true; entries: DecisionEntry[]; rows: number }
  | { ok: false; problems: ImportProblem[] };

const HEADER_ALIASES: Record<string, 'year' | 'month' | DecisionKind> = {
  年份: 'year',
  年度: 'year',
  年: 'year',
  year: 'year',
  月份: 'month',
  月: 'month',
  month: 'month',
  行政许可: 'licensing',
  许可: 'licensing',
  licensing: 'licensing',
  行政处罚: 'penalty',
  处罚: 'penalty',
  penalty: 'penalty',
  行政强制: 'coercion',
  强制: 'coercion',
  coercion: 'coercion',
};

const MAX_COUNT = 10_000_000;

export function describeProblem(p: ImportProblem): string {
  if (p.row === 0) return p.message;
  return `第 ${p.row} 行${p.column ? `“${p.column}”列` : ''}：${p.message}`;
}

function integerIn(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

export function parseDecisionRows(rows: Rows, allowedYear?: number): ImportResult {
  const headerAt = rows.findIndex((r) => r.some((cell) => cell !== ''));
  if (headerAt < 0) return { ok: false, problems: [{ row: 0, column: null, message: '文件是空的' }] };
  const header = rows[headerAt].map(
    (cell) => HEADER_ALIASES[cell.replace(/\s|（.*）|\(.*\)/g, '').toLowerCase()] ?? null,
  );
  const missing = (['year', 'month'] as const)
    .filter((k) => !header.includes(k))
    .map((k) => (k === 'year' ? '年份' : '月份'));
  const kindColumns = header.flatMap((k, i) => (k && k !== 'year' && k !== 'month' ? [[k, i] as const] : []));
  const problems: ImportProblem[] = [];
  if (missing.length > 0)
    problems.push({ row: headerAt + 1, column: null, message: `表头缺少“${missing.join('”“')}”列` });
  if (kindColumns.length === 0)
    problems.push({ row: headerAt + 1, column: null, message: '表头应至少有“行政许可”“行政处罚”“行政强制”中的一列' });
  if (problems.length > 0) return { ok: false, problems };

  const yearCol = header.indexOf('year');
  const monthCol = header.indexOf('month');
  const entries: DecisionEntry[] = [];
  const seen = new Map<string, number>();
  let dataRows = 0;
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (cells.every((cell) => cell === '')) continue;
    dataRows++;
    const rowNo = i + 1;
    const year = integerIn(cells[yearCol] ?? '', 2000, 2100);
    const month = integerIn((cells[monthCol] ?? '').replace(/月$/, ''), 1, 12);
    if (year === null) problems.push({ row: rowNo, column: '年份', message: `“${cells[yearCol] ?? ''}”不是有效年份` });
    else if (allowedYear !== undefined && year !== allowedYear)
      problems.push({ row: rowNo, column: '年份', message: `应为 ${allowedYear} 年` });
    if (month === null)
      problems.push({ row: rowNo, column: '月份', message: `“${cells[monthCol] ?? ''}”不是 1–12 的月份` });
    if (year !== null && month !== null) {
      const key = `${year}-${month}`;
      const first = seen.get(key);
      if (first !== undefined)
        problems.push({ row: rowNo, column: '月份', message: `${year} 年 ${month} 月与第 ${first} 行重复` });
      else seen.set(key, rowNo);
    }
    for (const [kind, col] of kindColumns) {
      const text = (cells[col] ?? '').replace(/,/g, '');
      const count = text === '' ? 0 : integerIn(text, 0, MAX_COUNT);
      if (count === null) {
        problems.push({ row: rowNo, column: DECISION_KIND_LABELS[kind], message: `“${cells[col]}”不是非负整数` });
        continue;
      }
      if (year !== null && month !== null) entries.push({ year, month, kind, count });
    }
  }
  if (dataRows === 0) problems.push({ row: 0, column: null, message: '文件中没有数据行' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries, rows: dataRows };
}
