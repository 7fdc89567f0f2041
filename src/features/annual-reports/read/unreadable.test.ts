// Input that is not a readable annual report is refused with one clear Chinese line.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { parseReport, parseReportText, UnreadableReportError } from './parse-report.ts';
import { MAX_REPORT_BYTES } from './unreadable-error.ts';

async function refusal(bytes: Uint8Array, fileName: string): Promise<UnreadableReportError> {
  try {
    await parseReport({ bytes, fileName });
  } catch (error) {
    assert.ok(error instanceof UnreadableReportError, `expected UnreadableReportError, got ${String(error)}`);
    assert.equal(error.code, 'UNREADABLE');
    assert.doesNotMatch(error.message, /\n/);
    assert.match(error.message, /[\u4e00-\u9fff]/);
    return error;
  }
  assert.fail(`${fileName} was read as a report`);
}

const text = (s: string) => new Uint8Array(Buffer.from(s));

describe('UNREADABLE', () => {
  test('an empty file', async () => {
    assert.match((await refusal(new Uint8Array(0), 'a.txt')).message, /空/);
    assert.match((await refusal(text('  \n\n '), 'a.txt')).message, /没有文字/);
  });

  test('binary junk', async () => {
    assert.match((await refusal(new Uint8Array(randomBytes(4096)), 'a.txt')).message, /不是可识别的文字/);
  });

  test('a text that is not an annual report', async () => {
    await refusal(text('今天天气很好，我们去公园散步。'), 'a.txt');
    await refusal(text('关于政府信息公开的一些想法：公开是常态，不公开是例外。'), 'a.md');
  });

  test('a file over 50 MB is refused before any work', async () => {
    const started = performance.now();
    assert.match((await refusal(new Uint8Array(MAX_REPORT_BYTES + 1), 'big.pdf')).message, /50 MB/);
    assert.ok(performance.now() - started < 100);
  });

  test('formats that cannot hold a readable report: old .doc, images, a fake PDF, a corrupt PDF or DOCX', async () => {
    assert.match(
      (await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.doc')).message,
      /\.docx/,
    );
    assert.match(
      (await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'scan.png')).message,
      /图片/,
    );
    await refusal(text('not a pdf at all'), 'a.pdf');
    assert.match((await refusal(text('%PDF-1.7\ngarbage garbage garbage'), 'a.pdf')).message, /PDF/);
    assert.match(
      (await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('word/document.xml garbage')]), 'a.docx'))
        .message,
      /Word/,
    );
  });

  test('parseReportText refuses too', () => {
    assert.throws(() => parseReportText('hello'), UnreadableReportError);
  });
});
