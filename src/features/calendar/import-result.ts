import type { YearData } from './year-data.ts';

/** What an import file holds once parsed and checked; errors and warnings are in Chinese. */
export type CalendarImportResult =
  | { ok: true; years: YearData[]; warnings: string[] }
  | { ok: false; errors: string[] };
