// A printed form as a table: labels, blank cells to write in, merged cells. One description,
// drawn by form-table-docx.ts and form-table-pdf.ts, so both files show the same form.

export interface FormCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** Labels are centred; other cells start at the left. */
  isLabel?: boolean;
  /** Written top to bottom, one character under another (narrow group labels). */
  isVertical?: boolean;
}

export interface FormRow {
  /** Only the cells that start in this row. */
  cells: FormCell[];
  /** The least height, in points (room to write by hand). */
  minHeightPt: number;
}

export interface FormTable {
  /** Relative widths; writers scale them to the text width. */
  columnWeights: number[];
  rows: FormRow[];
  fontSizePt: number;
}

export interface PlacedCell extends FormCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Puts each cell at the first free column of its row; throws if the cells do not tile the grid. */
export function placeCells(table: FormTable): PlacedCell[][] {
  const columns = table.columnWeights.length;
  const taken = table.rows.map(() => new Array<boolean>(columns).fill(false));
  const placed = table.rows.map((row, r) =>
    row.cells.map((cell) => {
      const col = taken[r].indexOf(false);
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      if (col < 0 || col + colSpan > columns || r + rowSpan > table.rows.length) {
        throw new Error(`form row ${r} overflows`);
      }
      for (let y = r; y < r + rowSpan; y++) {
        for (let x = col; x < col + colSpan; x++) {
          if (taken[y][x]) throw new Error(`form cell ${y},${x} taken twice`);
          taken[y][x] = true;
        }
      }
      return { ...cell, row: r, col, rowSpan, colSpan };
    }),
  );
  const hole = taken.findIndex((row) => row.includes(false));
  if (hole >= 0) throw new Error(`form row ${hole} has a hole`);
  return placed;
}

/** Column widths in any unit, summing exactly to `total` (rounded when `isWhole`). Any table with weights. */
export function columnWidths(table: Pick<FormTable, 'columnWeights'>, total: number, isWhole = false): number[] {
  const sum = table.columnWeights.reduce((a, b) => a + b, 0);
  const widths = table.columnWeights.map((w) => (isWhole ? Math.floor((w / sum) * total) : (w / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
