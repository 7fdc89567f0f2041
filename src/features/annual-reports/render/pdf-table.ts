// Draws a TableGrid with grid lines and merged cells. Body cells are top-aligned on a
// shared baseline, and a merged label's lines stay inside its first row, so text read
// back by position (pdfjs items → rows) gives each row its own label and numbers.
import { balancedWrap } from '../../documents/wrap-text.ts';
import type { GridCell, TableGrid } from './table-grid.ts';

export interface PdfTextTarget {
  fontSize(size: number): unknown;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, options: { lineBreak: false }): unknown;
  rect(x: number, y: number, w: number, h: number): unknown;
  lineWidth(w: number): unknown;
  stroke(): unknown;
}

export interface PdfTableStyle {
  fontSize: number;
  /** Ascent of the font per point of size (fontkit ascent / unitsPerEm). */
  ascent: number;
}

const PAD_X = 2;
const PAD_Y = 3;
const LINE = 1.3;
/** A label may shrink this far to fit on one line before it wraps. */
const MIN_LABEL_SCALE = 0.8;
const MIN_NUMBER_SIZE = 3;

interface CellLayout {
  cell: GridCell;
  size: number;
  lines: string[];
  height: number;
}

function layoutCell(doc: PdfTextTarget, cell: GridCell, width: number, style: PdfTableStyle): CellLayout {
  const inner = Math.max(1, width - 2 * PAD_X);
  let size = style.fontSize;
  doc.fontSize(size);
  let lines: string[] = [cell.text];
  const natural = doc.widthOfString(cell.text);
  if (natural > inner) {
    const fitted = (size * inner) / natural;
    // Numbers never wrap (a wrapped number reads back as two); labels shrink a little, then wrap.
    if (cell.kind === 'data') size = Math.max(MIN_NUMBER_SIZE, fitted);
    else if (fitted >= size * MIN_LABEL_SCALE) size = fitted;
    else lines = balancedWrap(cell.text, inner, (s) => doc.widthOfString(s));
  }
  return { cell, size, lines, height: lines.length * style.fontSize * LINE + 2 * PAD_Y };
}

export interface MeasuredTable {
  height: number;
  draw(x: number, y: number): void;
}

export function measurePdfTable(
  doc: PdfTextTarget,
  table: TableGrid,
  width: number,
  style: PdfTableStyle,
): MeasuredTable {
  const weightSum = table.columnWeights.reduce((a, b) => a + b, 0);
  const colX: number[] = [0];
  for (const w of table.columnWeights) colX.push(colX[colX.length - 1] + (w / weightSum) * width);
  const cellWidth = (c: GridCell): number => colX[c.col + c.colSpan] - colX[c.col];

  const layouts = table.rows.flat().map((cell) => layoutCell(doc, cell, cellWidth(cell), style));
  const minRow = style.fontSize * LINE + 2 * PAD_Y;
  const rowH = table.rows.map(() => minRow);
  const isHeaderRow = (r: number): boolean => r < table.headerRowCount;
  for (const l of layouts) {
    // Header cells centre over their span; body cells keep all their lines in their first row.
    if (l.cell.rowSpan === 1 || !isHeaderRow(l.cell.row)) rowH[l.cell.row] = Math.max(rowH[l.cell.row], l.height);
  }
  for (const l of layouts) {
    if (l.cell.rowSpan === 1 || !isHeaderRow(l.cell.row)) continue;
    const last = l.cell.row + l.cell.rowSpan - 1;
    const spanned = rowH.slice(l.cell.row, last + 1).reduce((a, b) => a + b, 0);
    if (spanned < l.height) rowH[last] += l.height - spanned;
  }
  const rowY: number[] = [0];
  for (const h of rowH) rowY.push(rowY[rowY.length - 1] + h);

  const draw = (x: number, y: number): void => {
    doc.lineWidth(0.5);
    for (const { cell, size, lines, height } of layouts) {
      const left = x + colX[cell.col];
      const top = y + rowY[cell.row];
      const w = cellWidth(cell);
      const h = rowY[cell.row + cell.rowSpan] - rowY[cell.row];
      doc.rect(left, top, w, h);
      doc.stroke();
      if (!cell.text) continue;
      const isHeader = isHeaderRow(cell.row);
      const blockTop = isHeader ? top + (h - height) / 2 + PAD_Y : top + PAD_Y;
      const leftAligned = cell.kind === 'rowHeader' && cell.rowSpan === 1;
      doc.fontSize(size);
      lines.forEach((line, i) => {
        // Same baseline for every cell of a row, whatever its (shrunk) size.
        const baseline = blockTop + i * style.fontSize * LINE + style.fontSize * style.ascent;
        const lineWidth = doc.widthOfString(line);
        const lx = leftAligned ? left + PAD_X : left + (w - lineWidth) / 2;
        doc.text(line, lx, baseline - size * style.ascent, { lineBreak: false });
      });
    }
  };
  return { height: rowY[rowY.length - 1], draw };
}
