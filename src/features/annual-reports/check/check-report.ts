// Checks a report: R1–R5 (errors: the tables do not add up or hold impossible values) and
// C1–C7 (warnings: cross-year, narrative, fees, deadline, completeness, copy-paste).
import type { AnnualReport, Diagnostic } from '../report.ts';
import { checkC1, checkC2, checkC7 } from './cross-year.ts';
import { checkC5, isGovernmentAgency } from './deadline.ts';
import { checkR4, checkSums } from './hard-rules.ts';
import { checkC3, checkC4, checkC6 } from './narrative-rules.ts';

export { cellLabel } from './cell-label.ts';

export interface CheckOptions {
  /** The same agency's report for the previous year (C1, C2, C7). */
  previous?: AnnualReport;
  /** Governments publish by 31 March, departments by 31 January; inferred from the name if absent. */
  isGovernment?: boolean;
}

export function checkReport(report: AnnualReport, options: CheckOptions = {}): Diagnostic[] {
  const isGovernment = options.isGovernment ?? isGovernmentAgency(report.agency);
  const diagnostics = [
    ...checkSums(report),
    ...checkR4(report),
    ...checkC3(report),
    ...checkC4(report),
    ...checkC5(report, isGovernment),
    ...checkC6(report, isGovernment),
  ];
  if (options.previous) {
    diagnostics.push(
      ...checkC1(report, options.previous),
      ...checkC2(report, options.previous),
      ...checkC7(report, options.previous),
    );
  }
  return diagnostics;
}
