import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readZip } from '../../documents/testing/read-zip.ts';
import { pingtanReport, report2019WithBlanks } from './fixtures.ts';
import { renderDocx } from './render-docx.ts';

interface XmlCell {
  text: string;
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
  col: number;
}

/** The tables of document.xml as rows of cells with their grid column, gridSpan and vMerge. */
function tables(documentXml: string): XmlCell[][][] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((tbl) =>
    [...tbl[1].matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map((tr) => {
      let col = 0;
      return [...tr[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => {
        const gridSpan = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc[1])?.[1] ?? 1);
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc[1]);
        const text = [...tc[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
        const cell = {
          text,
          gridSpan,
          vMerge: merge ? ((merge[1] ?? 'continue') as 'restart' | 'continue') : null,
          col,
        };
        col += gridSpan;
        return cell;
      });
    }),
  );
}

/** Rows covered by the vertical merge that starts at the cell with `text`. */
function verticalSpan(rows: XmlCell[][], text: string): number {
  const start = rows.findIndex((r) => r.some((c) => c.text === text));
  assert.ok(start >= 0, `no cell “${text}”`);
  const cell = rows[start].find((c) => c.text === text) as XmlCell;
  if (cell.vMerge !== 'restart') return 1;
  let span = 1;
  while (rows[start + span]?.some((c) => c.col === cell.col && c.vMerge === 'continue')) span++;
  return span;
}

const mmToTwips = (mm: number): number => (mm / 25.4) * 1440;

describe('DOCX in the GB/T 9704 layout', async () => {
  const files = readZip(await renderDocx(pingtanReport()));
  const documentXml = files.get('word/document.xml') ?? '';
  const [two, three, four] = tables(documentXml);

  test('is A4 with margins 37/35/28/26 mm', () => {
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(documentXml);
    assert.deepEqual([Number(size?.[1]), Number(size?.[2])], [11906, 16838]);
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(documentXml);
    const [top, right, bottom, left] = (margin?.slice(1) ?? []).map(Number);
    for (const [actual, mm] of [
      [top, 37],
      [bottom, 35],
      [left, 28],
      [right, 26],
    ]) {
      assert.ok(Math.abs(actual - mmToTwips(mm)) <= 1, `${actual} twips ≠ ${mm} mm`);
    }
  });

  test('has a document grid of 22 lines of 28 characters of 3号 (16 pt)', () => {
    const grid = /<w:docGrid w:type="linesAndChars" w:linePitch="(\d+)" w:charSpace="(-?\d+)"/.exec(documentXml);
    assert.ok(grid, 'no linesAndChars docGrid');
    const [linePitch, charSpace] = [Number(grid[1]), Number(grid[2])];
    const textHeight = 16838 - mmToTwips(37) - mmToTwips(35);
    assert.equal(Math.floor(textHeight / linePitch), 22);
    const pitchPt = 16 + charSpace / 4096;
    const textWidthPt = (11906 - mmToTwips(28) - mmToTwips(26)) / 20;
    assert.equal(Math.floor(textWidthPt / pitchPt + 0.01), 28);
  });

  test('sets the title in 小标宋 2号 centred and the body in 仿宋_GB2312 3号', () => {
    const title =
      /<w:p>(?:(?!<\/w:p>).)*?平潭综合实验区2022年政府信息公开工作年度报告.*?<\/w:p>/s.exec(documentXml)?.[0] ?? '';
    assert.match(title, /<w:jc w:val="center"\/>/);
    assert.match(title, /w:eastAsia="方正小标宋简体"/);
    assert.match(title, /<w:sz w:val="44"\/>/);
    const styles = files.get('word/styles.xml') ?? '';
    assert.match(styles, /w:eastAsia="仿宋_GB2312"/);
    assert.match(styles, /<w:sz w:val="32"\/>/);
  });

  test('names 宋体 and 仿宋 as fallbacks for the official fonts', () => {
    const fontTable = files.get('word/fontTable.xml') ?? '';
    assert.match(fontTable, /<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
    assert.match(fontTable, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  });

  test('numbers pages "— n —" in 4号 宋体, right on odd pages and left on even pages', () => {
    assert.match(files.get('word/settings.xml') ?? '', /<w:evenAndOddHeaders\/>/);
    const footers = [...files.entries()].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    assert.equal(footers.length, 2);
    for (const footer of footers) {
      assert.match(footer, /— <\/w:t>.*PAGE.*<w:t[^>]*> —<\/w:t>/s);
      assert.match(footer, /w:ascii="宋体"/);
      assert.match(footer, /<w:sz w:val="28"\/>/);
    }
    assert.deepEqual(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort(), ['left', 'right']);
  });

  test('has the six section headings in order', () => {
    const headings = [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ];
    const positions = headings.map((h) => documentXml.indexOf(`>${h}<`));
    assert.ok(
      positions.every((p) => p > 0),
      'a heading is missing',
    );
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
    );
  });

  test('table 三 merges cells as the national format: header spans and the 22/8/3/5/3 row groups', () => {
    assert.equal(three.length, 28);
    assert.deepEqual(
      three[0].map((c) => [c.text.slice(0, 5), c.gridSpan, c.vMerge]),
      [
        ['（本列数据', 3, 'restart'],
        ['申请人情况', 7, null],
      ],
    );
    assert.deepEqual(
      three[1].filter((c) => c.text).map((c) => [c.text, c.gridSpan, c.vMerge]),
      [
        ['自然人', 1, 'restart'],
        ['法人或其他组织', 5, null],
        ['总计', 1, 'restart'],
      ],
    );
    assert.equal(verticalSpan(three, '三、本年度办理结果'), 22);
    assert.equal(verticalSpan(three, '（三）不予公开'), 8);
    assert.equal(verticalSpan(three, '（四）无法提供'), 3);
    assert.equal(verticalSpan(three, '（五）不予处理'), 5);
    assert.equal(verticalSpan(three, '（六）其他处理'), 3);
    const total = three.find((r) => r.some((c) => c.text === '（七）总计')) as XmlCell[];
    assert.deepEqual(
      total.slice(-7).map((c) => c.text),
      ['72', '3', '0', '0', '0', '0', '75'],
    );
  });

  test('table 四 has the two-level header and 15 numbers', () => {
    assert.deepEqual(
      four[0].map((c) => [c.text, c.gridSpan]),
      [
        ['行政复议', 5],
        ['行政诉讼', 10],
      ],
    );
    assert.equal(four[1].filter((c) => c.vMerge === 'restart').length, 5);
    assert.deepEqual(
      four[1].filter((c) => c.gridSpan === 5).map((c) => c.text),
      ['未经复议直接起诉', '复议后起诉'],
    );
    assert.equal(four[2].filter((c) => c.vMerge === 'continue').length, 5);
    assert.deepEqual(four[3].map((c) => c.text).join(','), '0,1,1,0,2,1,0,0,0,1,0,0,0,0,0');
  });

  test('table 二 spans the single-value columns over three grid columns', () => {
    const licensing = two.find((r) => r[0]?.text === '行政许可') as XmlCell[];
    assert.deepEqual(
      licensing.map((c) => [c.text, c.gridSpan]),
      [
        ['行政许可', 1],
        ['10690', 3],
      ],
    );
  });

  test('a 2019-template report gets the 2019 table 二 and a single-row (六)', async () => {
    const xml = readZip(await renderDocx(report2019WithBlanks())).get('word/document.xml') ?? '';
    const [two2019, three2019] = tables(xml);
    assert.ok(
      two2019.some((r) => r.map((c) => c.text).join('|') === '信息内容|本年新制作数量|本年新公开数量|对外公开总数量'),
    );
    assert.ok(two2019.some((r) => r[0]?.text === '政府集中采购'));
    assert.equal(verticalSpan(three2019, '三、本年度办理结果'), 20);
    const six = three2019.flat().find((c) => c.text === '（六）其他处理');
    assert.deepEqual([six?.gridSpan, six?.vMerge], [2, null]);
    // A blank cell stays blank: the 结转 total is null in this report.
    const forward = three2019.find((r) => r[0]?.text === '四、结转下年度继续办理') as XmlCell[];
    assert.equal(forward[forward.length - 1].text, '');
  });
});
