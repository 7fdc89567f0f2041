// Plain text in the tab layout of a table copied out of Word (as in
// ../shared/reports/fugou-gongxinju-2023.txt): one line per table row, cells separated by
// tabs, a merged cell's text in its first slot and empty slots for the rest of it.
import type { AnnualReport } from '../report.ts';
import { buildOutline } from './document-outline.ts';
import { gridToMatrix, type TableGrid } from './table-grid.ts';

/** Tabs and line breaks inside a cell would break the layout. */
const cellText = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

export function tableToTsv(table: TableGrid): string[] {
  return gridToMatrix(table).map((row) => row.map(cellText).join('\t'));
}

export function renderTxt(report: AnnualReport): string {
  const outline = buildOutline(report);
  const lines: string[] = ['', outline.title, ''];
  for (const block of outline.blocks) {
    if (block.kind === 'table') lines.push(...tableToTsv(block.table));
    else lines.push(block.text);
    lines.push('');
  }
  if (outline.signOff.length > 0) lines.push(...outline.signOff, '');
  return lines.join('\n');
}
