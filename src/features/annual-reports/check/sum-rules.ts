// The sums of tables 三 and 四 (R1, R2, R3, R5) as data: which cells add up to which. Fixed
// per template, so built once; the checker verifies them and the reader uses them to
// force blank cells.
import {
  APPLICANT_COLUMNS,
  APPLICANT_DETAIL_COLUMNS,
  type ApplicantColumn,
  OUTCOME_KEYS,
  type TemplateYear,
} from '../report.ts';
import { OUTCOME_GROUPS, table3Rows } from './cell-paths.ts';

export interface SumRule {
  rule: 'R1' | 'R2' | 'R3' | 'R5';
  /** Σ parts = Σ total. */
  parts: readonly string[];
  total: readonly string[];
  /** R1: the column the rule is about. */
  column?: ApplicantColumn;
}

const CACHE = new Map<TemplateYear, readonly SumRule[]>();

export function sumRules(template: TemplateYear): readonly SumRule[] {
  const cached = CACHE.get(template);
  if (cached) return cached;
  const rows = table3Rows(template);
  const a = (row: string, col: string) => `applications.${row}.${col}`;
  const rules: SumRule[] = [];
  for (const column of APPLICANT_COLUMNS) {
    rules.push({
      rule: 'R1',
      parts: [a('received', column), a('carriedOver', column)],
      total: [a('handledTotal', column), a('carriedForward', column)],
      column,
    });
  }
  for (const column of APPLICANT_COLUMNS) {
    rules.push({ rule: 'R2', parts: rows.slice(2, -2).map((r) => a(r, column)), total: [a('handledTotal', column)] });
  }
  for (const row of rows) {
    rules.push({ rule: 'R3', parts: APPLICANT_DETAIL_COLUMNS.map((c) => a(row, c)), total: [a(row, 'total')] });
  }
  for (const g of OUTCOME_GROUPS) {
    rules.push({ rule: 'R5', parts: OUTCOME_KEYS.slice(0, 4).map((k) => `${g}.${k}`), total: [`${g}.total`] });
  }
  CACHE.set(template, rules);
  return rules;
}
