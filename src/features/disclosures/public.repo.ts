// Portal reads: only live versions of items that are public (never working copies).
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ItemVersionRow } from './item.repo.ts';

export interface PublicRow {
  id: number;
  org_id: number;
  org_code: string;
  title: string;
  index_no: string;
  doc_no: string | null;
  published_at: Date;
  formed_on: string | null;
  doc_type: string;
  validity: string | null;
  invalid_on: string | null;
}

/** item ⋈ its live version ⋈ org, public only. */
function live(db: Kysely<DB>) {
  return db
    .selectFrom('item as i')
    .innerJoin('item_version as v', (join) =>
      join.onRef('v.item_id', '=', 'i.id').onRef('v.version_no', '=', 'i.live_version_no'),
    )
    .innerJoin('org as o', 'o.id', 'i.org_id')
    .where('i.withdrawn_at', 'is', null);
}

const SUMMARY = [
  'i.id',
  'i.org_id',
  'o.code as org_code',
  'v.title',
  'v.index_no',
  'v.doc_no',
  'v.published_at',
  'v.formed_on',
  'v.doc_type',
  'v.validity',
  'v.invalid_on',
] as const;

export type Sort = 'newest' | 'oldest';

/** One column's published items, newest first by default (the index covers this order). */
export async function findColumnItems(
  db: Kysely<DB>,
  columnIds: number[],
  sort: Sort,
  limit: number,
  offset: number,
): Promise<{ rows: PublicRow[]; total: number }> {
  const direction = sort === 'oldest' ? 'asc' : 'desc';
  if (columnIds.length === 1) {
    const [columnId] = columnIds;
    const [rows, count] = await Promise.all([
      db
        .selectFrom('public_item_column as p')
        .innerJoin('item as i', 'i.id', 'p.item_id')
        .innerJoin('item_version as v', (join) =>
          join.onRef('v.item_id', '=', 'i.id').onRef('v.version_no', '=', 'i.live_version_no'),
        )
        .innerJoin('org as o', 'o.id', 'i.org_id')
        .select([...SUMMARY])
        .where('p.column_id', '=', columnId)
        .orderBy('p.published_at', direction)
        .orderBy('p.item_id', direction)
        .limit(limit)
        .offset(offset)
        .execute(),
      db
        .selectFrom('public_item_column')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('column_id', '=', columnId)
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }
  const inColumns = db.selectFrom('public_item_column').select('item_id').where('column_id', 'in', columnIds);
  const base = live(db).where('i.id', 'in', inColumns);
  const [rows, count] = await Promise.all([
    base
      .select([...SUMMARY])
      .orderBy('v.published_at', direction)
      .orderBy('i.id', direction)
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findLiveVersion(
  db: Kysely<DB>,
  itemId: number,
): Promise<(ItemVersionRow & { org_code: string; org_name: string; first_published_at: Date | null }) | undefined> {
  return live(db)
    .selectAll('v')
    .select(['o.code as org_code', 'o.name as org_name', 'i.first_published_at'])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
}

export async function findWithdrawn(db: Kysely<DB>, itemId: number) {
  return db
    .selectFrom('item as i')
    .innerJoin('org as o', 'o.id', 'i.org_id')
    .select([
      'i.id',
      'i.org_id',
      'o.code as org_code',
      'i.title',
      'i.withdrawn_at',
      'i.withdraw_reason',
      'i.withdraw_notice',
      'i.live_version_no',
    ])
    .where('i.id', '=', itemId)
    .where('i.withdrawn_at', 'is not', null)
    .executeTakeFirst();
}

/** Live interpretations of a policy item. */
export async function findInterpretations(db: Kysely<DB>, itemId: number): Promise<PublicRow[]> {
  return live(db)
    .select([...SUMMARY])
    .where('v.interprets_item_id', '=', itemId)
    .orderBy('v.published_at', 'desc')
    .execute();
}

export async function findPublicSummary(db: Kysely<DB>, itemId: number): Promise<PublicRow | undefined> {
  return live(db)
    .select([...SUMMARY])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
}

export interface LibraryQuery {
  orgPath: string;
  validity?: string;
  /** Year of 成文日期 (or of publication when there is none). */
  year?: number;
  limit: number;
  offset: number;
}

/** The normative-documents library: live items of type 规范性文件. */
export async function findNormativeItems(
  db: Kysely<DB>,
  query: LibraryQuery,
): Promise<{ rows: PublicRow[]; total: number }> {
  let base = live(db).where('v.doc_type', '=', 'normative').where('o.path', 'like', `${query.orgPath}%`);
  if (query.validity) base = base.where('v.validity', '=', query.validity as 'valid');
  if (query.year !== undefined) {
    const from = `${query.year}-01-01`;
    const to = `${query.year}-12-31`;
    const start = new Date(`${query.year}-01-01T00:00:00+08:00`);
    const end = new Date(`${query.year + 1}-01-01T00:00:00+08:00`);
    base = base.where((eb) =>
      eb.or([
        eb.and([eb('v.formed_on', '>=', from), eb('v.formed_on', '<=', to)]),
        eb.and([eb('v.formed_on', 'is', null), eb('v.published_at', '>=', start), eb('v.published_at', '<', end)]),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select([...SUMMARY])
      .orderBy(sql`coalesce(v.formed_on, (v.published_at)::date)`, 'desc')
      .orderBy('i.id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findFeedRows(db: Kysely<DB>, columnIds: number[], limit: number) {
  return live(db)
    .select([...SUMMARY, 'v.body_html'])
    .where('i.id', 'in', db.selectFrom('public_item_column').select('item_id').where('column_id', 'in', columnIds))
    .orderBy('v.published_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .execute();
}

export async function findSitemapRows(db: Kysely<DB>, limit: number, offset: number) {
  return live(db)
    .select(['i.id', 'o.code as org_code', 'v.published_at'])
    .orderBy('i.id')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countPublic(db: Kysely<DB>): Promise<number> {
  const row = await live(db)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
