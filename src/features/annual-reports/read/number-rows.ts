// Finds the rows of numbers in a table's text, whatever separates the cells: tabs, pipes and
// HTML cells give explicit cells (blank cells included); spaces or nothing at all give runs
// of digits that may need splitting. Each row keeps the label text printed before it on
// the same line, which anchors it to a table row when the label survived.

export interface NumberRow {
  /** Text before the numbers on the same line (empty when the label was torn off). */
  label: string;
  /** Cells as printed: a number string, or null for an explicit blank cell. */
  cells: (string | null)[];
  /** True when the source marked cell boundaries; false for runs that may need splitting. */
  isExplicit: boolean;
  /** Explicit blank cells just before / after the run (a blank at the row's edge). */
  padBefore: number;
  padAfter: number;
  /** Source line index (within the region) and the character offset after the row. */
  line: number;
  end: number;
}

const BLANK_CELL = /^(?:[-—–－/／\\×*…]+|无|空)$/;
const NUMBER_CELL = /^[+\-－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// A note after a number inside a cell or a flattened row: “55（含自然失效29件）”.
const NOTE_AFTER_NUMBER =
  /(\d)\s*[（(](?=[^）)]{0,60}[）)])(?:[^）)]*?(?:含|其中|包括|包含|注|另|不含|系|均|涉及|件|万元)[^）)]*)[）)]/g;
const UNIT_AFTER_NUMBER = /(\d)\s*(?:件|个|项|条|次|人|万元)(?=\s*(?:$|[\t|]))/g;

export function stripNotes(text: string): string {
  if (!/[（(件个项条次人元]/.test(text)) return text;
  return text.replace(NOTE_AFTER_NUMBER, '$1').replace(UNIT_AFTER_NUMBER, '$1');
}

export function isSeparatorLine(line: string): boolean {
  return /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{0,}:?\s*)*\|?\s*$/.test(line);
}

export function isExplicitLine(line: string): boolean {
  return line.includes('\t') || (line.match(/\|/g)?.length ?? 0) >= 2;
}

export function splitCells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  const trimmed = line.trim();
  const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|');
}

type CellKind = { kind: 'number'; values: string[] } | { kind: 'blank' } | { kind: 'text'; text: string };

export function classifyCell(raw: string): CellKind {
  const text = stripNotes(raw).trim();
  if (text === '' || BLANK_CELL.test(text)) return { kind: 'blank' };
  const parts = text.split(/\s+/);
  if (parts.every((p) => NUMBER_CELL.test(p))) return { kind: 'number', values: parts.map(cleanNumber) };
  return { kind: 'text', text };
}

function cleanNumber(s: string): string {
  return s.replace(/,/g, '').replace(/^－/, '-').replace(/^\+/, '');
}

export function extractNumberRows(lines: readonly string[]): NumberRow[] {
  const rows: NumberRow[] = [];
  lines.forEach((line, index) => {
    if (isSeparatorLine(line)) return;
    if (isExplicitLine(line)) rows.push(...explicitRows(line, index));
    else rows.push(...freeRows(line, index));
  });
  return rows;
}

function explicitRows(line: string, index: number): NumberRow[] {
  const rows: NumberRow[] = [];
  const cells = splitCells(line).map(classifyCell);
  let label = '';
  let i = 0;
  while (i < cells.length) {
    const cell = cells[i];
    if (cell.kind === 'text') {
      label = label ? `${label} ${cell.text}` : cell.text;
      i++;
      continue;
    }
    if (cell.kind === 'blank') {
      i++;
      continue;
    }
    // A run: from this number to the last number before the next text cell.
    let last = i;
    for (let j = i; j < cells.length && cells[j].kind !== 'text'; j++) if (cells[j].kind === 'number') last = j;
    let padBefore = 0;
    for (let j = i - 1; j >= 0 && cells[j].kind === 'blank'; j--) padBefore++;
    let padAfter = 0;
    for (let j = last + 1; j < cells.length && cells[j].kind === 'blank'; j++) padAfter++;
    const values: (string | null)[] = [];
    for (let j = i; j <= last; j++) {
      const c = cells[j];
      if (c.kind === 'number') values.push(...c.values);
      else values.push(null);
    }
    rows.push({ label, cells: values, isExplicit: true, padBefore, padAfter, line: index, end: -1 });
    label = '';
    i = last + 1 + padAfter;
  }
  return rows;
}

// A group of digit runs separated only by spaces. Digits glued to 年/月/日/号 or inside 〔〕
// are dates and document numbers, not cells.
const GROUP = /\d[\d,]*(?:\.\d+)?(?:[ ]+\d[\d,]*(?:\.\d+)?)*/g;

function freeRows(rawLine: string, index: number): NumberRow[] {
  const line = stripNotes(rawLine);
  const rows: NumberRow[] = [];
  let labelStart = 0;
  for (let m = GROUP.exec(line); m; m = GROUP.exec(line)) {
    const start = m.index;
    let group = m[0];
    const after = line.slice(start + group.length, start + group.length + 2);
    const before = line[start - 1] ?? '';
    if (/^\s*[年月日号时%％〕\]）)]/.test(after) || /[〔[第A-Za-z.]/.test(before)) continue;
    // “…00000002.其他法律…”: the last digit is the next row's number prefix, not a cell.
    if (/^[.、](?:[^\d]|$)/.test(after)) group = group.slice(0, -1).trimEnd();
    if (group === '') continue;
    const tokens = group.split(/[ ]+/).map((t) => t.replace(/,(?=\d{3}\b)/g, ''));
    rows.push({
      label: line.slice(labelStart, start).trim(),
      cells: tokens,
      isExplicit: false,
      padBefore: 0,
      padAfter: 0,
      line: index,
      end: start + group.length,
    });
    labelStart = start + group.length;
  }
  GROUP.lastIndex = 0;
  return rows;
}
