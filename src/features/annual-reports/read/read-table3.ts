// Table 三 (收到和处理政府信息公开申请情况): finds its rows of numbers, recovers run-together
// digits, and places each row by its label or, where labels are lost, by the fixed order of
// the 25 rows (23 in the 2019 template).

import { cellLabel } from '../check/cell-label.ts';
import { table3Rows } from '../check/cell-paths.ts';
import { APPLICANT_COLUMNS, type Diagnostic, type TemplateYear } from '../report.ts';
import { extractNumberRows, type NumberRow } from './number-rows.ts';
import { solveTable3 } from './solve-table3.ts';
import { splitDigitRuns } from './split-digits.ts';
import { emptyTableRead, type TableRead } from './table-result.ts';
import { table3RowOfLabel } from './table3-labels.ts';

const WIDTH = 7;
/** More readings than this and the row is not worth solving (nor can it be listed). */
const MAX_READINGS = 64;

export interface Table3Row {
  label: string;
  line: number;
  /** Readings that satisfy R3 (or the one printed reading); empty when unreadable. */
  readings: (number | null)[][];
  /** Why the row has no reading, for the diagnostic. */
  problem?: string;
  slot: number | null;
}

export function readTable3(lines: readonly string[], template: TemplateYear, budget: { steps: number }): TableRead {
  const result = emptyTableRead();
  const slots = table3Rows(template);
  const rows = extractNumberRows(lines).flatMap((r) => toTable3Rows(r, budget));
  if (rows.length === 0) return result;
  for (const row of rows) {
    const key = table3RowOfLabel(row.label, template);
    row.slot = key === null ? null : slots.indexOf(key);
  }
  const assignment = alignRows(
    rows.map((r) => (r.slot === -1 ? null : r.slot)),
    slots.length,
  );
  const bySlot: (Table3Row | null)[] = slots.map(() => null);
  assignment.forEach((slot, i) => {
    if (slot !== null) bySlot[slot] = rows[i];
  });
  result.endLine = Math.max(...rows.map((r) => r.line)) + 1;
  const chosen = solveTable3(bySlot, template, budget, result.diagnostics);
  slots.forEach((rowKey, s) => {
    const paths = APPLICANT_COLUMNS.map((c) => `applications.${rowKey}.${c}`);
    const row = bySlot[s];
    const values = chosen[s];
    if (!row || !values) {
      for (const p of paths) result.values.set(p, null);
      if (!row || row.readings.length === 0) result.diagnostics.push(notFound(rowKey, paths, row?.problem));
      return;
    }
    const isReading = row.readings.includes(values);
    paths.forEach((p, c) => {
      result.values.set(p, values[c]);
      // A blank: null in the reading taken, or in every reading (an ambiguous cell is neither).
      if (values[c] === null && (isReading || row.readings.every((r) => r[c] === null))) result.blanks.add(p);
    });
  });
  const unplaced = rows.filter((_, i) => assignment[i] === null && rows[i].readings.length > 0).length;
  if (unplaced > 0) {
    result.diagnostics.push({
      severity: 'warning',
      rule: 'NOT_FOUND',
      cells: [],
      message: `表三有 ${unplaced} 行数字无法确定属于哪一行（行标签缺失且行数对不上），未采用`,
    });
  }
  return result;
}

function notFound(rowKey: string, paths: string[], problem?: string): Diagnostic {
  const label = cellLabel(`applications.${rowKey}`);
  return {
    severity: 'warning',
    rule: 'NOT_FOUND',
    cells: paths,
    message: `${label}：${problem ?? '没有找到这一行的数字'}（按空值处理，不当作 0）`,
  };
}

/** Turns one printed run of numbers into table 三 rows (a run of 14 or 21 is 2 or 3 rows). */
function toTable3Rows(row: NumberRow, budget: { steps: number }): Table3Row[] {
  const base = { label: row.label, line: row.line, slot: null };
  const cells = row.cells;
  if (cells.length > WIDTH && cells.length % WIDTH === 0) {
    const chunks: Table3Row[] = [];
    for (let i = 0; i < cells.length; i += WIDTH) {
      chunks.push({ ...base, label: i === 0 ? row.label : '', readings: [cells.slice(i, i + WIDTH).map(toNumber)] });
    }
    return chunks;
  }
  if (cells.length === WIDTH) return [{ ...base, readings: [cells.map(toNumber)] }];
  if (cells.length > WIDTH)
    return [{ ...base, readings: [], problem: `这一行有 ${cells.length} 个数，多于 7 列，无法对应` }];
  const numbers = cells.filter((c) => c !== null).length;
  if (row.isExplicit) {
    const need = WIDTH - cells.length;
    const after = row.padAfter >= need;
    const before = row.padBefore >= need;
    const pad: null[] = Array.from({ length: need }, () => null);
    if (after && !before) return [{ ...base, readings: [[...cells, ...pad].map(toNumber)] }];
    if (before && !after) return [{ ...base, readings: [[...pad, ...cells].map(toNumber)] }];
    // Blank cells on both edges: either side could be the blank one; the sums may tell.
    if (after && before)
      return [{ ...base, readings: [[...cells, ...pad].map(toNumber), [...pad, ...cells].map(toNumber)] }];
    if (numbers <= 2) return [];
    return [{ ...base, readings: [], problem: `这一行只读到 ${cells.length} 个单元格，少于 7 列` }];
  }
  const digits = cells.join('').length;
  if (digits < WIDTH) {
    if (cells.length <= 2) return [];
    return [{ ...base, readings: [], problem: `这一行只读到 ${cells.length} 个数，无法确定空白格的位置` }];
  }
  const split = splitDigitRuns(cells as string[], {
    parts: WIDTH,
    sumGroupSize: WIDTH,
    budget,
    maxReadings: MAX_READINGS,
  });
  if (split.isExhausted || split.readings.length >= MAX_READINGS)
    return [{ ...base, readings: [], problem: '数字连写且可能的拆分过多，超出读取上限' }];
  if (split.readings.length === 0) {
    return [{ ...base, readings: [], problem: `数字连写（${cells.join(' ')}），找不到各列之和等于总计的拆分` }];
  }
  return [{ ...base, readings: split.readings }];
}

function toNumber(cell: string | null): number | null {
  return cell === null ? null : Number(cell);
}

/**
 * Places rows on slots: rows whose label was recognised keep their slot (the longest run of
 * labels in increasing order wins); the rows between two placed rows fill the slots between
 * them in order, but only when the counts match — otherwise they are left out, not guessed.
 */
export function alignRows(anchors: readonly (number | null)[], slotCount: number): (number | null)[] {
  const anchored = anchors.flatMap((slot, row) => (slot === null ? [] : [{ row, slot }]));
  const kept = longestIncreasing(anchored);
  const result: (number | null)[] = anchors.map(() => null);
  const fences = [{ row: -1, slot: -1 }, ...kept, { row: anchors.length, slot: slotCount }];
  for (let f = 0; f < fences.length - 1; f++) {
    const a = fences[f];
    const b = fences[f + 1];
    if (b.row < anchors.length) result[b.row] = b.slot;
    const rows = b.row - a.row - 1;
    const free = b.slot - a.slot - 1;
    if (rows > 0 && rows === free) for (let k = 1; k <= rows; k++) result[a.row + k] = a.slot + k;
  }
  return result;
}

function longestIncreasing(items: { row: number; slot: number }[]): { row: number; slot: number }[] {
  const n = Math.min(items.length, 2000);
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (items[j].slot < items[i].slot && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
  }
  let best = -1;
  for (let i = 0; i < n; i++) if (best < 0 || length[i] > length[best]) best = i;
  const chain: { row: number; slot: number }[] = [];
  for (let i = best; i >= 0; i = previous[i]) chain.unshift(items[i]);
  return chain;
}
