// Blank cells: a blank is null with a BLANK warning — unless the hard rules leave it only one
// possible value (say 结转 / 总计 blank while the row's other cells are known: R3 forces it),
// in which case the value is filled in and a FORCED warning says so. Never a silent 0.
import { cellLabel } from '../check/cell-label.ts';
import { getCount, setCell } from '../check/cell-paths.ts';
import { sumRules } from '../check/sum-rules.ts';
import type { AnnualReport, Diagnostic } from '../report.ts';

export function forceBlanks(report: AnnualReport, blanks: ReadonlySet<string>): Diagnostic[] {
  if (blanks.size === 0) return [];
  const rules = sumRules(report.template);
  const open = new Set([...blanks].filter((p) => getCount(report, p) === null));
  const forcedBy = new Map<string, Set<string>>();
  const conflicts = new Set<string>();
  for (let round = 0; round < 8 && open.size > 0; round++) {
    const proposals = new Map<string, { values: Set<number>; rules: Set<string> }>();
    for (const rule of rules) {
      const unknown = [...rule.parts, ...rule.total].filter((p) => getCount(report, p) === null);
      if (unknown.length !== 1 || !open.has(unknown[0])) continue;
      const cell = unknown[0];
      const sum = (paths: readonly string[]) => paths.reduce((n, p) => n + (getCount(report, p) ?? 0), 0);
      const value = rule.total.includes(cell) ? sum(rule.parts) - sum(rule.total) : sum(rule.total) - sum(rule.parts);
      const entry = proposals.get(cell) ?? { values: new Set<number>(), rules: new Set<string>() };
      entry.values.add(value);
      entry.rules.add(rule.rule);
      proposals.set(cell, entry);
    }
    let changed = false;
    for (const [cell, { values, rules: by }] of proposals) {
      const [value] = [...values];
      if (values.size !== 1 || value < 0) {
        conflicts.add(cell);
        continue;
      }
      setCell(report, cell, value);
      forcedBy.set(cell, by);
      open.delete(cell);
      changed = true;
    }
    if (!changed) break;
  }
  const diagnostics: Diagnostic[] = [];
  for (const cell of blanks) {
    const by = forcedBy.get(cell);
    if (by) {
      const value = getCount(report, cell);
      diagnostics.push({
        severity: 'warning',
        rule: 'FORCED',
        cells: [cell],
        message: `${cellLabel(cell)}：原表空白，按勾稽关系（${[...by].sort().join('、')}）只能是 ${value}，已填入`,
        expected: value,
        actual: null,
      });
    } else {
      const note = conflicts.has(cell) ? '，且各条勾稽关系推出的值互相矛盾' : '';
      diagnostics.push({
        severity: 'warning',
        rule: 'BLANK',
        cells: [cell],
        message: `${cellLabel(cell)}：原表空白${note}（按空值处理，不当作 0）`,
      });
    }
  }
  return diagnostics;
}
