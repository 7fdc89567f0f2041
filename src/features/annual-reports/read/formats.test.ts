// Every reader format and encoding gives the same report as the plain text it came from.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { loadCjkFont } from '../../documents/cjk-font.ts';
import { getCell, table2Paths, table3Paths, table4Paths } from '../check/cell-paths.ts';
import type { AnnualReport } from '../report.ts';
import { findCjkFont, reportTextToDocx, reportTextToHtml, reportTextToPdf } from '../testing/report-documents.ts';
import { reportFile } from '../testing/report-fixtures.ts';
import { parseReport } from './parse-report.ts';

const NAMES = ['fugou-gongxinju-2023', 'pingtan-2022', 'shanghai-kewei-2024'];
const textOf = (name: string) => readFileSync(reportFile(`${name}.txt`), 'utf8');

/** Everything a format could get wrong: identity, every table cell, the section keys. */
function essentials(report: AnnualReport) {
  const cells = [...table2Paths(report.template), ...table3Paths(report.template), ...table4Paths()];
  return {
    agency: report.agency,
    year: report.year,
    template: report.template,
    cells: Object.fromEntries(cells.map((p) => [p, getCell(report, p)])),
    sections: Object.keys(report.sections).sort(),
  };
}

async function read(bytes: Uint8Array, fileName: string) {
  return parseReport({ bytes, fileName });
}

const hasFont = findCjkFont() !== null;

describe('encodings', () => {
  for (const name of NAMES) {
    test(`${name}: GBK, UTF-16 LE/BE with and without BOM read like UTF-8`, async () => {
      const text = textOf(name);
      const expected = essentials((await read(new Uint8Array(Buffer.from(text)), `${name}.txt`)).report);
      const encoded: [string, Buffer][] = [
        ['gbk', iconv.encode(text, 'gbk')],
        ['gb18030', iconv.encode(text, 'gb18030')],
        ['utf-16le + BOM', iconv.encode(text, 'utf16-le', { addBOM: true })],
        ['utf-16be + BOM', iconv.encode(text, 'utf16-be', { addBOM: true })],
        ['utf-16le', iconv.encode(text, 'utf16-le')],
        ['utf-16be', iconv.encode(text, 'utf16-be')],
        ['utf-8 + BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      ];
      for (const [label, bytes] of encoded) {
        assert.deepEqual(essentials((await read(new Uint8Array(bytes), `${name}.txt`)).report), expected, label);
      }
    });
  }
});

describe('documents', () => {
  for (const name of NAMES) {
    test(`${name}: the same report from HTML and DOCX`, async () => {
      const text = textOf(name);
      const expected = essentials((await read(new Uint8Array(Buffer.from(text)), `${name}.txt`)).report);
      const html = new Uint8Array(Buffer.from(reportTextToHtml(text)));
      assert.deepEqual(essentials((await read(html, `${name}.html`)).report), expected, 'html');
      const gbkHtml = new Uint8Array(
        iconv.encode(reportTextToHtml(text).replace('charset="utf-8"', 'charset="gbk"'), 'gbk'),
      );
      assert.deepEqual(essentials((await read(gbkHtml, `${name}.htm`)).report), expected, 'html in GBK');
      assert.deepEqual(essentials((await read(await reportTextToDocx(text), `${name}.docx`)).report), expected, 'docx');
    });

    test(`${name}: the same report from a PDF with page numbers`, {
      skip: hasFont ? false : '没有中文字体（fonts-noto-cjk），跳过 PDF',
    }, async () => {
      const text = textOf(name);
      const expected = essentials((await read(new Uint8Array(Buffer.from(text)), `${name}.txt`)).report);
      const pdf = await reportTextToPdf(text, { pageNumbers: true });
      assert.deepEqual(essentials((await read(pdf, `${name}.pdf`)).report), expected);
    });

    // Another font wraps the flowing text at other places: labels broken across lines (行政 / 事业性收费).
    test(`${name}: the same report from a PDF set in Noto Serif SC`, async () => {
      const text = textOf(name);
      const expected = essentials((await read(new Uint8Array(Buffer.from(text)), `${name}.txt`)).report);
      const pdf = await reportTextToPdf(text, { font: { path: loadCjkFont({ defaultPaths: [] }).path } });
      assert.deepEqual(essentials((await read(pdf, `${name}.pdf`)).report), expected);
    });
  }

  test('a web page saved as .txt is read as HTML', async () => {
    const html = reportTextToHtml(textOf('fugou-gongxinju-2023'));
    const { report } = await read(new Uint8Array(Buffer.from(html)), 'page.txt');
    assert.equal(report.agency, '扶沟县工业和信息化局');
    assert.equal(report.applications.handledTotal.total, 0);
  });
});

// A small report whose table 三 has a blank cell in the middle of a row and one at its end.
const CRAFTED = [
  '某县交通运输局2023年政府信息公开工作年度报告',
  '一、总体情况',
  '本局全年收到政府信息公开申请5件。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t\t0\t1',
  '行政规范性文件\t2\t0\t5',
  '三、收到和处理政府信息公开申请情况',
  '申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
  '一、本年新收政府信息公开申请数量\t4\t1\t0\t0\t0\t0\t5',
  '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
  '三、本年度办理结果 （一）予以公开\t3\t\t0\t0\t0\t0\t3',
  ...[
    '（二）部分公开',
    '1.属于国家秘密',
    '2.其他法律行政法规禁止公开',
    '3.危及“三安全一稳定”',
    '4.保护第三方合法权益',
    '5.属于三类内部事务信息',
    '6.属于四类过程性信息',
    '7.属于行政执法案卷',
    '8.属于行政查询事项',
    '1.本机关不掌握相关政府信息',
    '2.没有现成信息需要另行制作',
    '3.补正后申请内容仍不明确',
    '1.信访举报投诉类申请',
    '2.重复申请',
    '3.要求提供公开出版物',
    '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  ].map((label) => `${label}\t0\t0\t0\t0\t0\t0\t0`),
  '3.其他\t1\t1\t0\t0\t0\t0\t2',
  '（七）总计\t4\t1\t0\t0\t0\t0\t5',
  '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t',
  '四、政府信息公开行政复议、行政诉讼情况',
  '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
  '五、存在的主要问题及改进情况',
  '宣传不够。改进：加强宣传。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
].join('\n');

async function expectBlanksHandled(bytes: Uint8Array, fileName: string): Promise<void> {
  const { report, diagnostics } = await read(bytes, fileName);
  const forced = diagnostics.filter((d) => d.rule === 'FORCED').map((d) => [d.cells[0], d.expected]);
  assert.deepEqual(forced.sort(), [
    ['applications.carriedForward.total', 0],
    ['applications.granted.business', 0],
  ]);
  assert.deepEqual(report.applications.granted, {
    naturalPerson: 3,
    business: 0,
    research: 0,
    publicInterest: 0,
    legalService: 0,
    other: 0,
    total: 3,
  });
  assert.equal(report.applications.carriedForward.total, 0);
  // Table 二 has no sums: its blank stays blank, and the numbers right of it stay put.
  assert.deepEqual(report.proactive.regulations, { issued: null, abolished: 0, inForce: 1 });
  assert.deepEqual(
    diagnostics.filter((d) => d.rule === 'BLANK').map((d) => d.cells),
    [['proactive.regulations.issued']],
  );
}

describe('blank cells keep their place in every format', () => {
  test('text with tabs', () => expectBlanksHandled(new Uint8Array(Buffer.from(CRAFTED)), 'crafted.txt'));
  test('HTML table with empty <td>', () =>
    expectBlanksHandled(new Uint8Array(Buffer.from(reportTextToHtml(CRAFTED))), 'crafted.html'));
  test('DOCX table with empty cells (made with the docx package)', async () =>
    expectBlanksHandled(await reportTextToDocx(CRAFTED), 'crafted.docx'));
  test(
    'PDF: a missing number is aligned on its neighbours’ columns',
    { skip: hasFont ? false : '没有中文字体，跳过 PDF' },
    async () => expectBlanksHandled(await reportTextToPdf(CRAFTED), 'crafted.pdf'),
  );
});
