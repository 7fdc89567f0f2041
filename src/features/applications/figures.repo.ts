// SQL behind table 三. Cases never reopened are aggregated in the database (one GROUP BY over
// the cases open at some point in the year); reopened cases, rare, are read with their events
// so their state at the year's end can be derived from the timeline.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

const OPEN_FOREVER = '9999-12-31';

export interface Table3AggregateRow {
  applicant_type: string;
  is_carried_over: boolean;
  /** The outcome when closed by the year's end; null = carried forward. */
  closed_outcome: string | null;
  n: number;
}

export async function aggregateTable3(db: Kysely<DB>, orgId: number, year: number): Promise<Table3AggregateRow[]> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const rows = await db
    .selectFrom('application')
    .select([
      'applicant_type',
      sql<boolean>`received_on < ${first}::date`.as('is_carried_over'),
      sql<string | null>`case when closed_on <= ${last}::date then outcome end`.as('closed_outcome'),
      sql<number>`count(*)`.as('n'),
    ])
    .where('org_id', '=', orgId)
    .where('reopen_count', '=', 0)
    .where(sql`coalesce(closed_on, ${OPEN_FOREVER}::date)`, '>=', sql`${first}::date`)
    .where('received_on', '<=', last)
    .groupBy(['applicant_type', sql`2`, sql`3`])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export interface SummaryRow {
  id: number;
  applicant_type: string;
  received_on: string;
  closed_on: string | null;
  outcome: string | null;
}

/** The plain rows of never-reopened cases that may count in the year (the reference recount). */
export async function findSummaryRows(db: Kysely<DB>, orgId: number, year: number): Promise<SummaryRow[]> {
  return db
    .selectFrom('application')
    .select(['id', 'applicant_type', 'received_on', 'closed_on', 'outcome'])
    .where('org_id', '=', orgId)
    .where('reopen_count', '=', 0)
    .where('received_on', '<=', `${year}-12-31`)
    .where(sql`coalesce(closed_on, ${OPEN_FOREVER}::date)`, '>=', sql`${`${year}-01-01`}::date`)
    .execute();
}

export async function findReopenedRows(db: Kysely<DB>, orgId: number, year: number): Promise<SummaryRow[]> {
  return db
    .selectFrom('application')
    .select(['id', 'applicant_type', 'received_on', 'closed_on', 'outcome'])
    .where('org_id', '=', orgId)
    .where('reopen_count', '>', 0)
    .where('received_on', '<=', `${year}-12-31`)
    .execute();
}
