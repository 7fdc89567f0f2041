// Reading report files for the CLI: size limit before reading, plain Chinese errors.
import { readFile, stat } from 'node:fs/promises';
import { type ParseResult, parseReport, UnreadableReportError } from '../features/annual-reports/read/parse-report.ts';
import { MAX_REPORT_BYTES } from '../features/annual-reports/read/unreadable-error.ts';

export type ReadOutcome = { ok: true; result: ParseResult } | { ok: false; message: string };

export async function readReportFile(path: string): Promise<ReadOutcome> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: '这是一个目录，不是文件' };
    size = info.size;
  } catch {
    return { ok: false, message: '文件不存在或无法访问' };
  }
  if (size > MAX_REPORT_BYTES)
    return { ok: false, message: `文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过 50 MB 上限，不予读取` };
  try {
    const bytes = new Uint8Array(await readFile(path));
    return { ok: true, result: await parseReport({ bytes, fileName: path }) };
  } catch (error) {
    if (error instanceof UnreadableReportError) return { ok: false, message: error.message };
    // Anything else is a reader bug on strange input: still one line, never a stack trace.
    if (process.env.GONGKAI_DEBUG) console.error(error);
    return { ok: false, message: '读取时出现意外错误，无法识别此文件' };
  }
}
