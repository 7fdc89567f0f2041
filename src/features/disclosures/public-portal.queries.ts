// Portal reads the public disclosure service does not offer, or offers at several queries a page:
// the org home's latest items, the item page, column lists and counts, an item by 索引号, the
// library's years, the sitemap's columns. Public data only: live, not withdrawn.
import { sql } from 'kysely';
import type { ServiceDeps } from '../../services.ts';
import { findColumns } from './catalogue.repo.ts';
import type { ColumnRecord } from './catalogue.ts';
import type { PublishedItem, PublishedItemSummary } from './public.service.ts';
import { findPublishedItem } from './public-portal-item.queries.ts';
import { findLatestByTopColumn, type LatestColumnItems } from './public-portal-latest.queries.ts';
import {
  type ColumnListQuery,
  countPublishedIn,
  createTtlCache,
  findColumnList,
  findFeedEntries,
} from './public-portal-list.queries.ts';

export type { LatestColumnItems, LatestItem } from './public-portal-latest.queries.ts';

export interface PublicPortalQueries {
  /** Top-level columns of an org in catalogue order, each with its newest items (sub-columns included). */
  latestByTopColumn(orgId: number, perColumn: number): Promise<LatestColumnItems[]>;
  /** The id of the item that carries this 索引号 (published now or once; the item page decides what to show). */
  itemIdByIndexNo(indexNo: string): Promise<{ id: number; orgCode: string } | undefined>;
  /** Years (成文日期, else publication in China time) of live normative documents of an org and its subtree, newest first (a few seconds old at most). */
  normativeYears(orgId: number): Promise<number[]>;
  /** The item page's data in one statement; undefined unless the item is public now. */
  publishedItem(itemId: number): Promise<PublishedItem | undefined>;
  /** One page of a column's (or column subtree's) live items and their total (a few seconds old at most). */
  columnList(query: ColumnListQuery): Promise<{ items: PublishedItemSummary[]; total: number }>;
  /** The newest items of a column and its sub-columns with their bodies (for its Atom feed). */
  feedEntries(columnIds: number[], limit: number): Promise<(PublishedItemSummary & { bodyHtml: string })[]>;
  /** An org's catalogue columns, flat, without counts (a few seconds old at most). */
  columnsOf(orgId: number): Promise<ColumnRecord[]>;
  /** Published items in each of these columns, not counting their sub-columns (a few seconds old at most). */
  countPublishedIn(columnIds: number[]): Promise<Map<number, number>>;
  /** Every catalogue column of every org, for the sitemap. */
  allColumns(): Promise<{ orgCode: string; columnId: number; updatedAt: string }[]>;
}

export interface PublicPortalOptions {
  /** How long column counts and an org's column list are reused (default 5 s, like the portal's org directory). */
  ttlMs?: number;
}

export function createPublicPortalQueries(
  { db }: Pick<ServiceDeps, 'db'>,
  options: PublicPortalOptions = {},
): PublicPortalQueries {
  const ttlMs = options.ttlMs ?? 5000;
  const counts = createTtlCache<number>(ttlMs);
  const columnLists = createTtlCache<Promise<ColumnRecord[]>>(ttlMs, Date.now, 1000);
  // The library's year list reads every normative document of the org's subtree.
  const libraryYears = createTtlCache<number[]>(ttlMs, Date.now, 1000);

  function columnsOf(orgId: number): Promise<ColumnRecord[]> {
    const known = columnLists.get(String(orgId));
    if (known) return known;
    const loading = findColumns(db, orgId);
    columnLists.set(String(orgId), loading);
    // A failed read is not remembered: the next page view tries again.
    loading.catch(() => columnLists.delete(String(orgId)));
    return loading;
  }

  return {
    publishedItem: (itemId) => findPublishedItem(db, itemId, columnsOf),
    async latestByTopColumn(orgId, perColumn) {
      return findLatestByTopColumn(db, await columnsOf(orgId), perColumn);
    },

    columnsOf,
    columnList: (query) => findColumnList(db, query, counts),
    feedEntries: (columnIds, limit) => findFeedEntries(db, columnIds, limit),
    countPublishedIn: (columnIds) => countPublishedIn(db, columnIds, counts),

    async itemIdByIndexNo(indexNo) {
      const row = await db
        .selectFrom('item as i')
        .innerJoin('org as o', 'o.id', 'i.org_id')
        .select(['i.id', 'o.code'])
        .where('i.index_no', '=', indexNo)
        .where('i.live_version_no', 'is not', null)
        .executeTakeFirst();
      return row && { id: row.id, orgCode: row.code };
    },

    async normativeYears(orgId) {
      const known = libraryYears.get(String(orgId));
      if (known) return [...known];
      const { rows } = await sql<{ year: number }>`
        select distinct extract(year from coalesce(v.formed_on, (v.published_at at time zone 'Asia/Shanghai')::date))::integer as year
        from item i
        join item_version v on v.item_id = i.id and v.version_no = i.live_version_no
        join org o on o.id = i.org_id
        where i.withdrawn_at is null and v.doc_type = 'normative'
          and o.path like (select path from org where id = ${orgId}) || '%'
        order by year desc`.execute(db);
      const years = rows.map((r) => Number(r.year));
      libraryYears.set(String(orgId), years);
      return [...years];
    },

    async allColumns() {
      const rows = await db
        .selectFrom('catalogue_column as c')
        .innerJoin('org as o', 'o.id', 'c.org_id')
        .select(['o.code', 'c.id', 'c.updated_at'])
        .orderBy('o.path')
        .orderBy('c.sort')
        .orderBy('c.id')
        .execute();
      return rows.map((r) => ({ orgCode: r.code, columnId: r.id, updatedAt: r.updated_at.toISOString() }));
    },
  };
}
