import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import { offsetOf, type PageQuery } from '../../core/page.ts';
import type { DB } from '../../db/schema.ts';
import { escapeLike } from '../audit/audit.repo.ts';
import type { ItemAttachmentTable, ItemState, ItemTable, ItemVersionTable } from './disclosure.tables.ts';

export type ItemRow = Selectable<ItemTable>;
export type ItemVersionRow = Selectable<ItemVersionTable>;
export type AttachmentRow = Selectable<ItemAttachmentTable>;

export async function insertItem(db: Kysely<DB>, values: Insertable<ItemTable>): Promise<ItemRow> {
  return db.insertInto('item').values(values).returningAll().executeTakeFirstOrThrow();
}

/** `forUpdate` locks the row until the transaction ends (concurrent commands queue up). */
export async function findItemRow(db: Kysely<DB>, id: number, forUpdate = false): Promise<ItemRow | undefined> {
  let query = db.selectFrom('item').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forNoKeyUpdate();
  return query.executeTakeFirst();
}

/** Bumps `version`; returns undefined when `expectedVersion` is stale. */
export async function updateItemRow(
  db: Kysely<DB>,
  id: number,
  set: Updateable<ItemTable>,
  expectedVersion?: number,
): Promise<ItemRow | undefined> {
  let query = db
    .updateTable('item')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  return query.returningAll().executeTakeFirst();
}

export async function deleteItemRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('item').where('id', '=', id).execute();
}

export async function setItemColumns(db: Kysely<DB>, itemId: number, columnIds: readonly number[]): Promise<void> {
  await db.deleteFrom('item_column').where('item_id', '=', itemId).execute();
  if (columnIds.length > 0)
    await db
      .insertInto('item_column')
      .values(columnIds.map((column_id) => ({ item_id: itemId, column_id })))
      .execute();
}

export async function findItemColumnIds(db: Kysely<DB>, itemIds: readonly number[]): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>(itemIds.map((id) => [id, []]));
  if (itemIds.length === 0) return map;
  const rows = await db
    .selectFrom('item_column')
    .select(['item_id', 'column_id'])
    .where('item_id', 'in', itemIds)
    .orderBy('column_id')
    .execute();
  for (const row of rows) map.get(row.item_id)?.push(row.column_id);
  return map;
}

export async function findAttachmentRows(db: Kysely<DB>, itemId: number): Promise<AttachmentRow[]> {
  return db
    .selectFrom('item_attachment')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('removed_at', 'is', null)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export async function findUserNames(db: Kysely<DB>, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export async function nextVersionNo(db: Kysely<DB>, itemId: number): Promise<number> {
  const row = await db
    .selectFrom('item_version')
    .select((eb) => eb.fn.max('version_no').as('n'))
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertVersion(db: Kysely<DB>, values: Insertable<ItemVersionTable>): Promise<void> {
  await db.insertInto('item_version').values(values).execute();
}

export async function findVersionRows(db: Kysely<DB>, itemId: number): Promise<ItemVersionRow[]> {
  return db
    .selectFrom('item_version')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('version_no', 'desc')
    .execute();
}

export async function findVersionRow(
  db: Kysely<DB>,
  itemId: number,
  versionNo: number,
): Promise<ItemVersionRow | undefined> {
  return db
    .selectFrom('item_version')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('version_no', '=', versionNo)
    .executeTakeFirst();
}

/** The next number of a 索引号 sequence: one atomic upsert, so concurrent publishers never share one. */
export async function allocateSequence(db: Kysely<DB>, prefix: string): Promise<number> {
  const row = await db
    .insertInto('index_no_counter')
    .values({ prefix, last_value: 1 })
    .onConflict((oc) => oc.column('prefix').doUpdateSet({ last_value: sql`index_no_counter.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

/** Replaces the portal's column entries of an item (empty = not public). */
export async function setPublicColumns(
  db: Kysely<DB>,
  itemId: number,
  columnIds: readonly number[],
  publishedAt: Date,
): Promise<void> {
  await db.deleteFrom('public_item_column').where('item_id', '=', itemId).execute();
  if (columnIds.length > 0) {
    await db
      .insertInto('public_item_column')
      .values(columnIds.map((column_id) => ({ column_id, item_id: itemId, published_at: publishedAt })))
      .execute();
  }
}

export interface ItemListQuery {
  /** Only items of orgs under these paths, or of these orgs exactly (undefined = all). */
  scope?: { paths: string[]; orgIds: number[] };
  orgPath?: string;
  state?: ItemState;
  columnId?: number;
  q?: string;
  isLate?: boolean;
  /** 年度: the China-time year of 发布日期; unpublished items by 成文日期, else by when drafted. */
  year?: number;
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export async function findItemRows(
  db: Kysely<DB>,
  query: ItemListQuery,
  page: PageQuery,
): Promise<{ rows: ItemRow[]; total: number }> {
  let base = db.selectFrom('item').innerJoin('org', 'org.id', 'item.org_id');
  const { scope } = query;
  if (scope) {
    if (scope.paths.length === 0 && scope.orgIds.length === 0) return { rows: [], total: 0 };
    base = base.where((eb) =>
      eb.or([
        ...scope.paths.map((p) => eb('org.path', 'like', `${p}%`)),
        ...(scope.orgIds.length > 0 ? [eb('org.id', 'in', scope.orgIds)] : []),
      ]),
    );
  }
  if (query.orgPath) base = base.where('org.path', 'like', `${query.orgPath}%`);
  if (query.state) base = base.where('item.state', '=', query.state);
  if (query.columnId !== undefined) {
    const columnId = query.columnId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('item_column')
          .select('item_id')
          .whereRef('item_column.item_id', '=', 'item.id')
          .where('item_column.column_id', '=', columnId),
      ),
    );
  }
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    base = base.where((eb) =>
      eb.or([eb('item.title', 'ilike', like), eb('item.index_no', 'ilike', like), eb('item.doc_no', 'ilike', like)]),
    );
  }
  if (query.isLate !== undefined) {
    const late = query.isLate;
    base = base.where((eb) => {
      const flagged = eb.exists(
        eb
          .selectFrom('item_version as v')
          .select('v.id')
          .whereRef('v.item_id', '=', 'item.id')
          .whereRef('v.version_no', '=', 'item.live_version_no')
          .where('v.is_late', '=', true),
      );
      return late ? flagged : eb.not(flagged);
    });
  }
  if (query.year !== undefined) {
    const year = query.year;
    const from = new Date(Date.UTC(year, 0, 1) - CHINA_OFFSET_MS);
    const to = new Date(Date.UTC(year + 1, 0, 1) - CHINA_OFFSET_MS);
    const [fromDay, toDay] = [`${year}-01-01`, `${year + 1}-01-01`];
    base = base.where((eb) =>
      eb.or([
        eb.and([eb('item.published_at', '>=', from), eb('item.published_at', '<', to)]),
        eb.and([
          eb('item.published_at', 'is', null),
          eb('item.formed_on', '>=', fromDay),
          eb('item.formed_on', '<', toDay),
        ]),
        eb.and([
          eb('item.published_at', 'is', null),
          eb('item.formed_on', 'is', null),
          eb('item.created_at', '>=', from),
          eb('item.created_at', '<', to),
        ]),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll('item')
      .orderBy('item.updated_at', 'desc')
      .orderBy('item.id', 'desc')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export interface LiveTimelinessRow {
  item_id: number;
  formed_on: string | null;
  changed_on: string | null;
  published_at: Date;
  is_late: boolean;
  working_days_to_publish: number | null;
}

/** The Art. 26 record of each item's live (published) version. */
export async function findLiveTimeliness(
  db: Kysely<DB>,
  rows: readonly Pick<ItemRow, 'id' | 'live_version_no'>[],
): Promise<Map<number, LiveTimelinessRow>> {
  const live = rows.filter((r) => r.live_version_no !== null);
  if (live.length === 0) return new Map();
  const found = await db
    .selectFrom('item_version as v')
    .innerJoin('item', (join) =>
      join.onRef('item.id', '=', 'v.item_id').onRef('item.live_version_no', '=', 'v.version_no'),
    )
    .select(['v.item_id', 'v.formed_on', 'v.changed_on', 'v.published_at', 'v.is_late', 'v.working_days_to_publish'])
    .where(
      'v.item_id',
      'in',
      live.map((r) => r.id),
    )
    .execute();
  return new Map(found.map((r) => [r.item_id, r]));
}

/** Working copies still in the workflow that carry a 成文/变更 date: candidates for the Art. 26 dashboard. */
export async function findPendingDatedItems(
  db: Kysely<DB>,
  scope: ItemListQuery['scope'],
  orgPath: string | undefined,
  limit: number,
): Promise<ItemRow[]> {
  let query = db
    .selectFrom('item')
    .innerJoin('org', 'org.id', 'item.org_id')
    .selectAll('item')
    .where('item.state', 'in', ['draft', 'submitted', 'reviewed', 'approved', 'scheduled'])
    .where((eb) => eb.or([eb('item.formed_on', 'is not', null), eb('item.changed_on', 'is not', null)]));
  if (scope) {
    if (scope.paths.length === 0 && scope.orgIds.length === 0) return [];
    query = query.where((eb) =>
      eb.or([
        ...scope.paths.map((p) => eb('org.path', 'like', `${p}%`)),
        ...(scope.orgIds.length > 0 ? [eb('org.id', 'in', scope.orgIds)] : []),
      ]),
    );
  }
  if (orgPath) query = query.where('org.path', 'like', `${orgPath}%`);
  return query.orderBy(sql`coalesce(item.changed_on, item.formed_on)`).limit(limit).execute();
}
