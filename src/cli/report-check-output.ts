// Output of `gongkai report check`: a summary table, per-file details, CSV.
import type { CheckedFile } from './report-check.ts';

const count = (c: CheckedFile, severity: 'error' | 'warning') =>
  c.diagnostics.filter((d) => d.severity === severity).length;

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

const pad = (text: string, w: number) => text + ' '.repeat(Math.max(0, w - width(text)));

export function formatSummaryTable(checked: CheckedFile[]): string {
  const header = ['文件', '报告机关', '年度', '格式', '错误', '警告'];
  const rows = checked.map((c) =>
    c.unreadable
      ? [c.file, `无法读取：${c.unreadable}`]
      : [
          c.file,
          c.report?.agency ?? '（未读出）',
          String(c.report?.year ?? '—'),
          c.report?.template ?? '',
          String(count(c, 'error')),
          String(count(c, 'warning')),
        ],
  );
  // An unreadable file's message runs across the row, so it does not widen the agency column.
  const widths = header.map((h, i) =>
    Math.max(width(h), ...rows.filter((r) => r.length === header.length || i === 0).map((r) => width(r[i]))),
  );
  const line = (r: string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i]))).join('  ');
  const unreadable = checked.filter((c) => c.unreadable).length;
  const withErrors = checked.filter((c) => !c.unreadable && count(c, 'error') > 0).length;
  return [
    line(header),
    ...rows.map(line),
    `共 ${checked.length} 份：${unreadable} 份无法读取，${withErrors} 份有错误。`,
    '',
  ].join('\n');
}

export function formatDetails(checked: CheckedFile[]): string {
  const out: string[] = [];
  for (const c of checked) {
    if (c.unreadable) {
      out.push(`${c.file}：无法读取：${c.unreadable}`, '');
      continue;
    }
    const r = c.report;
    const errors = count(c, 'error');
    const warnings = count(c, 'warning');
    out.push(
      `${c.file}（${r?.agency ?? '机关未读出'} ${r?.year ?? '年度未读出'} 年度，${r?.template} 年版格式）：错误 ${errors} 条，警告 ${warnings} 条`,
    );
    for (const d of c.diagnostics) out.push(`  ${d.severity === 'error' ? '错误' : '警告'} [${d.rule}] ${d.message}`);
    out.push('');
  }
  return out.join('\n');
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function formatCsv(checked: CheckedFile[]): string {
  const lines = [['文件', '报告机关', '年度', '格式', '错误', '警告', '状态'].join(',')];
  for (const c of checked) {
    const cells = c.unreadable
      ? [c.file, '', '', '', '', '', `无法读取：${c.unreadable}`]
      : [
          c.file,
          c.report?.agency ?? '',
          String(c.report?.year ?? ''),
          c.report?.template ?? '',
          String(count(c, 'error')),
          String(count(c, 'warning')),
          '已检查',
        ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
