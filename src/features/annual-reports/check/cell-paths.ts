// Dotted-path access to report cells (e.g. applications.withheld.stateSecret.total),
// shared by the reader (which fills cells) and the checker (which names them).
import {
  type AnnualReport,
  APPLICANT_COLUMNS,
  OUTCOME_KEYS,
  TABLE3_ROWS_2019,
  TABLE3_ROWS_2021,
  type TemplateYear,
} from '../report.ts';

export const OUTCOME_GROUPS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

// Paths are a small fixed set, looked up thousands of times per report: split each once.
const KEYS = new Map<string, string[]>();
function keysOf(path: string): string[] {
  let keys = KEYS.get(path);
  if (!keys) {
    keys = path.split('.');
    if (KEYS.size < 10_000) KEYS.set(path, keys);
  }
  return keys;
}

export function getCell(report: AnnualReport, path: string): unknown {
  let node: unknown = report;
  for (const key of keysOf(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A numeric cell, or null when it is blank, missing or not a number. */
export function getCount(report: AnnualReport, path: string): number | null {
  const value = getCell(report, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function setCell(report: AnnualReport, path: string, value: unknown): void {
  const keys = keysOf(path);
  let node = report as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

export function table3Rows(template: TemplateYear): readonly string[] {
  return template === '2019' ? TABLE3_ROWS_2019 : TABLE3_ROWS_2021;
}

const TABLE3_PATHS: Record<TemplateYear, readonly string[]> = {
  '2019': TABLE3_ROWS_2019.flatMap((row) => APPLICANT_COLUMNS.map((c) => `applications.${row}.${c}`)),
  '2021': TABLE3_ROWS_2021.flatMap((row) => APPLICANT_COLUMNS.map((c) => `applications.${row}.${c}`)),
};
const TABLE4_PATHS: readonly string[] = OUTCOME_GROUPS.flatMap((g) => OUTCOME_KEYS.map((k) => `${g}.${k}`));

/** Every cell of table 三, row by row, as dotted paths. */
export function table3Paths(template: TemplateYear): readonly string[] {
  return TABLE3_PATHS[template];
}

/** The 15 cells of table 四 in printed order. */
export function table4Paths(): readonly string[] {
  return TABLE4_PATHS;
}

export const TABLE2_PATHS_2021: readonly string[] = [
  'proactive.regulations.issued',
  'proactive.regulations.abolished',
  'proactive.regulations.inForce',
  'proactive.normativeDocuments.issued',
  'proactive.normativeDocuments.abolished',
  'proactive.normativeDocuments.inForce',
  'proactive.licensing',
  'proactive.penalty',
  'proactive.coercion',
  'proactive.feesWanYuan',
];

const ITEM_KEYS = ['previousYearItems', 'change', 'decisions'];
const DOC_KEYS_2019 = ['newlyMade', 'newlyPublished', 'totalPublished'];

export const TABLE2_PATHS_2019: readonly string[] = [
  ...['regulations', 'normativeDocuments'].flatMap((r) => DOC_KEYS_2019.map((k) => `proactive.${r}.${k}`)),
  ...['licensing', 'otherServices', 'penalty', 'coercion'].flatMap((r) => ITEM_KEYS.map((k) => `proactive.${r}.${k}`)),
  'proactive.fees.previousYearItems',
  'proactive.fees.change',
  'proactive.procurement.items',
  'proactive.procurement.totalAmount',
];

export function table2Paths(template: TemplateYear): readonly string[] {
  return template === '2019' ? TABLE2_PATHS_2019 : TABLE2_PATHS_2021;
}
