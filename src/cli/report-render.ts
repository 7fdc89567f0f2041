// gongkai report render: writes a report (its JSON, or any report the reader can read)
// in the national layout as DOCX, PDF, HTML, TXT, XLSX or JSON.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CjkFontError } from '../features/annual-reports/render/render-error.ts';
import {
  isRenderFormat,
  RENDER_FORMATS,
  type RenderFormat,
  renderReport,
} from '../features/annual-reports/render/render-report.ts';
import type { AnnualReport } from '../features/annual-reports/report.ts';
import { CliError, EXIT_OK, EXIT_UNUSABLE } from './cli-error.ts';

export const REPORT_RENDER_HELP = `用法：gongkai report render --to <格式> <输入文件> -o <输出文件> [--font <字体文件>]

把年度报告按全国统一格式输出。

  --to <格式>        docx、pdf、html、txt、xlsx 或 json；省略时按输出文件的扩展名判断
  -o, --output <文件> 输出文件；写 - 则输出到屏幕（仅 html、txt、json）
  --font <字体文件>   生成 PDF 时嵌入的中文字体（.ttf/.otf/.ttc）；
                     也可用环境变量 GONGKAI_CJK_FONT，默认使用系统的 Noto CJK 字体
  -h, --help         显示本说明

输入文件可以是年度报告的 JSON（gongkai report parse --json 的输出也可以），
也可以是任何能读取的报告（.txt、.md、.html、.docx、.pdf）。
DOCX 按 GB/T 9704 公文格式排版（A4，版心 22 行 × 28 字，页码“— 1 —”）。
空白单元格输出为空白，不会写成 0。

退出码：0 已生成，2 输入无法使用或无法写出。`;

type Format = RenderFormat;
const TEXT_FORMATS: readonly Format[] = ['html', 'txt', 'json'];
const FORMAT_NAMES: Record<Format, string> = {
  docx: 'Word 文件',
  pdf: 'PDF 文件',
  html: 'HTML 文件',
  txt: '文本文件',
  xlsx: 'Excel 文件',
  json: 'JSON 文件',
};

interface RenderArgs {
  format: Format;
  input: string;
  output: string;
  fontPath?: string;
}

function parseArgs(args: string[]): RenderArgs | 'help' {
  let to: string | undefined;
  let output: string | undefined;
  let fontPath: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '')
        throw new CliError(`${flag} 后面缺少取值。运行 gongkai report render --help 查看用法。`);
      return v;
    };
    if (flag === '-h' || flag === '--help') return 'help';
    else if (flag === '--to') to = value().toLowerCase();
    else if (flag === '-o' || flag === '--output') output = value();
    else if (flag === '--font') fontPath = value();
    else if (arg.startsWith('-') && arg !== '-')
      throw new CliError(`未知参数：${arg}。运行 gongkai report render --help 查看用法。`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) throw new CliError('请指定要输出的报告文件。运行 gongkai report render --help 查看用法。');
  if (inputs.length > 1) throw new CliError(`一次只能输出一份报告，收到了 ${inputs.length} 个输入文件。`);
  if (!output) throw new CliError('请用 -o 指定输出文件（写 - 则输出到屏幕）。');
  const format = to ?? extname(output).slice(1).toLowerCase().replace(/^htm$/, 'html');
  if (!isRenderFormat(format)) {
    throw new CliError(
      to
        ? `不支持的格式：${to}。可选：${RENDER_FORMATS.join('、')}。`
        : '请用 --to 指定输出格式（docx、pdf、html、txt、xlsx 或 json）。',
    );
  }
  if (output === '-' && !TEXT_FORMATS.includes(format))
    throw new CliError(`${format.toUpperCase()} 是二进制格式，不能输出到屏幕，请用 -o 指定文件。`);
  return { format, input: inputs[0], output, fontPath };
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`输入不是文件：${path}`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`找不到输入文件：${path}`);
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new CliError(`无法读取输入文件：${path}`);
  }
}

function looksLikeJson(bytes: Uint8Array, path: string): boolean {
  if (extname(path).toLowerCase() === '.json') return true;
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('{');
}

async function loadReport(bytes: Uint8Array, path: string): Promise<{ report: AnnualReport; notes: number }> {
  if (looksLikeJson(bytes, path)) {
    const { reportFromJson, ReportJsonError } = await import('../features/annual-reports/render/report-from-json.ts');
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      throw new CliError(`输入文件不是有效的 JSON：${path}`, EXIT_UNUSABLE);
    }
    try {
      return { report: reportFromJson(value), notes: 0 };
    } catch (error) {
      if (error instanceof ReportJsonError) throw new CliError(`${path}：${error.message}`, EXIT_UNUSABLE);
      throw error;
    }
  }
  const { parseReport, UnreadableReportError } = await import('../features/annual-reports/read/parse-report.ts');
  try {
    const { report, diagnostics } = await parseReport({ bytes, fileName: path });
    return { report, notes: diagnostics.length };
  } catch (error) {
    if (error instanceof UnreadableReportError) throw new CliError(`无法读取 ${path}：${error.message}`, EXIT_UNUSABLE);
    throw error;
  }
}

/** Where the command writes; tests pass their own. */
export interface RenderIo {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string): unknown };
}

export async function runReportRender(args: string[], io: RenderIo = process): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout.write(`${REPORT_RENDER_HELP}\n`);
    return EXIT_OK;
  }
  const { report, notes } = await loadReport(await readInput(parsed.input), parsed.input);
  let content: Uint8Array | string;
  try {
    content = await renderReport(report, parsed.format, { fontPath: parsed.fontPath });
  } catch (error) {
    if (error instanceof CjkFontError) throw new CliError(error.message, EXIT_UNUSABLE);
    throw error;
  }
  if (parsed.output === '-') {
    io.stdout.write(content);
  } else {
    try {
      await writeFile(parsed.output, content);
    } catch {
      throw new CliError(`无法写入输出文件：${parsed.output}`, EXIT_UNUSABLE);
    }
    io.stdout.write(`已生成：${parsed.output}（${FORMAT_NAMES[parsed.format]}）\n`);
  }
  if (notes > 0) {
    io.stderr.write(
      `提示：读取原报告时有 ${notes} 条诊断，无法确定的单元格已按空白输出；可用 gongkai report check 查看。\n`,
    );
  }
  return EXIT_OK;
}
