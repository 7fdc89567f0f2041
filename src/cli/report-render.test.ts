import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { pingtanReport } from '../features/annual-reports/render/fixtures.ts';
import { readZip } from '../features/annual-reports/render/read-zip.ts';
import { REPORTS_DIR } from '../features/annual-reports/testing/report-fixtures.ts';
import { CliError } from './cli-error.ts';
import { runReportRender } from './report-render.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-render-'));
const SHARED = pathToFileURL(`${REPORTS_DIR}/`);
const reportJson = join(dir, 'pingtan.json');
writeFileSync(reportJson, JSON.stringify(pingtanReport()));

/** Runs the command, capturing what it writes to stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: { write: (chunk: string | Uint8Array) => out.push(String(chunk)) },
    stderr: { write: (chunk: string) => err.push(chunk) },
  };
  return { code: await runReportRender(args, io), out: out.join(''), err: err.join('') };
}

/** Asserts the command fails with a one-line Chinese message and exit code 2. */
async function rejectsWith(args: string[], pattern: RegExp): Promise<void> {
  await assert.rejects(run(args), (error: unknown) => {
    assert.ok(error instanceof CliError, String(error));
    assert.equal(error.exitCode, 2);
    assert.match(error.message, pattern);
    assert.doesNotMatch(error.message, /\n|at \S+ \(/);
    return true;
  });
}

describe('gongkai report render', () => {
  test('--help explains the command in Chinese', async () => {
    const { code, out } = await run(['--help']);
    assert.equal(code, 0);
    assert.match(out, /用法：gongkai report render --to <格式>/);
    assert.match(out, /docx、pdf、html、txt、xlsx 或 json/);
  });

  test('writes a report JSON as text in the tab layout', async () => {
    const output = join(dir, 'out.txt');
    const { code, out } = await run(['--to', 'txt', reportJson, '-o', output]);
    assert.equal(code, 0);
    assert.match(out, /已生成/);
    const text = readFileSync(output, 'utf8');
    assert.match(text, /平潭综合实验区2022年政府信息公开工作年度报告/);
    assert.match(text, /\t（七）总计\t\t72\t3\t0\t0\t0\t0\t75/);
  });

  test('accepts the { report, diagnostics } output of parse --json and infers the format from -o', async () => {
    const input = join(dir, 'parsed.json');
    writeFileSync(input, JSON.stringify({ report: pingtanReport(), diagnostics: [] }));
    const output = join(dir, 'out.html');
    assert.equal((await run([input, '-o', output])).code, 0);
    assert.match(readFileSync(output, 'utf8'), /^<!DOCTYPE html>\n<html lang="zh-CN">/);
  });

  test('reads any readable report and writes it as Word', async () => {
    const output = join(dir, 'pingtan.docx');
    const { code } = await run(['--to=docx', new URL('pingtan-2022.txt', SHARED).pathname, '--output', output]);
    assert.equal(code, 0);
    const documentXml = readZip(readFileSync(output)).get('word/document.xml') ?? '';
    assert.match(documentXml, />平潭综合实验区2022年政府信息公开工作年度报告</);
    assert.match(documentXml, />10690</);
  });

  test('writes text formats to stdout with -o -', async () => {
    const { code, out } = await run(['--to', 'json', reportJson, '-o', '-']);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), pingtanReport());
  });

  test('refuses unusable input and options with one plain line and exit 2', async () => {
    await rejectsWith(['--to', 'odt', reportJson, '-o', join(dir, 'x.odt')], /不支持的格式：odt/);
    await rejectsWith([reportJson, '-o', join(dir, 'x.unknown')], /请用 --to 指定输出格式/);
    await rejectsWith(['--to', 'txt', reportJson], /请用 -o 指定输出文件/);
    await rejectsWith(['--to', 'txt', join(dir, 'missing.json'), '-o', join(dir, 'x.txt')], /找不到输入文件/);
    await rejectsWith(['--to', 'pdf', reportJson, '-o', '-'], /不能输出到屏幕/);
    await rejectsWith(['--to', 'txt', reportJson, '-o', join(dir, 'no-such-dir', 'x.txt')], /无法写入输出文件/);
    await rejectsWith(['--bogus', reportJson], /未知参数：--bogus/);
  });

  test('names the bad cell of a report JSON', async () => {
    const input = join(dir, 'bad.json');
    const bad = pingtanReport() as unknown as { applications: { granted: { total: unknown } } };
    bad.applications.granted.total = '二十一';
    writeFileSync(input, JSON.stringify(bad));
    await rejectsWith(['--to', 'txt', input, '-o', join(dir, 'x.txt')], /applications\.granted\.total/);
    writeFileSync(input, '{ not json');
    await rejectsWith(['--to', 'txt', input, '-o', join(dir, 'x.txt')], /不是有效的 JSON/);
  });

  test('refuses a file that is not a report', async () => {
    const junk = join(dir, 'junk.bin');
    writeFileSync(junk, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0, 7]));
    await rejectsWith(['--to', 'txt', junk, '-o', join(dir, 'x.txt')], /无法读取/);
  });

  test('reports a missing PDF font clearly', async () => {
    await rejectsWith(
      ['--to', 'pdf', reportJson, '-o', join(dir, 'x.pdf'), '--font', '/nonexistent/font.ttc'],
      /找不到字体文件/,
    );
  });
});
