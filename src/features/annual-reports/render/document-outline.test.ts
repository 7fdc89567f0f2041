import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildOutline, chineseNumeral, formatDate, paragraphsOf } from './document-outline.ts';
import { pingtanReport, shanghaiReport } from './fixtures.ts';

test('lays out the six headings in order, each table under its heading', () => {
  const blocks = buildOutline(pingtanReport()).blocks;
  const order = blocks.map((b) => (b.kind === 'table' ? `表${b.table.number}` : b.kind === 'heading' ? b.text : '¶'));
  assert.deepEqual(order, [
    '一、总体情况',
    '¶',
    '二、主动公开政府信息情况',
    '表二',
    '三、收到和处理政府信息公开申请情况',
    '表三',
    '四、政府信息公开行政复议、行政诉讼情况',
    '表四',
    '五、存在的主要问题及改进情况',
    '¶',
    '六、其他需要报告的事项',
    '¶',
  ]);
});

test('numbers extra sections on from 七、, without doubling a number already in the key', () => {
  const report = {
    ...pingtanReport(),
    sections: { ...pingtanReport().sections, 附件说明: '见附件。', '七、工作考核情况': '已完成。' },
  };
  const headings = buildOutline(report).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
  assert.deepEqual(headings.slice(6), ['七、附件说明', '八、工作考核情况']);
});

test('splits narrative into paragraphs at line breaks, dropping blank lines', () => {
  assert.deepEqual(paragraphsOf('（一）主要问题\n\n  原有栏目不够用。\r\n'), ['（一）主要问题', '原有栏目不够用。']);
  const shanghai = buildOutline(shanghaiReport()).blocks;
  const problems = shanghai.findIndex((b) => b.kind === 'heading' && b.text.startsWith('五、'));
  assert.deepEqual(
    shanghai.slice(problems + 1, problems + 5).map((b) => b.kind),
    ['paragraph', 'paragraph', 'paragraph', 'paragraph'],
  );
});

test('breaks the title after the agency and year, and signs off with agency and date', () => {
  const outline = buildOutline(pingtanReport());
  assert.deepEqual(outline.titleLines, ['平潭综合实验区2022年', '政府信息公开工作年度报告']);
  assert.deepEqual(outline.signOff, ['平潭综合实验区', '2023年2月20日']);
  const anonymous = buildOutline({ ...pingtanReport(), agency: null, year: null, publishedOn: null });
  assert.equal(anonymous.title, '政府信息公开工作年度报告');
  assert.deepEqual(anonymous.signOff, []);
});

test('writes Chinese numerals and dates as printed', () => {
  assert.deepEqual([7, 10, 12, 20, 23].map(chineseNumeral), ['七', '十', '十二', '二十', '二十三']);
  assert.equal(formatDate('2023-02-05'), '2023年2月5日');
  assert.equal(formatDate('2023年初'), '2023年初');
});
