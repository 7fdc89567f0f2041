// Table 四 (行政复议、行政诉讼情况): one row of 15 numbers — 行政复议, 未经复议直接起诉,
// 复议后起诉, each 维持/纠正/其他/尚未审结/总计. Header layouts vary wildly, so the reader
// ignores headers and takes the first 15 numbers in order.
import { cellLabel } from '../check/cell-label.ts';
import { table4Paths } from '../check/cell-paths.ts';
import { extractNumberRows, type NumberRow } from './number-rows.ts';
import { splitDigitRuns } from './split-digits.ts';
import { emptyTableRead, type TableRead } from './table-result.ts';

const CELLS = 15;

export function readTable4(lines: readonly string[], budget: { steps: number }): TableRead {
  const result = emptyTableRead();
  const paths = table4Paths();
  const rows = extractNumberRows(lines).filter((r) => !isPageNumber(r, lines));
  const picked = pickCells(rows, budget);
  if (picked.kind === 'none') {
    for (const p of paths) result.values.set(p, null);
    result.diagnostics.push({
      severity: 'warning',
      rule: 'NOT_FOUND',
      cells: [...paths],
      message: `表四：${picked.reason}（按空值处理，不当作 0）`,
    });
    return result;
  }
  result.endLine = picked.endLine;
  const readings = picked.readings;
  paths.forEach((p, i) => {
    const values = readings.map((r) => r[i]);
    const value = values.every((v) => v === values[0]) ? values[0] : null;
    result.values.set(p, value);
    if (value === null && readings.length === 1) result.blanks.add(p);
  });
  if (readings.length > 1) {
    const cells = paths.filter((p) => result.values.get(p) === null);
    result.diagnostics.push({
      severity: 'warning',
      rule: 'AMBIGUOUS',
      cells,
      message: `表四：数字连写，有 ${readings.length} 种拆分都符合勾稽关系，无法确定（${cells.map(cellLabel).join('、')}）`,
      candidates: readings,
    });
  }
  return result;
}

type Picked = { kind: 'cells'; readings: (number | null)[][]; endLine: number } | { kind: 'none'; reason: string };

function pickCells(rows: NumberRow[], budget: { steps: number }): Picked {
  if (rows.length === 0) return { kind: 'none', reason: '没有找到行政复议、行政诉讼的数字' };
  const exact = rows.map(padToWidth).find((r) => r.cells.length === CELLS);
  if (exact) return { kind: 'cells', readings: [exact.cells.map(toNumber)], endLine: exact.line + 1 };
  // Split over several lines (three groups of five, or a wrapped row).
  const cells: (string | null)[] = [];
  for (const row of rows) {
    cells.push(...row.cells);
    if (cells.length === CELLS) return { kind: 'cells', readings: [cells.map(toNumber)], endLine: row.line + 1 };
    if (cells.length > CELLS) break;
  }
  // Digits run together: split with R5 (each group's total is the sum of the other four).
  const free = rows.find((r) => !r.isExplicit && r.cells.length < CELLS && r.cells.join('').length >= CELLS);
  if (!free) return { kind: 'none', reason: '没有找到完整的 15 个数' };
  const split = splitDigitRuns(free.cells as string[], { parts: CELLS, sumGroupSize: 5, budget, maxReadings: 64 });
  if (split.isExhausted || split.readings.length >= 64)
    return { kind: 'none', reason: '数字连写且可能的拆分过多，超出读取上限' };
  if (split.readings.length === 0)
    return { kind: 'none', reason: `数字连写（${free.cells.join(' ')}），找不到符合勾稽关系的拆分` };
  return { kind: 'cells', readings: split.readings, endLine: free.line + 1 };
}

// A blank cell at the row's edge: the source marked it, so extend the run over it.
function padToWidth(row: NumberRow): NumberRow {
  const need = CELLS - row.cells.length;
  if (!row.isExplicit || need <= 0) return row;
  if (row.padAfter >= need) return { ...row, cells: [...row.cells, ...Array.from({ length: need }, () => null)] };
  if (row.padBefore >= need) return { ...row, cells: [...Array.from({ length: need }, () => null), ...row.cells] };
  return row;
}

function toNumber(cell: string | null): number | null {
  return cell === null ? null : Number(cell);
}

// A lone short number on its own line between header and data is a page number.
function isPageNumber(row: NumberRow, lines: readonly string[]): boolean {
  return row.cells.length === 1 && /^\s*\d{1,3}\s*$/.test(lines[row.line] ?? '');
}
