// R1–R5, the hard consistency rules (勾稽关系) of tables 三 and 四, plus R4 for table 二.
// A rule is checked only when all its cells are known: a blank cannot prove an error.
import { type AnnualReport, APPLICANT_COLUMN_LABELS, type Diagnostic } from '../report.ts';
import { cellLabel } from './cell-label.ts';
import { getCell, getCount, table2Paths, table3Paths, table4Paths } from './cell-paths.ts';
import { type SumRule, sumRules } from './sum-rules.ts';

function sumOf(report: AnnualReport, paths: readonly string[]): number | null {
  let sum = 0;
  for (const p of paths) {
    const v = getCount(report, p);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

function describe(report: AnnualReport, rule: SumRule, parts: number, total: number): string {
  const head = rule.total[0];
  if (rule.rule === 'R1') {
    const [r, o, h, f] = [...rule.parts, ...rule.total].map((p) => getCount(report, p));
    return `三、${APPLICANT_COLUMN_LABELS[rule.column ?? 'total']}列：新收 ${r} + 上年结转 ${o} = ${parts}，而（七）总计 ${h} + 结转下年度 ${f} = ${total}，两者应相等`;
  }
  if (rule.rule === 'R2') return `${cellLabel(head)}：明细合计 ${parts}，填报 ${total}`;
  if (rule.rule === 'R3') return `${cellLabel(head)}：各类申请人合计 ${parts}，填报 ${total}`;
  return `${cellLabel(head)}：维持、纠正、其他、尚未审结合计 ${parts}，填报 ${total}`;
}

/** R1, R2, R3 and R5: every sum of tables 三 and 四 whose cells are all known. */
export function checkSums(report: AnnualReport): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of sumRules(report.template)) {
    const parts = sumOf(report, rule.parts);
    const total = parts === null ? null : sumOf(report, rule.total);
    if (parts === null || total === null || parts === total) continue;
    out.push({
      severity: 'error',
      rule: rule.rule,
      cells: rule.rule === 'R1' ? [...rule.parts, ...rule.total] : [...rule.total, ...rule.parts],
      message: describe(report, rule, parts, total),
      expected: parts,
      actual: total,
    });
  }
  return out;
}

export function checkR4(report: AnnualReport): Diagnostic[] {
  const out: Diagnostic[] = [];
  const isCountPath = (p: string) => !p.endsWith('.totalAmount') && !p.endsWith('.change');
  const paths = [
    ...table3Paths(report.template),
    ...table4Paths(),
    ...table2Paths(report.template).filter(isCountPath),
  ];
  for (const path of paths) {
    const value = getCell(report, path);
    if (value === null || value === undefined) continue;
    const isFee = path === 'proactive.feesWanYuan';
    const isValid =
      typeof value === 'number' && Number.isFinite(value) && value >= 0 && (isFee || Number.isInteger(value));
    if (isValid) continue;
    out.push({
      severity: 'error',
      rule: 'R4',
      cells: [path],
      message: `${cellLabel(path)}：应为${isFee ? '非负数' : '非负整数'}，填报 ${JSON.stringify(value)}`,
      actual: value,
    });
  }
  for (const path of table2Paths(report.template).filter((p) => p.endsWith('.change'))) {
    const value = getCell(report, path);
    if (value === null || value === undefined || (typeof value === 'number' && Number.isInteger(value))) continue;
    out.push({
      severity: 'error',
      rule: 'R4',
      cells: [path],
      message: `${cellLabel(path)}：应为整数，填报 ${JSON.stringify(value)}`,
      actual: value,
    });
  }
  return out;
}
