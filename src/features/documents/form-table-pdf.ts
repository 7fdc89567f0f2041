// A FormTable drawn with pdfkit: rows grow to fit wrapped text, merged cells span their
// rows and columns, labels are centred, vertical labels stack one character per line.
import { columnWidths, type FormTable, type PlacedCell, placeCells } from './form-table.ts';
import type { PdfDoc } from './gbt9704-pdf.ts';
import { balancedWrap, wrapText } from './wrap-text.ts';

const PAD_X = 4;
const PAD_Y = 3;
const LEADING = 1.35;
/** Vertical labels stack characters a little tighter. */
const VERTICAL_LEADING = 1.15;

interface CellLayout {
  cell: PlacedCell;
  lines: string[];
  leading: number;
  height: number;
}

export interface MeasuredForm {
  height: number;
  draw(x: number, y: number): void;
}

/** [0, a, a + b, …]: where each column or row starts, and the end. */
function runningTotals(sizes: readonly number[]): number[] {
  const totals = [0];
  for (const size of sizes) totals.push(totals[totals.length - 1] + size);
  return totals;
}

export function measureFormPdf(doc: PdfDoc, table: FormTable, width: number, ascent: number): MeasuredForm {
  const size = table.fontSizePt;
  const widths = columnWidths(table, width);
  const colX = runningTotals(widths);
  const cellWidth = (c: PlacedCell): number => colX[c.col + c.colSpan] - colX[c.col];
  doc.fontSize(size);
  const layouts: CellLayout[] = placeCells(table)
    .flat()
    .map((cell) => {
      const inner = Math.max(size, cellWidth(cell) - 2 * PAD_X);
      const measure = (s: string): number => doc.widthOfString(s);
      const lines = cell.isVertical
        ? [...cell.text.replace(/\s/g, '')]
        : cell.text
            .split('\n')
            .flatMap((t) => (cell.isLabel ? balancedWrap(t, inner, measure) : wrapText(t, inner, measure)));
      const leading = size * (cell.isVertical ? VERTICAL_LEADING : LEADING);
      return { cell, lines, leading, height: lines.length * leading + 2 * PAD_Y };
    });
  const rowH = table.rows.map((row) => row.minHeightPt);
  for (const l of layouts) if (l.cell.rowSpan === 1) rowH[l.cell.row] = Math.max(rowH[l.cell.row], l.height);
  for (const l of layouts) {
    if (l.cell.rowSpan === 1) continue;
    const last = l.cell.row + l.cell.rowSpan - 1;
    const spanned = rowH.slice(l.cell.row, last + 1).reduce((a, b) => a + b, 0);
    if (spanned < l.height) rowH[last] += l.height - spanned;
  }
  const rowY = runningTotals(rowH);

  const draw = (x: number, y: number): void => {
    doc.lineWidth(0.75).fontSize(size);
    for (const { cell, lines, leading, height } of layouts) {
      const left = x + colX[cell.col];
      const top = y + rowY[cell.row];
      const w = cellWidth(cell);
      const h = rowY[cell.row + cell.rowSpan] - rowY[cell.row];
      doc.rect(left, top, w, h).stroke();
      // Short cells centre their text vertically; tall writing boxes start at the top.
      const isTallBox = !cell.isLabel && !cell.isVertical && h > height * 2;
      const blockTop = isTallBox ? top + PAD_Y : top + (h - height) / 2 + PAD_Y;
      lines.forEach((line, i) => {
        const lineWidth = doc.widthOfString(line);
        const centred = cell.isLabel || cell.isVertical;
        const lx = centred ? left + (w - lineWidth) / 2 : left + PAD_X;
        const baseline = blockTop + i * leading + size * ascent;
        doc.text(line, lx, baseline - size * ascent, { lineBreak: false });
      });
    }
  };
  return { height: rowY[rowY.length - 1], draw };
}
