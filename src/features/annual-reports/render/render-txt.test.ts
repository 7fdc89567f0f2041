import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { reportFile } from '../testing/report-fixtures.ts';
import { fugouReport, pingtanReport, report2019WithBlanks } from './fixtures.ts';
import { renderTxt } from './render-txt.ts';

const SEED = reportFile('fugou-gongxinju-2023.txt');

/** Lines from the one starting with `from` up to (not including) the next blank line. */
function block(text: string, from: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(from));
  assert.ok(start >= 0, `no line starting “${from}”`);
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('TXT in the seed report’s tab layout', () => {
  const seed = readFileSync(SEED, 'utf8').replace(/\r\n/g, '\n');
  const txt = renderTxt(fugouReport());

  test('writes table 二 exactly as the seed report has it', () => {
    assert.deepEqual(block(txt, '第二十条第（一）项'), block(seed, '第二十条第（一）项'));
  });

  test('writes table 四 as the seed report has it (labels without the seed’s line-break spaces)', () => {
    const unspaced = (lines: string[]) => lines.map((l) => l.replace(/ /g, ''));
    assert.deepEqual(block(txt, '行政复议'), unspaced(block(seed, '行政复议')));
  });

  test('writes every row of table 三 as ten tab-separated fields, numbers last', () => {
    const rows = block(renderTxt(pingtanReport()), '（本列数据的勾稽关系为');
    assert.equal(rows.length, 3 + 25);
    for (const row of rows) assert.equal(row.split('\t').length, 10, row);
    for (const row of rows.slice(3)) assert.match(row, /(\t\d+){7}$/);
    assert.equal(
      rows.find((r) => r.includes('（七）总计')),
      '\t（七）总计\t\t72\t3\t0\t0\t0\t0\t75',
    );
  });

  test('places “3.其他” under （六）其他处理, not at the start of the line as the seed does', () => {
    const rows = block(txt, '（本列数据的勾稽关系为');
    const six = rows.findIndex((r) => r.startsWith('\t（六）其他处理\t1.'));
    assert.equal(rows[six + 1].split('\t')[2].slice(0, 2), '2.');
    assert.equal(rows[six + 2], '\t\t3.其他\t0\t0\t0\t0\t0\t0\t0');
    assert.match(seed, /\n3\.其他\t/); // the seed's misplacement, which we do not copy
  });

  test('has the title and the six headings, each followed by its content', () => {
    const lines = txt.split('\n');
    assert.equal(lines[1], '扶沟县工业和信息化局2023年政府信息公开工作年度报告');
    for (const heading of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]) {
      const i = lines.indexOf(heading);
      assert.ok(i > 0, heading);
      assert.equal(lines[i + 1], '');
    }
  });

  test('leaves a blank (null) cell as an empty field', () => {
    const rows = block(renderTxt(report2019WithBlanks()), '（本列数据的勾稽关系为');
    assert.equal(rows[rows.length - 1], '四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t');
    assert.ok(
      rows.some((r) => r === '\t（六）其他处理\t\t2\t0\t0\t0\t0\t0\t2'),
      '2019 (六) is a single row',
    );
  });
});
