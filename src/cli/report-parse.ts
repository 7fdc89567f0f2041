// gongkai report parse [--json] FILE — reads one report and prints it.
import { getCount } from '../features/annual-reports/check/cell-paths.ts';
import type { AnnualReport, Diagnostic } from '../features/annual-reports/report.ts';
import { CliError, EXIT_OK, EXIT_UNUSABLE } from './cli-error.ts';
import { readReportFile } from './report-input.ts';

export const REPORT_PARSE_HELP = `用法：gongkai report parse [--json] 文件

读取一份政府信息公开工作年度报告（.txt、.md、.html、.docx、.pdf），
输出报告机关、年度、格式、主要数字和读取时发现的问题。

  --json      输出 { "report": …, "diagnostics": […] }（字段见 annual-report.schema.json）
  -h, --help  显示本说明

读不准的单元格一律留空（null）并说明原因，不会当作 0。
退出码：0 已读取，2 文件无法读取。`;

export async function runReportParse(args: string[]): Promise<number> {
  let isJson = false;
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${REPORT_PARSE_HELP}\n`);
      return EXIT_OK;
    }
    if (arg === '--json') isJson = true;
    else if (arg.startsWith('-') && arg !== '-')
      throw new CliError(`未知参数：${arg}。运行 gongkai report parse --help 查看用法。`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new CliError('请指定一个报告文件。运行 gongkai report parse --help 查看用法。');
  const outcome = await readReportFile(files[0]);
  if (!outcome.ok) throw new CliError(`无法读取 ${files[0]}：${outcome.message}`, EXIT_UNUSABLE);
  const { report, diagnostics } = outcome.result;
  process.stdout.write(
    isJson ? `${JSON.stringify({ report, diagnostics }, null, 2)}\n` : `${summarize(report, diagnostics)}\n`,
  );
  return EXIT_OK;
}

const show = (v: number | null) => (v === null ? '—（未读出）' : String(v));

export function summarize(report: AnnualReport, diagnostics: Diagnostic[]): string {
  const n = (path: string) => show(getCount(report, path));
  const lines = [
    `报告机关：${report.agency ?? '（未读出）'}`,
    `报告年度：${report.year ?? '（未读出）'}`,
    `报告格式：${report.template} 年版（${report.template === '2021' ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号'}）`,
    `发布日期：${report.publishedOn ?? '（未注明）'}`,
    `正文部分：${Object.keys(report.sections).join('、') || '（无）'}`,
    '',
    '表三 收到和处理政府信息公开申请情况（总计列）：',
    `  本年新收 ${n('applications.received.total')}，上年结转 ${n('applications.carriedOver.total')}，办理结果总计 ${n('applications.handledTotal.total')}，结转下年度 ${n('applications.carriedForward.total')}`,
    `  予以公开 ${n('applications.granted.total')}，部分公开 ${n('applications.partiallyGranted.total')}`,
    '表四 行政复议、行政诉讼（总计）：',
    `  行政复议 ${n('reconsideration.total')}，未经复议直接起诉 ${n('litigationDirect.total')}，复议后起诉 ${n('litigationAfterReconsideration.total')}`,
  ];
  if (report.template === '2021') {
    lines.splice(
      6,
      0,
      '表二 主动公开政府信息情况：',
      `  行政规范性文件 制发 ${n('proactive.normativeDocuments.issued')}，废止 ${n('proactive.normativeDocuments.abolished')}，现行有效 ${n('proactive.normativeDocuments.inForce')}`,
      `  行政许可 ${n('proactive.licensing')}，行政处罚 ${n('proactive.penalty')}，行政强制 ${n('proactive.coercion')}，收费 ${n('proactive.feesWanYuan')} 万元`,
    );
  }
  lines.push('', diagnostics.length === 0 ? '读取过程中没有发现问题。' : `读取时的说明（${diagnostics.length} 条）：`);
  for (const d of diagnostics) lines.push(`  [${d.rule}] ${d.message}`);
  return lines.join('\n');
}
