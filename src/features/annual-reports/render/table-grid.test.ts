import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { APPLICANT_COLUMNS, TABLE3_ROWS_2019, TABLE3_ROWS_2021 } from '../report.ts';
import { pingtanReport, report2019WithBlanks } from './fixtures.ts';
import { buildTableFour } from './table-four.ts';
import { allCells, type GridCell, gridToMatrix, type TableGrid } from './table-grid.ts';
import { buildTableThree } from './table-three.ts';
import { buildTableTwo } from './table-two.ts';

const byText = (table: TableGrid, text: string): GridCell => {
  const cell = allCells(table).find((c) => c.text === text);
  assert.ok(cell, `no cell “${text}”`);
  return cell;
};

describe('table 三 grid (national layout)', () => {
  const table = buildTableThree(pingtanReport());

  test('has three label columns, seven applicant columns, three header rows and 25 data rows', () => {
    assert.equal(table.columnCount, 10);
    assert.equal(table.headerRowCount, 3);
    assert.equal(table.rows.length, 3 + 25);
  });

  test('申请人情况 spans 自然人, the five 法人或其他组织 columns and 总计', () => {
    assert.deepEqual([byText(table, '申请人情况').colSpan, byText(table, '申请人情况').col], [7, 3]);
    const org = byText(table, '法人或其他组织');
    assert.deepEqual([org.row, org.col, org.colSpan], [1, 4, 5]);
    for (const label of ['自然人', '总计']) assert.equal(byText(table, label).rowSpan, 2);
    const subColumns = table.rows[2].map((c) => c.text);
    assert.deepEqual(subColumns, ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  });

  test('三、本年度办理结果 spans 22 rows and (三)(四)(五)(六) span 8, 3, 5 and 3', () => {
    assert.equal(byText(table, '三、本年度办理结果').rowSpan, 22);
    assert.equal(byText(table, '（三）不予公开').rowSpan, 8);
    assert.equal(byText(table, '（四）无法提供').rowSpan, 3);
    assert.equal(byText(table, '（五）不予处理').rowSpan, 5);
    assert.equal(byText(table, '（六）其他处理').rowSpan, 3);
    for (const label of ['（一）予以公开', '（七）总计']) assert.equal(byText(table, label).colSpan, 2);
  });

  test('data cells follow the 25 rows in printed order, each with its dotted path and value', () => {
    const data = allCells(table).filter((c) => c.kind === 'data');
    const expected = TABLE3_ROWS_2021.flatMap((row) => APPLICANT_COLUMNS.map((col) => `applications.${row}.${col}`));
    assert.deepEqual(
      data.map((c) => c.path),
      expected,
    );
    const handledTotal = data.filter((c) => c.path?.startsWith('applications.handledTotal.')).map((c) => c.value);
    assert.deepEqual(handledTotal, [72, 3, 0, 0, 0, 0, 75]);
  });

  test('the 2019 template has a single-row (六) and a 20-row result block', () => {
    const t2019 = buildTableThree(report2019WithBlanks());
    assert.equal(t2019.rows.length, 3 + 23);
    assert.equal(byText(t2019, '三、本年度办理结果').rowSpan, 20);
    const six = byText(t2019, '（六）其他处理');
    assert.deepEqual([six.rowSpan, six.colSpan], [1, 2]);
    const paths = allCells(t2019)
      .filter((c) => c.kind === 'data')
      .map((c) => c.path);
    assert.deepEqual(
      paths,
      TABLE3_ROWS_2019.flatMap((row) => APPLICANT_COLUMNS.map((col) => `applications.${row}.${col}`)),
    );
  });

  test('a null cell prints as an empty cell, never 0', () => {
    const t2019 = buildTableThree(report2019WithBlanks());
    const blank = allCells(t2019).find((c) => c.path === 'applications.carriedForward.total');
    assert.deepEqual([blank?.value, blank?.text], [null, '']);
  });
});

describe('table 四 grid', () => {
  const table = buildTableFour(pingtanReport());

  test('has the two-level header 行政复议 | 行政诉讼 → 未经复议直接起诉 / 复议后起诉', () => {
    assert.deepEqual(
      table.rows[0].map((c) => [c.text, c.colSpan]),
      [
        ['行政复议', 5],
        ['行政诉讼', 10],
      ],
    );
    assert.deepEqual(
      table.rows[1].map((c) => [c.text, c.rowSpan, c.colSpan]),
      [
        ['结果维持', 2, 1],
        ['结果纠正', 2, 1],
        ['其他结果', 2, 1],
        ['尚未审结', 2, 1],
        ['总计', 2, 1],
        ['未经复议直接起诉', 1, 5],
        ['复议后起诉', 1, 5],
      ],
    );
    assert.equal(table.rows[2].length, 10);
  });

  test('one row of 15 numbers in the order of the spec', () => {
    assert.deepEqual(
      table.rows[3].map((c) => c.value),
      [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
    );
    assert.deepEqual(table.rows[3][5].headers, ['t4-litigation', 't4-litigationDirect', 't4-litigationDirect-upheld']);
  });
});

describe('table 二 grid', () => {
  test('2021: four 第二十条 blocks with their column headers', () => {
    const matrix = gridToMatrix(buildTableTwo(pingtanReport()));
    assert.deepEqual(matrix[1], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    assert.deepEqual(matrix[3], ['行政规范性文件', '88', '55', '698']);
    assert.deepEqual(matrix[13], ['行政事业性收费', '9116.36', '', '']);
    assert.deepEqual(
      matrix.filter((r) => r[0].startsWith('第二十条')).map((r) => r[0]),
      ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'],
    );
  });

  test('2019: the 2019 columns, 其他对外管理服务事项, negative 本年增/减 and the 第（九）项 block', () => {
    const matrix = gridToMatrix(buildTableTwo(report2019WithBlanks()));
    assert.deepEqual(matrix[1], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    assert.ok(matrix.some((r) => r[0] === '规范性文件'));
    assert.ok(matrix.some((r) => r.join('|') === '行政许可|120|-3|4521'));
    assert.ok(matrix.some((r) => r.join('|') === '其他对外管理服务事项|12|2|'));
    assert.ok(matrix.some((r) => r.join('|') === '政府集中采购|15|236.5万元|'));
  });
});
