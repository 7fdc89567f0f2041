// Rebuilds lines and table cells from positioned PDF text. Items on one baseline form a line;
// a wide gap between items is a cell boundary. A blank cell leaves no text at all, so rows of
// numbers are aligned on the columns their neighbours use: the missing column becomes an
// empty cell instead of silently shifting the others.

export interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
  size: number;
}

const NUMERIC = /^[+-]?\d[\d,]*(?:\.\d+)?$/;
/** How far to look for a wider row: rows with few numbers only trust their close neighbours. */
const reach = (numbers: number) => (numbers === 1 ? 1 : numbers === 2 ? 3 : 40);

export function layoutLines(items: readonly Item[]): string[] {
  const lines = groupByBaseline(items).map(toCells);
  const columns = clusterColumns(lines);
  const sets = lines.map((cells) => columnSet(cells, columns));
  return lines.map((cells, i) => {
    const own = sets[i];
    if (!own) return joinCells(cells);
    const wider = nearestSuperset(sets, i);
    return wider ? joinAligned(cells, columns, wider) : joinCells(cells);
  });
}

function groupByBaseline(items: readonly Item[]): Item[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const current = lines[lines.length - 1];
    if (current && Math.abs(current[0].y - item.y) <= Math.min(current[0].size, item.size) * 0.45) current.push(item);
    else lines.push([item]);
  }
  for (const line of lines) line.sort((p, q) => p.x - q.x);
  return lines;
}

function toCells(line: Item[]): Cell[] {
  const cells: Cell[] = [];
  for (const item of line) {
    const last = cells[cells.length - 1];
    const gap = last ? item.x - last.x1 : Number.POSITIVE_INFINITY;
    // Words and a number with more than a space between them sit in different cells (a
    // label and its first count), even when the gap is narrow.
    const isBoundary =
      last !== undefined && NUMERIC.test(item.text.trim()) !== NUMERIC.test(last.text) && gap > item.size * 0.6;
    if (last && gap <= item.size * 1.2 && !isBoundary) {
      last.text += gap > item.size * 0.2 ? ` ${item.text}` : item.text;
      last.x1 = Math.max(last.x1, item.x + item.width);
    } else {
      cells.push({ text: item.text, x0: item.x, x1: item.x + item.width, size: item.size });
    }
  }
  for (const c of cells) c.text = c.text.trim();
  return cells;
}

const center = (c: Cell) => (c.x0 + c.x1) / 2;
const isNumber = (c: Cell) => NUMERIC.test(c.text);

/** Column centres shared by the rows of numbers on the page. */
function clusterColumns(lines: Cell[][]): number[] {
  const centers: { x: number; size: number }[] = [];
  for (const cells of lines) {
    const numbers = cells.filter(isNumber);
    for (const c of numbers) centers.push({ x: center(c), size: c.size });
  }
  centers.sort((a, b) => a.x - b.x);
  const columns: { sum: number; n: number; last: number }[] = [];
  for (const { x, size } of centers) {
    const current = columns[columns.length - 1];
    if (current && x - current.last <= size * 0.8) {
      current.sum += x;
      current.n++;
      current.last = x;
    } else columns.push({ sum: x, n: 1, last: x });
  }
  return columns.map((c) => c.sum / c.n);
}

function nearestColumn(columns: number[], x: number, size: number): number {
  let best = -1;
  for (let i = 0; i < columns.length; i++)
    if (Math.abs(columns[i] - x) <= size && (best < 0 || Math.abs(columns[i] - x) < Math.abs(columns[best] - x)))
      best = i;
  return best;
}

function columnSet(cells: Cell[], columns: number[]): number[] | null {
  const numbers = cells.filter(isNumber);
  if (numbers.length === 0) return null;
  const set = numbers.map((c) => nearestColumn(columns, center(c), c.size));
  return set.includes(-1) || new Set(set).size !== set.length ? null : set;
}

/** The closest row of numbers that uses every column this row uses, and more. */
function nearestSuperset(sets: (number[] | null)[], index: number): number[] | null {
  const own = sets[index] as number[];
  for (let d = 1; d <= reach(own.length); d++) {
    for (const j of [index - d, index + d]) {
      const other = sets[j];
      if (other && other.length > own.length && own.every((c) => other.includes(c)))
        return [...other].sort((a, b) => a - b);
    }
  }
  return null;
}

function joinCells(cells: Cell[]): string {
  return cells.map((c) => c.text).join('\t');
}

function joinAligned(cells: Cell[], columns: number[], wider: number[]): string {
  const label = cells.filter((c) => !isNumber(c) && c.x1 <= columns[wider[0]]).map((c) => c.text);
  const trailing = cells.filter((c) => !isNumber(c) && c.x1 > columns[wider[0]]).map((c) => c.text);
  const byColumn = new Map<number, string>();
  for (const c of cells.filter(isNumber)) byColumn.set(nearestColumn(columns, center(c), c.size), c.text);
  return [...label, ...wider.map((col) => byColumn.get(col) ?? ''), ...trailing].join('\t');
}
