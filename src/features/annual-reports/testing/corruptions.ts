// Every single-cell corruption of a report. Tables 三 and 四 are bound by sums, so changing
// any one cell by one breaks at least one of R1/R2/R3/R5. Table 二 has no sums: a plausible
// wrong number there cannot be detected by any rule, only an impossible one (R4) can, so
// its cells are corrupted to a negative value.
import { getCount, setCell, table2Paths, table3Paths, table4Paths } from '../check/cell-paths.ts';
import type { AnnualReport } from '../report.ts';

export interface CellCorruption {
  path: string;
  kind: 'offByOne' | 'negative';
  from: number;
  to: number;
  report: AnnualReport;
}

export function singleCellCorruptions(report: AnnualReport): CellCorruption[] {
  const out: CellCorruption[] = [];
  const corrupt = (path: string, kind: CellCorruption['kind']) => {
    const from = getCount(report, path);
    if (from === null) return;
    const to = kind === 'offByOne' ? from + 1 : -1 - from;
    const copy = structuredClone(report);
    setCell(copy, path, to);
    out.push({ path, kind, from, to, report: copy });
  };
  for (const path of [...table3Paths(report.template), ...table4Paths()]) corrupt(path, 'offByOne');
  for (const path of table2Paths(report.template)) {
    if (!path.endsWith('.change') && !path.endsWith('.totalAmount')) corrupt(path, 'negative');
  }
  return out;
}
