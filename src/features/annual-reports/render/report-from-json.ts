// Accepts the schema JSON of a report, or the `{ report, diagnostics }` that `report parse
// --json` prints, and checks its shape before anything is written from it: a cell that is
// not a number (or null) would otherwise print as a silent blank.
import { type AnnualReport, APPLICANT_COLUMNS, OUTCOME_KEYS, TABLE3_ROWS_2019, TABLE3_ROWS_2021 } from '../report.ts';

export class ReportJsonError extends Error {}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(root: Json, dotted: string): unknown {
  let node: unknown = root;
  for (const part of dotted.split('.')) node = isObject(node) ? node[part] : undefined;
  return node;
}

function requireNumber(root: Json, dotted: string): void {
  const value = at(root, dotted);
  if (value === undefined) throw new ReportJsonError(`JSON 缺少单元格 ${dotted}（空白单元格请写 null）。`);
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
    throw new ReportJsonError(`单元格 ${dotted} 应为数字或 null，实际是 ${JSON.stringify(value)}。`);
  }
}

const PROACTIVE_2021 = [
  'regulations.issued',
  'regulations.abolished',
  'regulations.inForce',
  'normativeDocuments.issued',
  'normativeDocuments.abolished',
  'normativeDocuments.inForce',
  'licensing',
  'penalty',
  'coercion',
  'feesWanYuan',
];

const PROACTIVE_2019 = [
  ...['regulations', 'normativeDocuments'].flatMap((k) =>
    ['newlyMade', 'newlyPublished', 'totalPublished'].map((c) => `${k}.${c}`),
  ),
  ...['licensing', 'otherServices', 'penalty', 'coercion'].flatMap((k) =>
    ['previousYearItems', 'change', 'decisions'].map((c) => `${k}.${c}`),
  ),
];

export function reportFromJson(value: unknown): AnnualReport {
  const root = isObject(value) && isObject(value.report) ? value.report : value;
  if (!isObject(root)) throw new ReportJsonError('JSON 不是年度报告：顶层应为对象。');
  for (const key of [
    'sections',
    'proactive',
    'applications',
    'reconsideration',
    'litigationDirect',
    'litigationAfterReconsideration',
  ]) {
    if (!isObject(root[key])) throw new ReportJsonError(`JSON 不是年度报告：缺少 ${key}。`);
  }
  if (root.schemaVersion !== 1) throw new ReportJsonError('JSON 的 schemaVersion 应为 1。');
  if (root.template !== '2019' && root.template !== '2021')
    throw new ReportJsonError('JSON 的 template 应为 "2019" 或 "2021"。');
  if (root.agency !== null && typeof root.agency !== 'string')
    throw new ReportJsonError('JSON 的 agency 应为文字或 null。');
  if (root.year !== null && !Number.isInteger(root.year)) throw new ReportJsonError('JSON 的 year 应为整数或 null。');
  if (root.publishedOn !== undefined && root.publishedOn !== null && typeof root.publishedOn !== 'string') {
    throw new ReportJsonError('JSON 的 publishedOn 应为日期文字（如 2023-02-20）或 null。');
  }
  for (const [key, text] of Object.entries(root.sections as Json)) {
    if (typeof text !== 'string') throw new ReportJsonError(`JSON 的 sections.${key} 应为文字。`);
  }

  const is2019 = root.template === '2019';
  for (const path of is2019 ? PROACTIVE_2019 : PROACTIVE_2021) requireNumber(root, `proactive.${path}`);
  if (is2019) {
    for (const path of ['fees.previousYearItems', 'fees.change', 'procurement.items']) {
      if (at(root, `proactive.${path}`) !== undefined) requireNumber(root, `proactive.${path}`);
    }
    const amount = at(root, 'proactive.procurement.totalAmount');
    if (amount !== undefined && amount !== null && typeof amount !== 'string') {
      throw new ReportJsonError('proactive.procurement.totalAmount 应为文字（含单位）或 null。');
    }
  }
  for (const row of is2019 ? TABLE3_ROWS_2019 : TABLE3_ROWS_2021) {
    for (const column of APPLICANT_COLUMNS) requireNumber(root, `applications.${row}.${column}`);
  }
  for (const group of ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']) {
    for (const key of OUTCOME_KEYS) requireNumber(root, `${group}.${key}`);
  }
  return root as unknown as AnnualReport;
}
