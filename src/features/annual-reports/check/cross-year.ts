// Rules that compare a report with the same agency's report for the previous year.
import { type AnnualReport, APPLICANT_COLUMNS, type Diagnostic } from '../report.ts';
import { cellLabel, SECTION_LABELS } from './cell-label.ts';
import { getCount } from './cell-paths.ts';

/** C1: this year's 上年结转 is last year's 结转下年度, column by column. */
export function checkC1(report: AnnualReport, previous: AnnualReport): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const col of APPLICANT_COLUMNS) {
    const path = `applications.carriedOver.${col}`;
    const now = getCount(report, path);
    const before = getCount(previous, `applications.carriedForward.${col}`);
    if (now === null || before === null || now === before) continue;
    out.push({
      severity: 'warning',
      rule: 'C1',
      cells: [path],
      message: `${cellLabel(path)}：填报 ${now}，而${previous.year ?? '上一'}年度报告的“结转下年度继续办理”为 ${before}`,
      expected: before,
      actual: now,
    });
  }
  return out;
}

/** C2: 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止 (revisions and expiry break it). */
export function checkC2(report: AnnualReport, previous: AnnualReport): Diagnostic[] {
  if (report.template !== '2021' || previous.template !== '2021') return [];
  const out: Diagnostic[] = [];
  for (const row of ['regulations', 'normativeDocuments']) {
    const base = `proactive.${row}`;
    const before = getCount(previous, `${base}.inForce`);
    const [issued, abolished, inForce] = ['issued', 'abolished', 'inForce'].map((k) =>
      getCount(report, `${base}.${k}`),
    );
    if (before === null || issued === null || abolished === null || inForce === null) continue;
    const expected = before + issued - abolished;
    if (expected === inForce) continue;
    out.push({
      severity: 'warning',
      rule: 'C2',
      cells: [`${base}.inForce`, `${base}.issued`, `${base}.abolished`],
      message: `${cellLabel(`${base}.inForce`)}：上年 ${before} + 本年制发 ${issued} − 本年废止 ${abolished} = ${expected}，填报 ${inForce}（修订、自然失效也会造成差异，请核实）`,
      expected,
      actual: inForce,
    });
  }
  return out;
}

/** C7: a narrative part copied word for word from last year's report. */
export function checkC7(report: AnnualReport, previous: AnnualReport): Diagnostic[] {
  const out: Diagnostic[] = [];
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (const [key, text] of Object.entries(report.sections)) {
    const before = previous.sections[key];
    if (!before || squash(text).length < 20 || squash(text) !== squash(before)) continue;
    out.push({
      severity: 'warning',
      rule: 'C7',
      cells: [`sections.${key}`],
      message: `${SECTION_LABELS[key] ?? key}：与${previous.year ?? '上一'}年度报告的文字完全相同，疑似照抄`,
    });
  }
  return out;
}
