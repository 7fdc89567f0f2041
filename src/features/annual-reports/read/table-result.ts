// What a table reader hands back: values by dotted path, which of them were printed blank,
// and what it has to say about the rest.
import type { Diagnostic } from '../report.ts';

export interface TableRead {
  values: Map<string, number | string | null>;
  /** Cells printed blank (candidates for forcing by R1/R3/R5). */
  blanks: Set<string>;
  diagnostics: Diagnostic[];
  /** Region line after the last line the table used (-1 when nothing was read). */
  endLine: number;
}

export function emptyTableRead(): TableRead {
  return { values: new Map(), blanks: new Set(), diagnostics: [], endLine: -1 };
}
