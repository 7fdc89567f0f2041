// Table 二 (主动公开政府信息情况): a few labelled rows (规章, 规范性文件, 行政许可, …) each
// followed by its numbers. The table has no sums, so run-together digits often have several
// readings; the narrative's own figures (“现行有效…698件”) may settle them, otherwise the
// cells stay null with an AMBIGUOUS diagnostic.
import { cellLabel } from '../check/cell-label.ts';
import type { DocumentFigures } from '../check/narrative-figures.ts';
import type { Diagnostic, TemplateYear } from '../report.ts';
import { classifyCell, isExplicitLine, isSeparatorLine, splitCells, stripNotes } from './number-rows.ts';
import { splitDigitRuns } from './split-digits.ts';
import { emptyTableRead, type TableRead } from './table-result.ts';

interface RowSpec {
  key: string;
  label: RegExp;
  /** Paths under proactive, one per printed column. */
  columns: string[];
}

const SPECS_2021: RowSpec[] = [
  {
    key: 'regulations',
    label: /规章/,
    columns: ['regulations.issued', 'regulations.abolished', 'regulations.inForce'],
  },
  {
    key: 'normativeDocuments',
    label: /(?:行政)?规范性文件/,
    columns: ['normativeDocuments.issued', 'normativeDocuments.abolished', 'normativeDocuments.inForce'],
  },
  { key: 'licensing', label: /行政许可/, columns: ['licensing'] },
  { key: 'penalty', label: /行政处罚/, columns: ['penalty'] },
  { key: 'coercion', label: /行政强制/, columns: ['coercion'] },
  { key: 'feesWanYuan', label: /行政事业性收费/, columns: ['feesWanYuan'] },
];

const items = (row: string) => [`${row}.previousYearItems`, `${row}.change`, `${row}.decisions`];
const SPECS_2019: RowSpec[] = [
  {
    key: 'regulations',
    label: /规章/,
    columns: ['regulations.newlyMade', 'regulations.newlyPublished', 'regulations.totalPublished'],
  },
  {
    key: 'normativeDocuments',
    label: /(?:行政)?规范性文件/,
    columns: ['normativeDocuments.newlyMade', 'normativeDocuments.newlyPublished', 'normativeDocuments.totalPublished'],
  },
  { key: 'licensing', label: /行政许可/, columns: items('licensing') },
  { key: 'otherServices', label: /其他对外管理服务事项/, columns: items('otherServices') },
  { key: 'penalty', label: /行政处罚/, columns: items('penalty') },
  { key: 'coercion', label: /行政强制/, columns: items('coercion') },
  { key: 'fees', label: /行政事业性收费/, columns: ['fees.previousYearItems', 'fees.change'] },
  { key: 'procurement', label: /政府集中采购/, columns: ['procurement.items', 'procurement.totalAmount'] },
];

export type StatedDocuments = { regulations: DocumentFigures; normativeDocuments: DocumentFigures };

const LABELS = [
  '行政规范性文件',
  '规范性文件',
  '规章',
  '行政许可',
  '其他对外管理服务事项',
  '行政处罚',
  '行政强制',
  '行政事业性收费',
  '政府集中采购',
];
// In flowing text (a PDF's lines, a pasted page) a label may be wrapped onto the next line anywhere.
const ANY_LABEL = new RegExp(LABELS.map((label) => [...label].join('\\n?')).join('|'), 'g');
const NUMBER = /^[+\-－]?\d[\d,]*(?:\.\d+)?/;

export function readTable2(
  lines: readonly string[],
  template: TemplateYear,
  stated: StatedDocuments,
  budget: { steps: number },
): TableRead {
  const result = emptyTableRead();
  const specs = template === '2019' ? SPECS_2019 : SPECS_2021;
  const done = new Set<string>();
  const freeLines = lines.map((line) => (isExplicitLine(line) || isSeparatorLine(line) ? '' : stripNotes(line)));
  // Explicit rows first: the cells after the label cell, blanks included.
  lines.forEach((line, index) => {
    if (!isExplicitLine(line) || isSeparatorLine(line)) return;
    const cells = splitCells(line);
    const at = cells.findIndex((c) => labelOf(c.trim(), specs) !== null && !/^\s*[\d.]+\s*$/.test(c));
    if (at < 0) return;
    const spec = labelOf(cells[at].trim(), specs) as RowSpec;
    if (done.has(spec.key)) return;
    const raw = cells.slice(at + 1, at + 1 + spec.columns.length);
    const values = raw.map(classifyCell);
    // A row of the table: only numbers and blank cells after the label (a blank row is blank).
    if (values.length === 0 || values.some((v) => v.kind === 'text' && !/^[\d.]+\s*(?:万元|亿元|元)$/.test(v.text)))
      return;
    done.add(spec.key);
    result.endLine = Math.max(result.endLine, index + 1);
    spec.columns.forEach((col, i) => {
      const v = values[i];
      const path = `proactive.${col}`;
      if (col.endsWith('totalAmount') && raw[i]?.trim()) result.values.set(path, raw[i].trim());
      else if (v?.kind === 'number') result.values.set(path, parseValue(col, v.values[0]));
      else {
        result.values.set(path, null);
        result.blanks.add(path);
      }
    });
  });
  // Free text (spaces, or nothing): the numbers right after each label.
  const text = freeLines.join('\n');
  ANY_LABEL.lastIndex = 0;
  const matches = [...text.matchAll(ANY_LABEL)];
  matches.forEach((m, k) => {
    const spec = labelOf(m[0], specs);
    if (!spec || done.has(spec.key)) return;
    const start = (m.index ?? 0) + m[0].length;
    const end = k + 1 < matches.length ? (matches[k + 1].index ?? text.length) : text.length;
    const tokens = leadingNumbers(text.slice(start, end), spec);
    if (tokens.length === 0) return;
    done.add(spec.key);
    result.endLine = Math.max(result.endLine, text.slice(0, start).split('\n').length);
    readFreeRow(spec, tokens, stated, budget, result);
  });
  for (const spec of specs) {
    if (done.has(spec.key)) continue;
    const paths = spec.columns.map((c) => `proactive.${c}`);
    for (const p of paths) result.values.set(p, null);
    result.diagnostics.push({
      severity: 'warning',
      rule: 'NOT_FOUND',
      cells: paths,
      message: `${cellLabel(paths[0]).split(' / ')[0]}：没有找到这一行的数字（按空值处理，不当作 0）`,
    });
  }
  return result;
}

function labelOf(text: string, specs: RowSpec[]): RowSpec | null {
  const compact = text.replace(/\s+/g, '');
  if (/规范性文件/.test(compact)) return specs.find((s) => s.key === 'normativeDocuments') ?? null;
  return specs.find((s) => s.label.test(compact)) ?? null;
}

/** The numbers right after a label, up to the first word (headers, the next label). */
function leadingNumbers(span: string, spec: RowSpec): string[] {
  const tokens: string[] = [];
  let rest = span;
  for (;;) {
    rest = rest.replace(/^[\s|:：]+/, '');
    const m = rest.match(NUMBER);
    if (!m) break;
    let token = m[0].replace(/,/g, '').replace(/^－/, '-');
    rest = rest.slice(m[0].length);
    const unit = rest.match(/^\s*(万元|亿元|元)/);
    if (unit) {
      if (spec.key === 'procurement') token += unit[1];
      rest = rest.slice(unit[0].length);
    }
    tokens.push(token);
    if (tokens.length > 12) break;
  }
  return tokens;
}

function readFreeRow(
  spec: RowSpec,
  tokens: string[],
  stated: StatedDocuments,
  budget: { steps: number },
  result: TableRead,
): void {
  const paths = spec.columns.map((c) => `proactive.${c}`);
  const width = spec.columns.length;
  const set = (values: (string | null)[]) => {
    spec.columns.forEach((col, i) => {
      result.values.set(paths[i], values[i] === null ? null : parseValue(col, values[i] as string));
    });
  };
  if (tokens.length >= width) {
    set(tokens.slice(0, width));
    return;
  }
  const split = splitDigitRuns(tokens, { parts: width, budget, maxReadings: 400 });
  const isIncomplete = split.isExhausted || split.readings.length >= 400;
  if (split.readings.length === 1 && !isIncomplete) {
    set(split.readings[0].map(String));
    return;
  }
  let readings = isIncomplete ? [] : split.readings;
  const figures = stated[spec.key as keyof StatedDocuments];
  let settledBy: string | null = null;
  if (figures && readings.length > 1) {
    const fields: (keyof DocumentFigures)[] = ['issued', 'abolished', 'inForce'];
    const score = (r: number[]) => r.filter((v, i) => figures[fields[i]].includes(v)).length;
    const best = Math.max(...readings.map(score));
    if (best > 0) {
      readings = readings.filter((r) => score(r) === best);
      settledBy = '正文所述件数';
    }
  }
  if (readings.length === 1) {
    set(readings[0].map(String));
    result.diagnostics.push({
      severity: 'warning',
      rule: 'INFERRED',
      cells: paths,
      message: `${cellLabel(paths[0]).split(' / ')[0]}：数字连写（${tokens.join(' ')}），依据${settledBy}拆分为 ${readings[0].join('/')}`,
      candidates: readings,
    });
    return;
  }
  set(Array.from({ length: width }, () => null));
  const diagnostic: Diagnostic = {
    severity: 'warning',
    rule: readings.length === 0 ? 'NOT_FOUND' : 'AMBIGUOUS',
    cells: paths,
    message:
      readings.length === 0
        ? `${cellLabel(paths[0]).split(' / ')[0]}：数字（${tokens.join(' ')}）${isIncomplete ? '可能的拆分过多' : `不够 ${width} 列`}，无法读取（按空值处理）`
        : `${cellLabel(paths[0]).split(' / ')[0]}：数字连写（${tokens.join(' ')}），有 ${readings.length} 种拆分，表二没有合计可供核对，无法确定，单元格留空`,
  };
  if (readings.length > 0) diagnostic.candidates = readings.slice(0, 20);
  result.diagnostics.push(diagnostic);
}

function parseValue(column: string, raw: string): number | string {
  if (column.endsWith('totalAmount')) return raw;
  return Number(raw.replace(/^－/, '-'));
}
