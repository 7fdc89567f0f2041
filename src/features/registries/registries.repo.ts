import { type Kysely, type Selectable, sql } from 'kysely';
import { offsetOf, type PageQuery } from '../../core/page.ts';
import type { DB } from '../../db/schema.ts';
import type { DecisionEntry } from './decision-import.ts';
import type { NormativeDocumentTable, NormativeKind } from './registries.tables.ts';
import { type NormativeDocument, statusOn } from './registries.ts';

export function toNormative(row: Selectable<NormativeDocumentTable>, today: string): NormativeDocument {
  const revisedOn = [...(row.revised_on ?? [])].sort();
  const life = { issuedOn: row.issued_on, revisedOn, abolishedOn: row.abolished_on, expiredOn: row.expired_on };
  return {
    id: row.id,
    orgId: row.org_id,
    title: row.title,
    docNo: row.doc_no,
    kind: row.kind,
    ...life,
    itemId: row.item_id,
    status: statusOn(life, today),
    updatedAt: row.updated_at.toISOString(),
  };
}

export interface NormativeFilters {
  kind?: NormativeKind;
  /** Issued, revised or ended in this year. */
  year?: number;
  /** In force at the end of this date. */
  inForceOn?: string;
}

export async function findNormativeRows(db: Kysely<DB>, orgId: number, filters: NormativeFilters, page: PageQuery) {
  let base = db.selectFrom('normative_document').where('org_id', '=', orgId);
  if (filters.kind) base = base.where('kind', '=', filters.kind);
  if (filters.year !== undefined) {
    const from = `${filters.year}-01-01`;
    const to = `${filters.year}-12-31`;
    base = base.where((eb) =>
      eb.or([
        eb.between('issued_on', from, to),
        eb.between('abolished_on', from, to),
        eb.between('expired_on', from, to),
        sql<boolean>`exists (select 1 from unnest(revised_on) r where r between ${from}::date and ${to}::date)`,
      ]),
    );
  }
  if (filters.inForceOn) {
    const on = filters.inForceOn;
    base = base
      .where('issued_on', '<=', on)
      .where((eb) => eb.or([eb('abolished_on', 'is', null), eb('abolished_on', '>', on)]))
      .where((eb) => eb.or([eb('expired_on', 'is', null), eb('expired_on', '>', on)]));
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('issued_on', 'desc')
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export interface DocumentCounts {
  issued: number;
  abolished: number;
  inForce: number;
}

/** Table 二 counts for one kind: issued in the year, ended (废止 or 失效) in the year, in force on 31 December. */
export async function countNormative(
  db: Kysely<DB>,
  orgId: number,
  kind: NormativeKind,
  year: number,
): Promise<DocumentCounts> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const { rows } = await sql<{ issued: number; abolished: number; in_force: number }>`
    select
      count(*) filter (where issued_on between ${from}::date and ${to}::date) as issued,
      count(*) filter (where least(abolished_on, expired_on) between ${from}::date and ${to}::date) as abolished,
      count(*) filter (where issued_on <= ${to}::date and (least(abolished_on, expired_on) is null or least(abolished_on, expired_on) > ${to}::date)) as in_force
    from normative_document
    where org_id = ${orgId} and kind = ${kind}`.execute(db);
  const row = rows[0];
  return {
    issued: Number(row?.issued ?? 0),
    abolished: Number(row?.abolished ?? 0),
    inForce: Number(row?.in_force ?? 0),
  };
}

export async function sumDecisions(
  db: Kysely<DB>,
  orgId: number,
  year: number,
): Promise<Record<'licensing' | 'penalty' | 'coercion', number>> {
  const rows = await db
    .selectFrom('decision_count')
    .select(['kind', (eb) => eb.fn.sum<number>('count').as('n')])
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .groupBy('kind')
    .execute();
  const sums = { licensing: 0, penalty: 0, coercion: 0 };
  for (const row of rows) sums[row.kind] = Number(row.n);
  return sums;
}

export async function findDecisionRows(db: Kysely<DB>, orgId: number, year: number) {
  return db
    .selectFrom('decision_count')
    .select(['month', 'kind', 'count'])
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .orderBy('month')
    .execute();
}

export async function upsertDecisions(
  db: Kysely<DB>,
  orgId: number,
  entries: readonly DecisionEntry[],
  userId: number,
  now: Date,
): Promise<void> {
  // In chunks: a year of three kinds is 36 rows, an import of many years a few hundred.
  for (let i = 0; i < entries.length; i += 500) {
    const chunk = entries.slice(i, i + 500);
    await db
      .insertInto('decision_count')
      .values(
        chunk.map((e) => ({
          org_id: orgId,
          year: e.year,
          month: e.month,
          kind: e.kind,
          count: e.count,
          updated_at: now,
          updated_by: userId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['org_id', 'year', 'month', 'kind']).doUpdateSet((eb) => ({
          count: eb.ref('excluded.count'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
        })),
      )
      .execute();
  }
}

export async function findFeeRows(db: Kysely<DB>, orgId: number, year: number) {
  return db
    .selectFrom('fee_amount')
    .select(['id', 'month', 'amount_wan_yuan'])
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .orderBy(sql`coalesce(month, 0)`)
    .execute();
}

/** Exact sum in 万元 (numeric), as text; '0' when nothing is recorded. */
export async function sumFees(db: Kysely<DB>, orgId: number, year: number): Promise<string> {
  const { rows } = await sql<{ total: string | null }>`
    select sum(amount_wan_yuan)::text as total from fee_amount where org_id = ${orgId} and year = ${year}`.execute(db);
  return rows[0]?.total ?? '0';
}
