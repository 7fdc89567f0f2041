// gongkai report parse|check|render — read, check and write annual reports (年度报告).
import { CliError, EXIT_OK, EXIT_UNUSABLE } from './cli-error.ts';
import type { CliCommand } from './main.ts';

export const REPORT_HELP = `用法：gongkai report <子命令> [参数]

政府信息公开工作年度报告：读取、检查、按全国统一格式输出。

子命令：
  parse [--json] 文件                       读取一份报告，输出摘要（或 JSON）
  check [--previous 文件] [--json|--csv] 文件…|目录
                                            检查勾稽关系（R1–R5）和其他问题（C1–C7）
  render --to <格式> 输入 -o 输出           按全国统一格式输出（docx、pdf、html、txt、xlsx、json）

可读取的文件：.txt、.md、.html/.htm、.docx、.pdf；编码 UTF-8、GBK/GB18030、UTF-16 自动识别。
每个子命令都可加 --help 查看说明。
退出码：0 正常，1 发现错误，2 文件无法读取或参数有误。`;

export const reportCommand: CliCommand = {
  summary: '年度报告：parse 读取、check 检查、render 生成',
  async run(args: string[]): Promise<number> {
    const [sub, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
      process.stdout.write(`${REPORT_HELP}\n`);
      return EXIT_OK;
    }
    if (sub === 'parse') return (await import('./report-parse.ts')).runReportParse(rest);
    if (sub === 'check') return (await import('./report-check.ts')).runReportCheck(rest);
    if (sub === 'render') return (await import('./report-render.ts')).runReportRender(rest);
    throw new CliError(`未知子命令：${sub}。运行 gongkai report --help 查看可用子命令。`, EXIT_UNUSABLE);
  },
};
