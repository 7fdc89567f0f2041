import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { describeProblem, parseDecisionRows } from './decision-import.ts';
import { decodeText, parseCsv } from './table-file.ts';

describe('decision count import', () => {
  test('reads one row per month into counts per kind', () => {
    const rows = parseCsv('年份,月份,行政许可,行政处罚,行政强制\n2023,1,10,2,0\n2023,2月,"1,200",3,\n');
    const result = parseDecisionRows(rows);
    assert.ok(result.ok);
    assert.equal(result.rows, 2);
    assert.deepEqual(
      result.entries.filter((e) => e.month === 2),
      [
        { year: 2023, month: 2, kind: 'licensing', count: 1200 },
        { year: 2023, month: 2, kind: 'penalty', count: 3 },
        { year: 2023, month: 2, kind: 'coercion', count: 0 },
      ],
    );
  });

  test('reports every bad cell by row and column, and imports nothing', () => {
    const rows = parseCsv('年份,月份,行政许可,行政处罚\n2023,1,10,2\n2023,13,5,x\n二〇二三,2,-1,0\n2023,1,3,3\n');
    const result = parseDecisionRows(rows);
    assert.equal(result.ok, false);
    const messages = result.ok ? [] : result.problems.map(describeProblem);
    assert.deepEqual(messages, [
      '第 3 行“月份”列：“13”不是 1–12 的月份',
      '第 3 行“行政处罚”列：“x”不是非负整数',
      '第 4 行“年份”列：“二〇二三”不是有效年份',
      '第 4 行“行政许可”列：“-1”不是非负整数',
      '第 5 行“月份”列：2023 年 1 月与第 2 行重复',
    ]);
  });

  test('names missing header columns', () => {
    const result = parseDecisionRows(parseCsv('月份,数量\n1,2\n'));
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problems.map(describeProblem).join('；'), /缺少“年份”列.*至少有“行政许可”/);
  });

  test('decodes CSV saved by Excel in GB18030 as well as UTF-8 with BOM', () => {
    const text = '年份,月份,行政许可\n2023,1,5\n';
    assert.equal(decodeText(new Uint8Array(iconv.encode(text, 'gb18030'))), text);
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])), text);
  });
});
