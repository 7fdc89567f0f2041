import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { pingtanReport, report2019WithBlanks } from './fixtures.ts';
import { renderXlsx, SHEET_NAMES, XLSX_GRID_TOP } from './render-xlsx.ts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Merged ranges of a sheet, e.g. "A3:C5". */
const merges = (sheet: ExcelJS.Worksheet): string[] => (sheet.model as unknown as { merges: string[] }).merges;

/** The row of the grid whose first non-empty label matches. */
function findRow(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = XLSX_GRID_TOP; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= 3; c++) if (row.getCell(c).value === label) return row;
  }
  throw new Error(`no row “${label}”`);
}

describe('XLSX', async () => {
  const workbook = await load(await renderXlsx(pingtanReport()));

  test('has one sheet per table, in order', () => {
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      [SHEET_NAMES.二, SHEET_NAMES.三, SHEET_NAMES.四],
    );
  });

  test('table 三 keeps the merged layout: 申请人情况, 法人或其他组织, the 22/8/3/5/3 blocks', () => {
    const sheet = workbook.getWorksheet(SHEET_NAMES.三) as ExcelJS.Worksheet;
    const top = XLSX_GRID_TOP;
    const m = merges(sheet);
    for (const range of [
      `A${top}:C${top + 2}`, // the corner note
      `D${top}:J${top}`, // 申请人情况
      `E${top + 1}:I${top + 1}`, // 法人或其他组织
      `D${top + 1}:D${top + 2}`, // 自然人
      `J${top + 1}:J${top + 2}`, // 总计
      `A${top + 5}:A${top + 26}`, // 三、本年度办理结果
      `B${top + 7}:B${top + 14}`, // （三）不予公开
      `B${top + 15}:B${top + 17}`, // （四）无法提供
      `B${top + 18}:B${top + 22}`, // （五）不予处理
      `B${top + 23}:B${top + 25}`, // （六）其他处理
    ]) {
      assert.ok(m.includes(range), `missing merge ${range}`);
    }
    assert.equal(sheet.getCell(`A${top + 5}`).value, '三、本年度办理结果');
    assert.equal(sheet.getCell(`B${top + 7}`).value, '（三）不予公开');
  });

  test('stores the numbers as numbers', () => {
    const sheet = workbook.getWorksheet(SHEET_NAMES.三) as ExcelJS.Worksheet;
    const row = findRow(sheet, '（七）总计');
    const values = [4, 5, 6, 7, 8, 9, 10].map((c) => row.getCell(c).value);
    assert.deepEqual(values, [72, 3, 0, 0, 0, 0, 75]);
    const fees = findRow(workbook.getWorksheet(SHEET_NAMES.二) as ExcelJS.Worksheet, '行政事业性收费').getCell(2).value;
    assert.equal(fees, 9116.36);
  });

  test('table 四 has the two-level header over 15 numbers', () => {
    const sheet = workbook.getWorksheet(SHEET_NAMES.四) as ExcelJS.Worksheet;
    const top = XLSX_GRID_TOP;
    const m = merges(sheet);
    for (const range of [
      `A${top}:E${top}`,
      `F${top}:O${top}`,
      `F${top + 1}:J${top + 1}`,
      `K${top + 1}:O${top + 1}`,
      `A${top + 1}:A${top + 2}`,
    ]) {
      assert.ok(m.includes(range), `missing merge ${range}`);
    }
    const numbers = Array.from({ length: 15 }, (_, i) => sheet.getRow(top + 3).getCell(i + 1).value);
    assert.deepEqual(numbers, [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  test('leaves blank (null) cells empty, keeps negative numbers and printed amounts', async () => {
    const wb2019 = await load(await renderXlsx(report2019WithBlanks()));
    const three = wb2019.getWorksheet(SHEET_NAMES.三) as ExcelJS.Worksheet;
    const forward = findRow(three, '四、结转下年度继续办理');
    assert.equal(forward.getCell(10).value, null);
    assert.equal(forward.getCell(4).value, 1);
    const two = wb2019.getWorksheet(SHEET_NAMES.二) as ExcelJS.Worksheet;
    assert.equal(findRow(two, '行政许可').getCell(3).value, -3);
    assert.equal(findRow(two, '其他对外管理服务事项').getCell(4).value, null);
    assert.equal(findRow(two, '政府集中采购').getCell(3).value, '236.5万元');
  });
});
