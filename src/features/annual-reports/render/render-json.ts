// The schema JSON (../shared/spec/annual-report.schema.json), pretty-printed.
import type { AnnualReport } from '../report.ts';

export function renderJson(report: AnnualReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
