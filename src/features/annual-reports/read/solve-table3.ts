// Chooses among the readings of run-together rows using the column sums (R1, R2): only
// combinations under which the whole table adds up survive. Cells on which the survivors
// still disagree become null with an AMBIGUOUS diagnostic listing the candidates.
import { cellLabel } from '../check/cell-label.ts';
import { table3Rows } from '../check/cell-paths.ts';
import { APPLICANT_COLUMNS, type Diagnostic, type TemplateYear } from '../report.ts';
import type { Table3Row } from './read-table3.ts';

type Reading = (number | null)[];

const MAX_SURVIVORS = 64;

export function solveTable3(
  bySlot: readonly (Table3Row | null)[],
  template: TemplateYear,
  budget: { steps: number },
  diagnostics: Diagnostic[],
): (Reading | null)[] {
  const chosen: (Reading | null)[] = bySlot.map((row) => (row && row.readings.length === 1 ? row.readings[0] : null));
  const open = bySlot.flatMap((row, slot) => (row && row.readings.length > 1 ? [slot] : []));
  if (open.length === 0) return chosen;

  const survivors = new Map<number, Set<number>>(open.map((s) => [s, new Set<number>()]));
  const pick = new Array<number>(open.length).fill(0);
  let found = 0;
  let isExhausted = false;
  const search = (depth: number): void => {
    if (found >= MAX_SURVIVORS || isExhausted) return;
    if (--budget.steps < 0) {
      isExhausted = true;
      return;
    }
    if (depth === open.length) {
      const trial = chosen.slice();
      open.forEach((slot, k) => {
        trial[slot] = (bySlot[slot] as Table3Row).readings[pick[k]];
      });
      if (!tableAddsUp(trial)) return;
      found++;
      open.forEach((slot, k) => {
        survivors.get(slot)?.add(pick[k]);
      });
      return;
    }
    const count = (bySlot[open[depth]] as Table3Row).readings.length;
    for (let i = 0; i < count; i++) {
      pick[depth] = i;
      search(depth + 1);
    }
  };
  search(0);

  const keys = table3Rows(template);
  for (const slot of open) {
    const row = bySlot[slot] as Table3Row;
    const kept = survivors.get(slot) as Set<number>;
    // Survivors are only trusted when the search was complete; otherwise keep every reading.
    const isComplete = found > 0 && found < MAX_SURVIVORS && !isExhausted;
    const readings = isComplete ? [...kept].map((i) => row.readings[i]) : row.readings;
    if (readings.length === 1) {
      chosen[slot] = readings[0];
      continue;
    }
    const merged = readings[0].map((v, c) => (readings.every((r) => r[c] === v) ? v : null));
    chosen[slot] = merged;
    const cells = APPLICANT_COLUMNS.flatMap((col, c) =>
      merged[c] === null ? [`applications.${keys[slot]}.${col}`] : [],
    );
    diagnostics.push({
      severity: 'warning',
      rule: 'AMBIGUOUS',
      cells,
      message: `${cellLabel(`applications.${keys[slot]}`)}：有 ${readings.length} 种读法都符合勾稽关系（${readings
        .slice(0, 4)
        .map((r) => r.map((v) => v ?? '空').join('/'))
        .join('；')}${readings.length > 4 ? '…' : ''}），无法确定，相关单元格留空`,
      candidates: readings,
    });
  }
  return chosen;
}

/** R1 and R2 for every column whose cells are all known (unknown cells cannot refute). */
function tableAddsUp(rows: readonly (Reading | null)[]): boolean {
  const n = rows.length;
  for (let c = 0; c < APPLICANT_COLUMNS.length; c++) {
    const at = (slot: number) => rows[slot]?.[c] ?? null;
    const handled = at(n - 2);
    let sum = 0;
    let isComplete = true;
    for (let s = 2; s < n - 2; s++) {
      const v = at(s);
      if (v === null) isComplete = false;
      else sum += v;
    }
    if (isComplete && handled !== null && sum !== handled) return false;
    const [received, carriedOver, forward] = [at(0), at(1), at(n - 1)];
    if (received !== null && carriedOver !== null && handled !== null && forward !== null) {
      if (received + carriedOver !== handled + forward) return false;
    }
  }
  return true;
}
