import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ColumnRecord, DefaultColumn } from './catalogue.ts';
import type { CatalogueColumnTable, ColumnKind, UpdateClass } from './disclosure.tables.ts';

function toRecord(row: Selectable<CatalogueColumnTable>): ColumnRecord {
  return {
    id: row.id,
    orgId: row.org_id,
    parentId: row.parent_id,
    name: row.name,
    code: row.code,
    kind: row.kind,
    updateClass: row.update_class,
    sort: row.sort,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function findColumns(db: Kysely<DB>, orgId: number): Promise<ColumnRecord[]> {
  const rows = await db
    .selectFrom('catalogue_column')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}

export async function findColumnById(db: Kysely<DB>, id: number): Promise<ColumnRecord | undefined> {
  const row = await db.selectFrom('catalogue_column').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export async function findColumnsByIds(db: Kysely<DB>, ids: readonly number[]): Promise<ColumnRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('catalogue_column').selectAll().where('id', 'in', ids).execute();
  return rows.map(toRecord);
}

export async function findColumnByCode(db: Kysely<DB>, orgId: number, code: string): Promise<ColumnRecord | undefined> {
  const row = await db
    .selectFrom('catalogue_column')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row && toRecord(row);
}

/** A column and every column below it. */
export async function findColumnSubtreeIds(db: Kysely<DB>, id: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    with recursive sub as (
      select id from catalogue_column where id = ${id}
      union all
      select c.id from catalogue_column c join sub on c.parent_id = sub.id
    )
    select id from sub`.execute(db);
  return rows.map((r) => r.id);
}

export interface ColumnValues {
  parentId: number | null;
  name: string;
  code: string;
  kind: ColumnKind;
  updateClass: UpdateClass;
  sort: number;
}

export async function insertColumn(
  db: Kysely<DB>,
  orgId: number,
  values: ColumnValues,
  now: Date,
): Promise<ColumnRecord> {
  const row = await db
    .insertInto('catalogue_column')
    .values({
      org_id: orgId,
      parent_id: values.parentId,
      name: values.name,
      code: values.code,
      kind: values.kind,
      update_class: values.updateClass,
      sort: values.sort,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** Inserts the default tree level by level, resolving parents by code. */
export async function insertDefaultColumns(
  db: Kysely<DB>,
  orgId: number,
  columns: readonly DefaultColumn[],
  now: Date,
): Promise<ColumnRecord[]> {
  const byCode = new Map<string, number>();
  const created: ColumnRecord[] = [];
  for (const level of [columns.filter((c) => c.parent === null), columns.filter((c) => c.parent !== null)]) {
    if (level.length === 0) continue;
    const rows = await db
      .insertInto('catalogue_column')
      .values(
        level.map((c) => ({
          org_id: orgId,
          parent_id: c.parent === null ? null : (byCode.get(c.parent) ?? null),
          name: c.name,
          code: c.code,
          kind: c.kind,
          update_class: c.updateClass,
          sort: c.sort,
          created_at: now,
          updated_at: now,
        })),
      )
      .returningAll()
      .execute();
    for (const row of rows) {
      byCode.set(row.code, row.id);
      created.push(toRecord(row));
    }
  }
  return created;
}

export async function updateColumnRow(
  db: Kysely<DB>,
  id: number,
  values: Partial<ColumnValues>,
  now: Date,
): Promise<ColumnRecord> {
  const row = await db
    .updateTable('catalogue_column')
    .set({
      ...(values.parentId !== undefined ? { parent_id: values.parentId } : {}),
      ...(values.name !== undefined ? { name: values.name } : {}),
      ...(values.code !== undefined ? { code: values.code } : {}),
      ...(values.kind !== undefined ? { kind: values.kind } : {}),
      ...(values.updateClass !== undefined ? { update_class: values.updateClass } : {}),
      ...(values.sort !== undefined ? { sort: values.sort } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** Items (working copies or published) and sub-columns that still use the column. */
export async function countColumnUse(
  db: Kysely<DB>,
  id: number,
): Promise<{ items: number; children: number; published: number }> {
  const [items, children, published] = await Promise.all([
    db
      .selectFrom('item_column')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('column_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('catalogue_column')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('item_version')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(sql<boolean>`${id} = any(column_ids)`)
      .executeTakeFirstOrThrow(),
  ]);
  return { items: Number(items.n), children: Number(children.n), published: Number(published.n) };
}

export async function deleteColumnRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('catalogue_column').where('id', '=', id).execute();
}

/** Published items per column of an org (for the catalogue tree's counts). */
export async function countPublicItemsByColumn(db: Kysely<DB>, orgId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('public_item_column as p')
    .innerJoin('catalogue_column as c', 'c.id', 'p.column_id')
    .select(['p.column_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('c.org_id', '=', orgId)
    .groupBy('p.column_id')
    .execute();
  return new Map(rows.map((r) => [r.column_id, Number(r.n)]));
}
