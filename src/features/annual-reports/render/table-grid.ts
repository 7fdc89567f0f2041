// A format-neutral description of one printed table: every writer (DOCX, PDF, HTML,
// XLSX, TXT) walks the same grid, so merged cells are laid out once, identically.

export type CellKind = 'corner' | 'colHeader' | 'rowHeader' | 'blockHeader' | 'data';

export interface GridCell {
  kind: CellKind;
  text: string;
  /** Data cells only: the value (null = blank cell). Text is its printed form. */
  value?: number | null;
  /** Data cells only: dotted JSON path, e.g. applications.granted.total. */
  path?: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Stable id for header cells (HTML `id`, referenced by `headers`). */
  id?: string;
  /** Ids of the header cells that describe this cell (HTML `headers`). */
  headers?: string[];
}

export interface TableGrid {
  /** 二, 三 or 四. */
  number: '二' | '三' | '四';
  caption: string;
  /** Id prefix, unique per table within one document. */
  idPrefix: string;
  columnCount: number;
  /** Relative column widths, summing to anything; writers scale them. */
  columnWeights: number[];
  /** Leading rows that are column headers (repeatable on a new page). */
  headerRowCount: number;
  /** Cells by row; each row lists only the cells that start in it. */
  rows: GridCell[][];
}

/** Collects cells row by row and checks that they tile the grid exactly. */
export class GridBuilder {
  private readonly rows: GridCell[][] = [];
  private readonly taken: boolean[][] = [];

  constructor(private readonly columnCount: number) {}

  get rowCount(): number {
    return this.rows.length;
  }

  /** Adds a cell at the first free column of `row`. */
  add(
    row: number,
    cell: Omit<GridCell, 'row' | 'col' | 'rowSpan' | 'colSpan'> & { rowSpan?: number; colSpan?: number },
  ): GridCell {
    while (this.rows.length <= row) this.rows.push([]);
    while (this.taken.length < row + (cell.rowSpan ?? 1))
      this.taken.push(new Array<boolean>(this.columnCount).fill(false));
    const col = this.taken[row].indexOf(false);
    const rowSpan = cell.rowSpan ?? 1;
    const colSpan = cell.colSpan ?? 1;
    if (col < 0 || col + colSpan > this.columnCount) throw new Error(`table row ${row} overflows`);
    for (let r = row; r < row + rowSpan; r++) {
      for (let c = col; c < col + colSpan; c++) {
        if (this.taken[r][c]) throw new Error(`table cell ${r},${c} taken twice`);
        this.taken[r][c] = true;
      }
    }
    const placed: GridCell = { ...cell, row, col, rowSpan, colSpan };
    this.rows[row].push(placed);
    return placed;
  }

  build(meta: Omit<TableGrid, 'rows' | 'columnCount'>): TableGrid {
    for (let r = 0; r < this.taken.length; r++) {
      if (this.taken[r].includes(false)) throw new Error(`table row ${r} has a hole`);
    }
    while (this.rows.length < this.taken.length) this.rows.push([]);
    return { ...meta, columnCount: this.columnCount, rows: this.rows };
  }
}

/** Printed form of a cell value: null → empty, numbers without grouping. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(value);
}

/** The grid as a rectangle of strings: a merged cell's text sits in its top-left slot. */
export function gridToMatrix(table: TableGrid): string[][] {
  const matrix = table.rows.map(() => new Array<string>(table.columnCount).fill(''));
  for (const row of table.rows) for (const cell of row) matrix[cell.row][cell.col] = cell.text;
  return matrix;
}

/** Every cell of the grid, in row order. */
export function allCells(table: TableGrid): GridCell[] {
  return table.rows.flat();
}
