// Reads a spreadsheet upload (CSV in UTF-8 or GB18030, or the first sheet of an XLSX) into rows
// of trimmed text, so imports check every file the same way.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../core/app-error.ts';

export type Rows = string[][];

export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<Rows> {
  const ext = (fileName.split('.').pop() ?? '').toLowerCase();
  if (ext === 'xlsx') return readXlsx(bytes);
  if (ext === 'csv' || ext === 'txt') return parseCsv(decodeText(bytes));
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请上传 .csv 或 .xlsx 文件（.xls 请先另存为 .xlsx）');
}

/** UTF-8 (with or without BOM); otherwise GB18030, which Excel in Chinese uses for CSV. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): Rows {
  const rows: Rows = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field.trim());
    rows.push(row);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
  }
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<Rows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'Excel 文件已损坏或不是有效的 .xlsx 文件', [
      { field: 'file', message: '无法读取' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Rows = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}
