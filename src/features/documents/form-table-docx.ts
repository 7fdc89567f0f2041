// A FormTable as a Word table: fixed column widths, gridSpan/vMerge for merged cells,
// rows at least as tall as the form asks, vertical labels with text direction tbRl.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FONT_BODY, runFont } from './docx-fonts.ts';
import { columnWidths, type FormTable, type PlacedCell, placeCells } from './form-table.ts';

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

function cellParagraphs(cell: PlacedCell, fontSizePt: number): Paragraph[] {
  return cell.text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: cell.isLabel || cell.isVertical ? AlignmentType.CENTER : AlignmentType.LEFT,
        // Exact leading: auto spacing would snap every line to the 22-line page grid.
        spacing: { before: 0, after: 0, line: Math.round(fontSizePt * 1.35 * 20), lineRule: LineRuleType.EXACT },
        children: line
          ? [new TextRun({ text: line, font: runFont(FONT_BODY), size: fontSizePt * 2, snapToGrid: false })]
          : [],
      }),
  );
}

export function formTableDocx(table: FormTable, widthTwips: number): Table {
  const widths = columnWidths(table, widthTwips, true);
  const spanWidth = (cell: PlacedCell): number =>
    widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
  const rows = placeCells(table).map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        height: { value: Math.round(table.rows[r].minHeightPt * 20), rule: HeightRule.ATLEAST },
        children: cells.map(
          (cell) =>
            new TableCell({
              rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
              columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
              width: { size: spanWidth(cell), type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              textDirection: cell.isVertical ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : undefined,
              margins: { left: 85, right: 85, top: 28, bottom: 28 },
              children: cellParagraphs(cell, table.fontSizePt),
            }),
        ),
      }),
  );
  return new Table({
    rows,
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
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
