// XLSX: one sheet per table (二, 三, 四) in the printed merged layout, numbers stored as
// numbers, blank cells left empty.
import ExcelJS from 'exceljs';
import type { AnnualReport } from '../report.ts';
import { buildOutline, type DocumentOutline } from './document-outline.ts';
import type { TableGrid } from './table-grid.ts';

export const SHEET_NAMES: Record<TableGrid['number'], string> = {
  二: '表二 主动公开',
  三: '表三 依申请公开',
  四: '表四 复议诉讼',
};

/** Rows above the grid: the report title and the table caption. */
export const XLSX_GRID_TOP = 3;

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: '仿宋', size: 10.5 };

function addTableSheet(workbook: ExcelJS.Workbook, outline: DocumentOutline, table: TableGrid): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES[table.number], {
    pageSetup: {
      paperSize: 9,
      orientation: table.columnCount > 10 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views: [{ state: 'frozen', ySplit: XLSX_GRID_TOP - 1 + table.headerRowCount }],
  });
  const weightSum = table.columnWeights.reduce((a, b) => a + b, 0);
  const totalChars = table.columnCount > 4 ? 110 : 70;
  sheet.columns = table.columnWeights.map((w) => ({ width: Math.max(6, Math.round((w / weightSum) * totalChars)) }));

  const lastColumn = table.columnCount;
  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.getCell(1, 1).value = outline.title;
  sheet.getCell(1, 1).font = { name: '宋体', size: 16, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, lastColumn);
  sheet.getCell(2, 1).value = table.caption;
  sheet.getCell(2, 1).font = { name: '黑体', size: 12 };

  for (const cells of table.rows) {
    for (const cell of cells) {
      const top = XLSX_GRID_TOP + cell.row;
      const left = 1 + cell.col;
      if (cell.rowSpan > 1 || cell.colSpan > 1)
        sheet.mergeCells(top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1);
      const target = sheet.getCell(top, left);
      if (cell.kind === 'data') {
        // Numbers as numbers; a blank (null) cell stays empty; a printed text (2019 采购总金额) as text.
        if (typeof cell.value === 'number') target.value = cell.value;
        else if (cell.value === undefined && cell.text) target.value = cell.text;
      } else target.value = cell.text;
      const isLabel = cell.kind === 'rowHeader' && cell.rowSpan === 1;
      target.alignment = { horizontal: isLabel ? 'left' : 'center', vertical: 'middle', wrapText: true };
      target.font = FONT;
    }
  }
  // Borders on every slot, merged or not, so the printed grid is complete.
  for (let r = 0; r < table.rows.length; r++) {
    for (let c = 1; c <= lastColumn; c++) sheet.getCell(XLSX_GRID_TOP + r, c).border = BORDER;
  }
}

export async function renderXlsx(report: AnnualReport): Promise<Uint8Array> {
  const outline = buildOutline(report);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gongkai';
  workbook.title = outline.title;
  workbook.subject = '政府信息公开工作年度报告';
  for (const block of outline.blocks) if (block.kind === 'table') addTableSheet(workbook, outline, block.table);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
