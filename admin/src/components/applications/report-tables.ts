// Tables 三 and 四 of the annual report from the figures the API computes, through the same
// grid builders the report's DOCX/PDF/HTML writers use (so the row labels are as printed).

import { buildTableFour } from '../../../../src/features/annual-reports/render/table-four.ts';
import type { TableGrid } from '../../../../src/features/annual-reports/render/table-grid.ts';
import { buildTableThree } from '../../../../src/features/annual-reports/render/table-three.ts';
import type {
  AnnualReport,
  Applications,
  Outcome,
  TemplateYear,
} from '../../../../src/features/annual-reports/report.ts';

export interface ReviewFigures {
  reconsideration: Outcome;
  litigationDirect: Outcome;
  litigationAfterReconsideration: Outcome;
}

/** Reports for 2019 and 2020 use the 2019 template, where （六）其他处理 is one row. */
export function templateOfYear(year: number): TemplateYear {
  return year <= 2020 ? '2019' : '2021';
}

// The builders read only these fields of a report.
export function tableThree(applications: Applications, year: number): TableGrid {
  const partial: Pick<AnnualReport, 'template' | 'applications'> = { template: templateOfYear(year), applications };
  return buildTableThree(partial as AnnualReport);
}

export function tableFour(figures: ReviewFigures): TableGrid {
  const partial: Pick<AnnualReport, 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration'> =
    figures;
  return buildTableFour(partial as AnnualReport);
}

/** R1 per column: received + carried over = handled + carried forward. Lists the columns where it fails. */
export function balanceProblems(applications: Applications): string[] {
  const columns = Object.keys(applications.received) as (keyof Applications['received'])[];
  return columns.filter((column) => {
    const left = (applications.received[column] ?? 0) + (applications.carriedOver[column] ?? 0);
    const right = (applications.handledTotal[column] ?? 0) + (applications.carriedForward[column] ?? 0);
    return left !== right;
  });
}
