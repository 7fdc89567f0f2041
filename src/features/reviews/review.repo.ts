import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { offsetOf, type PageQuery } from '../../core/page.ts';
import type { DB } from '../../db/schema.ts';
import type { ReviewCaseTable } from './review.tables.ts';

export type ReviewRow = Selectable<ReviewCaseTable> & { case_number: string | null };

function base(db: Kysely<DB>) {
  return db
    .selectFrom('review_case as r')
    .leftJoin('application as a', 'a.id', 'r.application_id')
    .selectAll('r')
    .select('a.case_number as case_number');
}

export async function findReviewById(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<ReviewRow | undefined> {
  let query = base(db).where('r.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('r');
  return query.executeTakeFirst();
}

export interface ReviewQuery {
  /** Only reviews of these orgs (undefined = all). */
  orgIds?: number[];
  orgId?: number;
  applicationId?: number;
}

export async function findReviews(
  db: Kysely<DB>,
  query: ReviewQuery,
  page: PageQuery,
): Promise<{ items: ReviewRow[]; total: number }> {
  if (query.orgIds && query.orgIds.length === 0) return { items: [], total: 0 };
  let filtered = db.selectFrom('review_case as r');
  if (query.orgIds) filtered = filtered.where('r.org_id', 'in', query.orgIds);
  if (query.orgId !== undefined) filtered = filtered.where('r.org_id', '=', query.orgId);
  if (query.applicationId !== undefined) filtered = filtered.where('r.application_id', '=', query.applicationId);
  const ids = filtered.select('r.id');
  const [items, count] = await Promise.all([
    base(db)
      .where('r.id', 'in', ids)
      .orderBy('r.filed_on', 'desc')
      .orderBy('r.id', 'desc')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findReviewSummaries(db: Kysely<DB>, orgId: number, year: number) {
  return db
    .selectFrom('review_case')
    .select(['route', 'filed_on', 'closed_on', 'result'])
    .where('org_id', '=', orgId)
    .where('filed_on', '<=', `${year}-12-31`)
    .execute();
}

export async function insertReview(db: Kysely<DB>, values: Insertable<ReviewCaseTable>): Promise<number> {
  const row = await db.insertInto('review_case').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateReviewRow(db: Kysely<DB>, id: number, patch: Updateable<ReviewCaseTable>): Promise<void> {
  await db.updateTable('review_case').set(patch).where('id', '=', id).execute();
}

export async function deleteReviewRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('review_case').where('id', '=', id).execute();
}
