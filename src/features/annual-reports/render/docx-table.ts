// A TableGrid as a Word table: gridSpan for horizontal merges, vMerge (restart/continue,
// which docx inserts for rowSpan) for vertical ones, fixed column widths.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  type IParagraphStyleOptions,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FONT_BODY, runFont } from '../../documents/docx-fonts.ts';
import { columnWidths } from '../../documents/form-table.ts';
import type { GridCell, TableGrid } from './table-grid.ts';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export interface DocxTableOptions {
  /** Total table width in twips (the text block width). */
  widthTwips: number;
  /** Paragraph style of the cell text (font and size live in the style, not in every run). */
  style: string;
}

/** Table text styles: off the character grid, single-spaced, centred; labels align left. */
export function tableParagraphStyles(fontSizes: Record<string, number>): IParagraphStyleOptions[] {
  return Object.entries(fontSizes).map(([id, size]) => ({
    id,
    name: id,
    run: { font: runFont(FONT_BODY), size, snapToGrid: false },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240 } },
  }));
}

function cellParagraph(cell: GridCell, style: string): Paragraph {
  const isLabel = cell.kind === 'rowHeader' && cell.rowSpan === 1;
  return new Paragraph({
    style,
    alignment: isLabel ? AlignmentType.LEFT : undefined,
    children: cell.text ? [new TextRun(cell.text)] : [],
  });
}

export function docxTable(table: TableGrid, options: DocxTableOptions): Table {
  const widths = columnWidths(table, options.widthTwips, true);
  const spanWidth = (cell: GridCell): number =>
    widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
  const rows = table.rows.map(
    (cells, r) =>
      new TableRow({
        tableHeader: r < table.headerRowCount,
        cantSplit: true,
        height: { value: 360, rule: HeightRule.ATLEAST },
        children: cells.map(
          (cell) =>
            new TableCell({
              rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
              columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
              width: { size: spanWidth(cell), type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              children: [cellParagraph(cell, options.style)],
            }),
        ),
      }),
  );
  return new Table({
    rows,
    width: { size: options.widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}
