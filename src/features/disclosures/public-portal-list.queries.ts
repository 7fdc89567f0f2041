// A column list page: the page's live items with the column's total alongside (an InitPlan
// evaluated once). Totals are remembered for a few seconds: counting a column of 40,000 items on
// every page view would cost more than the page itself, and a total a few seconds old only
// shifts the last page link.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PublicRow } from './public.repo.ts';
import { type PublishedItemSummary, toPublicSummary } from './public.service.ts';

export interface ColumnListQuery {
  /** The column, or a column and its sub-columns (an item filed in several is listed once). */
  columnIds: number[];
  sort: 'newest' | 'oldest';
  limit: number;
  offset: number;
}

/** Values kept for `ttlMs`; bounded so that a crawler walking every column cannot grow it forever. */
export interface TtlCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  delete(key: string): void;
}

export type CountCache = TtlCache<number>;

export function createTtlCache<T>(ttlMs: number, now: () => number = Date.now, maxEntries = 10_000): TtlCache<T> {
  const entries = new Map<string, { value: T; at: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now() - entry.at < ttlMs) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value) {
      if (entries.size >= maxEntries) entries.clear();
      entries.set(key, { value, at: now() });
    },
    delete(key) {
      entries.delete(key);
    },
  };
}

/** Cache key of a column's (or column set's) total. */
export const countKey = (columnIds: readonly number[]) =>
  columnIds.length === 1 ? `${columnIds[0]}` : `set:${columnIds.join(',')}`;

const SUMMARY_COLUMNS = sql`i.id, i.org_id, o.code as org_code, v.title, v.index_no, v.doc_no, v.published_at,
  v.formed_on, v.doc_type, v.validity, v.invalid_on`;

/**
 * One page of a column's entries, or of several columns' entries merged (one row per item). The
 * page is cut here, on the index, so only its own rows are joined with items and versions (a
 * deep page does not join every row before it).
 */
function pageOf(columnIds: readonly number[], sort: 'newest' | 'oldest', limit: number, offset: number) {
  const direction = sql.raw(sort === 'oldest' ? 'asc' : 'desc');
  const source =
    columnIds.length === 1
      ? // One column reads its (column_id, published_at, item_id) index in order.
        sql`select item_id, published_at from public_item_column where column_id = ${columnIds[0]}`
      : sql`select item_id, max(published_at) as published_at from public_item_column
          where column_id = any(${sql`${columnIds}::integer[]`}) group by item_id`;
  return sql`${source} order by published_at ${direction}, item_id ${direction} limit ${limit} offset ${offset}`;
}

/** The newest `limit` items of the columns with their bodies, for a feed. */
export async function findFeedEntries(
  db: Kysely<DB>,
  columnIds: readonly number[],
  limit: number,
): Promise<(PublishedItemSummary & { bodyHtml: string })[]> {
  if (columnIds.length === 0) return [];
  const { rows } = await sql<PublicRow & { body_html: string }>`
    select ${SUMMARY_COLUMNS}, v.body_html
    from (${pageOf(columnIds, 'newest', limit, 0)}) p
    join item i on i.id = p.item_id and i.withdrawn_at is null
    join item_version v on v.item_id = i.id and v.version_no = i.live_version_no
    join org o on o.id = i.org_id
    order by p.published_at desc, p.item_id desc`.execute(db);
  return rows.map((row) => ({ ...toPublicSummary(row), bodyHtml: row.body_html }));
}

export async function findColumnList(
  db: Kysely<DB>,
  query: ColumnListQuery,
  counts: CountCache,
): Promise<{ items: PublishedItemSummary[]; total: number }> {
  const { columnIds, limit, offset } = query;
  if (columnIds.length === 0) return { items: [], total: 0 };
  const direction = sql.raw(query.sort === 'oldest' ? 'asc' : 'desc');
  const ids = sql`${columnIds}::integer[]`;
  const key = countKey(columnIds);
  const known = counts.get(key);
  const total =
    known !== undefined
      ? sql`${known}::integer`
      : columnIds.length === 1
        ? sql`(select count(*) from public_item_column where column_id = ${columnIds[0]})`
        : sql`(select count(distinct item_id) from public_item_column where column_id = any(${ids}))`;
  const { rows } = await sql<PublicRow & { total: number | string }>`
    select ${total} as total, ${SUMMARY_COLUMNS}
    from (${pageOf(columnIds, query.sort, limit, offset)}) p
    join item i on i.id = p.item_id and i.withdrawn_at is null
    join item_version v on v.item_id = i.id and v.version_no = i.live_version_no
    join org o on o.id = i.org_id
    order by p.published_at ${direction}, p.item_id ${direction}`.execute(db);
  // Past the last page (or an empty column) no row carries the total: ask for it alone.
  const counted =
    rows.length > 0
      ? rows[0].total
      : (await sql<{ total: number | string }>`select ${total} as total`.execute(db)).rows[0]?.total;
  const totalCount = Number(counted ?? 0);
  if (known === undefined) counts.set(key, totalCount);
  return { items: rows.map(toPublicSummary), total: totalCount };
}

/** Published items per column (sub-columns not included), from the cache where it can. */
export async function countPublishedIn(
  db: Kysely<DB>,
  columnIds: readonly number[],
  counts: CountCache,
): Promise<Map<number, number>> {
  const result = new Map<number, number>();
  const missing: number[] = [];
  for (const id of columnIds) {
    const known = counts.get(countKey([id]));
    if (known === undefined) missing.push(id);
    else result.set(id, known);
  }
  if (missing.length === 0) return result;
  const rows = await db
    .selectFrom('public_item_column')
    .select(['column_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('column_id', 'in', missing)
    .groupBy('column_id')
    .execute();
  const found = new Map(rows.map((r) => [r.column_id, Number(r.n)]));
  for (const id of missing) {
    const count = found.get(id) ?? 0;
    counts.set(countKey([id]), count);
    result.set(id, count);
  }
  return result;
}
