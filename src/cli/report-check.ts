// gongkai report check [--previous FILE] [--json|--csv] FILE…|DIR — checks reports.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { checkReport } from '../features/annual-reports/check/check-report.ts';
import { unreadableDiagnostic } from '../features/annual-reports/read/unreadable-error.ts';
import type { AnnualReport, Diagnostic } from '../features/annual-reports/report.ts';
import { CliError, EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE } from './cli-error.ts';
import { formatCsv, formatDetails, formatSummaryTable } from './report-check-output.ts';
import { readReportFile } from './report-input.ts';

export const REPORT_CHECK_HELP = `用法：gongkai report check [--previous 文件] [--json | --csv] 文件… | 目录

检查政府信息公开工作年度报告：
  错误（R1–R5）：表三、表四的勾稽关系不成立，或单元格不是非负整数；
  警告（C1–C7）：与上年报告衔接（C1 结转、C2 现行有效件数）、正文数字与表格不符（C3）、
                 信息处理费（C4）、发布期限（C5）、内容完整（C6）、照抄上年（C7），
                 以及读取时留空、推算或无法确定的单元格。

  --previous 文件  上一年度的报告（用于 C1、C2、C7）；不指定时，在同时检查的文件中
                   自动查找同一机关上一年度的报告
  --json           输出 JSON
  --csv            输出 CSV 汇总（文件、机关、年度、格式、错误数、警告数）
  -h, --help       显示本说明

给出目录时检查其中所有 .txt、.md、.html、.htm、.docx、.pdf 文件（README 除外），并输出汇总表。
退出码：0 没有错误，1 至少一份报告有错误，2 有文件无法读取或参数有误。`;

const READABLE = new Set(['.txt', '.md', '.html', '.htm', '.docx', '.pdf']);

export interface CheckedFile {
  file: string;
  report?: AnnualReport;
  diagnostics: Diagnostic[];
  unreadable?: string;
}

interface CheckArgs {
  previous?: string;
  output: 'text' | 'json' | 'csv';
  inputs: string[];
}

function parseArgs(args: string[]): CheckArgs | 'help' {
  const parsed: CheckArgs = { output: 'text', inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--previous') {
      const value = args[++i];
      if (!value) throw new CliError('--previous 后面缺少上一年度报告的文件名。');
      parsed.previous = value;
    } else if (arg === '--json' || arg === '--csv') {
      const output = arg === '--json' ? 'json' : 'csv';
      if (parsed.output !== 'text' && parsed.output !== output) throw new CliError('--json 和 --csv 只能选一个。');
      parsed.output = output;
    } else if (arg.startsWith('-')) throw new CliError(`未知参数：${arg}。运行 gongkai report check --help 查看用法。`);
    else parsed.inputs.push(arg);
  }
  if (parsed.inputs.length === 0)
    throw new CliError('请指定要检查的报告文件或目录。运行 gongkai report check --help 查看用法。');
  return parsed;
}

async function expandInputs(inputs: string[]): Promise<{ files: string[]; hasDirectory: boolean }> {
  const files: string[] = [];
  let hasDirectory = false;
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    hasDirectory = true;
    // A README beside the reports describes them; it is not a report.
    const names = (await readdir(input))
      .filter((n) => READABLE.has(extname(n).toLowerCase()) && !/^readme\./i.test(n))
      .sort();
    if (names.length === 0)
      throw new CliError(`目录 ${input} 中没有可检查的报告文件（.txt、.md、.html、.htm、.docx、.pdf）。`);
    files.push(...names.map((n) => join(input, n)));
  }
  return { files, hasDirectory };
}

export async function runReportCheck(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    process.stdout.write(`${REPORT_CHECK_HELP}\n`);
    return EXIT_OK;
  }
  const { files, hasDirectory } = await expandInputs(parsed.inputs);
  let previous: AnnualReport | undefined;
  if (parsed.previous) {
    const outcome = await readReportFile(parsed.previous);
    if (!outcome.ok) throw new CliError(`无法读取上一年度报告 ${parsed.previous}：${outcome.message}`, EXIT_UNUSABLE);
    previous = outcome.result.report;
  }
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const outcome = await readReportFile(file);
    checked.push(
      outcome.ok
        ? { file, report: outcome.result.report, diagnostics: outcome.result.diagnostics }
        : { file, diagnostics: [unreadableDiagnostic(outcome.message)], unreadable: outcome.message },
    );
  }
  for (const entry of checked) {
    if (!entry.report) continue;
    const prior = previous ?? findPrevious(entry.report, checked);
    entry.diagnostics = [...entry.diagnostics, ...checkReport(entry.report, { previous: prior })];
  }
  const isSummary = hasDirectory || checked.length > 1;
  if (parsed.output === 'json') process.stdout.write(`${JSON.stringify({ files: checked.map(toJson) }, null, 2)}\n`);
  else if (parsed.output === 'csv') process.stdout.write(formatCsv(checked));
  else
    process.stdout.write(
      isSummary ? `${formatSummaryTable(checked)}\n${formatDetails(checked)}` : formatDetails(checked),
    );
  if (checked.some((c) => c.unreadable)) return EXIT_UNUSABLE;
  return checked.some((c) => c.diagnostics.some((d) => d.severity === 'error')) ? EXIT_PROBLEMS : EXIT_OK;
}

/** The same agency's report for the year before, among the files checked together. */
function findPrevious(report: AnnualReport, all: CheckedFile[]): AnnualReport | undefined {
  if (!report.agency || report.year === null) return undefined;
  return all.find((c) => c.report && c.report.agency === report.agency && c.report.year === (report.year as number) - 1)
    ?.report;
}

function toJson(entry: CheckedFile) {
  const count = (s: Diagnostic['severity']) => entry.diagnostics.filter((d) => d.severity === s).length;
  if (entry.unreadable) return { file: entry.file, unreadable: entry.unreadable, diagnostics: entry.diagnostics };
  const r = entry.report as AnnualReport;
  return {
    file: entry.file,
    agency: r.agency,
    year: r.year,
    template: r.template,
    errors: count('error'),
    warnings: count('warning'),
    diagnostics: entry.diagnostics,
  };
}
