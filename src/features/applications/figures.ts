// Table 三 (`applications` of the report schema) from the cases of one org and year. The fast
// path aggregates in SQL; `recountApplicationsFigures` feeds every case through the pure
// computeTable3 and is the reference the fast path is tested against.
import {
  APPLICANT_DETAIL_COLUMNS,
  type ApplicationRow,
  type Applications,
  type TemplateYear,
} from '../annual-reports/report.ts';
import type { AppContext } from './case-context.ts';
import { toTimelineEvent } from './derive.ts';
import { findEventsOf } from './event.repo.ts';
import {
  aggregateTable3,
  findReopenedRows,
  findSummaryRows,
  type SummaryRow,
  type Table3AggregateRow,
} from './figures.repo.ts';
import { caseResult } from './rules/case-outcome.ts';
import { isOutcomeKey } from './rules/outcomes.ts';
import { type ApplicantType, type CaseSummary, computeTable3, rowAt } from './rules/table3.ts';

/** Reports for 2019 and 2020 use the 2019 template (one （六） row). */
export function templateFor(year: number): TemplateYear {
  return year <= 2020 ? '2019' : '2021';
}

function summaryOf(row: SummaryRow): CaseSummary {
  const outcome = row.closed_on !== null && row.outcome && isOutcomeKey(row.outcome) ? row.outcome : null;
  return {
    applicantType: row.applicant_type as ApplicantType,
    receivedOn: row.received_on,
    closedOn: outcome ? row.closed_on : null,
    outcome,
  };
}

/** Reopened cases: their state at the year's end, derived from the events up to 31 December. */
async function reopenedSummaries(ctx: AppContext, orgId: number, year: number): Promise<CaseSummary[]> {
  const rows = await findReopenedRows(ctx.db, orgId, year);
  const events = await findEventsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const last = `${year}-12-31`;
  return rows.map((row) => {
    const timeline = (events.get(row.id) ?? []).map(toTimelineEvent).filter((event) => event.on <= last);
    const result = caseResult(timeline);
    return {
      applicantType: row.applicant_type as ApplicantType,
      receivedOn: row.received_on,
      closedOn: result.outcome ? result.closedOn : null,
      outcome: result.outcome,
    };
  });
}

function add(row: ApplicationRow, column: ApplicantType, n: number): void {
  row[column] = (row[column] ?? 0) + n;
  row.total = (row.total ?? 0) + n;
}

export function foldTo2019(table: Applications): Applications {
  if (!('noCorrection' in table.otherHandling)) return table;
  const { noCorrection, feeUnpaid, other } = table.otherHandling;
  const all = { ...noCorrection };
  for (const column of [...APPLICANT_DETAIL_COLUMNS, 'total' as const]) {
    all[column] = (noCorrection[column] ?? 0) + (feeUnpaid[column] ?? 0) + (other[column] ?? 0);
  }
  return { ...table, otherHandling: { all } };
}

/** Adds SQL-aggregated counts to a table computed for the remaining (reopened) cases. */
export function addAggregate(table: Applications, rows: readonly Table3AggregateRow[]): Applications {
  for (const row of rows) {
    const column = row.applicant_type as ApplicantType;
    add(row.is_carried_over ? table.carriedOver : table.received, column, row.n);
    if (row.closed_outcome !== null && isOutcomeKey(row.closed_outcome)) {
      add(rowAt(table, row.closed_outcome), column, row.n);
      add(table.handledTotal, column, row.n);
    } else add(table.carriedForward, column, row.n);
  }
  return table;
}

export async function computeApplicationsFigures(ctx: AppContext, orgId: number, year: number): Promise<Applications> {
  const [aggregate, reopened] = await Promise.all([
    aggregateTable3(ctx.db, orgId, year),
    reopenedSummaries(ctx, orgId, year),
  ]);
  const table = addAggregate(computeTable3(reopened, year, '2021'), aggregate);
  return templateFor(year) === '2019' ? foldTo2019(table) : table;
}

/** The reference: every case's summary through the pure computeTable3. */
export async function recountApplicationsFigures(ctx: AppContext, orgId: number, year: number): Promise<Applications> {
  const [rows, reopened] = await Promise.all([
    findSummaryRows(ctx.db, orgId, year),
    reopenedSummaries(ctx, orgId, year),
  ]);
  return computeTable3([...rows.map(summaryOf), ...reopened], year, templateFor(year));
}
