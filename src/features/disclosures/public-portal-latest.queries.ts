// The org home's latest items for all its top-level columns in one short statement (no query per
// column): the newest few of every column, read in index order, grouped under their top column here.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { buildColumnTree, type ColumnNode, type ColumnRecord } from './catalogue.ts';

export interface LatestItem {
  id: number;
  title: string;
  publishedAt: string;
  href: string;
}

export interface LatestColumnItems {
  column: { id: number; code: string; name: string };
  items: LatestItem[];
}

interface LatestRow {
  column_id: number;
  item_id: number;
  title: string;
  published_at: Date;
  org_code: string;
}

/**
 * `columns` are the org's catalogue. Each column gives its newest `perColumn` entries (an index
 * range scan, however many items it holds); an item filed in two columns under the same top
 * column is listed once.
 */
export async function findLatestByTopColumn(
  db: Kysely<DB>,
  columns: ColumnRecord[],
  perColumn: number,
): Promise<LatestColumnItems[]> {
  if (columns.length === 0) return [];
  const { rows } = await sql<LatestRow>`
    select x.column_id, i.id as item_id, v.title, x.published_at, o.code as org_code
    from unnest(${columns.map((c) => c.id)}::integer[]) as c(id)
    cross join lateral (
      select p.column_id, p.item_id, p.published_at from public_item_column p
      where p.column_id = c.id
      order by p.published_at desc, p.item_id desc
      limit ${perColumn}
    ) x
    join item i on i.id = x.item_id and i.withdrawn_at is null
    join item_version v on v.item_id = i.id and v.version_no = i.live_version_no
    join org o on o.id = i.org_id`.execute(db);

  const byColumn = new Map<number, LatestRow[]>();
  for (const row of rows) byColumn.set(row.column_id, [...(byColumn.get(row.column_id) ?? []), row]);
  const below = (node: ColumnNode): ColumnNode[] => [node, ...node.children.flatMap(below)];
  return buildColumnTree(columns).map((top) => {
    const candidates = below(top)
      .flatMap((node) => byColumn.get(node.id) ?? [])
      .sort((a, b) => b.published_at.getTime() - a.published_at.getTime() || b.item_id - a.item_id);
    const seen = new Set<number>();
    const items: LatestItem[] = [];
    for (const row of candidates) {
      if (items.length >= perColumn || seen.has(row.item_id)) continue;
      seen.add(row.item_id);
      items.push({
        id: row.item_id,
        title: row.title,
        publishedAt: new Date(row.published_at).toISOString(),
        href: `/o/${row.org_code}/items/${row.item_id}`,
      });
    }
    return { column: { id: top.id, code: top.code, name: top.name }, items };
  });
}
