// The item page, usually in one short statement: the live version with its org and whether any
// 政策解读 points at it; the interpretations (or, for an interpretation, the document it explains)
// only when there are some. Column names come from the cached catalogue. Short statements plan
// fast: on PGlite one statement with correlated sub-queries for all of this took longer to plan
// than these take to run.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { preparedQuery } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import type { ColumnRecord } from './catalogue.ts';
import type { ItemVersionRow } from './item.repo.ts';
import type { AttachmentInfo } from './item.ts';
import type { PublicRow } from './public.repo.ts';
import { type PublishedItem, type PublishedItemSummary, toPublicSummary } from './public.service.ts';

/** What the page shows of the live version (not its review record: that is for staff). */
type Row = Pick<
  ItemVersionRow,
  | 'org_id'
  | 'version_no'
  | 'title'
  | 'body_html'
  | 'index_no'
  | 'publisher'
  | 'formed_on'
  | 'changed_on'
  | 'doc_no'
  | 'topic'
  | 'disclosure_method'
  | 'doc_type'
  | 'validity'
  | 'effective_on'
  | 'invalid_on'
  | 'interprets_item_id'
  | 'column_ids'
  | 'attachments'
  | 'published_at'
> & {
  org_code: string;
  org_name: string;
  first_published_at: Date | null;
  is_interpreted: boolean;
};

/** Live items whose live version satisfies `where` (on `v`), as summaries, newest first. */
async function liveSummaries(db: Kysely<DB>, where: RawBuilder<unknown>): Promise<PublishedItemSummary[]> {
  const { rows } = await sql<PublicRow>`
    select i.id, i.org_id, o.code as org_code, v.title, v.index_no, v.doc_no, v.published_at, v.formed_on, v.doc_type,
           v.validity, v.invalid_on
    from item_version v
    join item i on i.id = v.item_id and i.live_version_no = v.version_no and i.withdrawn_at is null
    join org o on o.id = i.org_id
    where ${where}
    order by v.published_at desc, i.id desc`.execute(db);
  return rows.map(toPublicSummary);
}

// Every item page runs this: prepared once on PGlite (see db/prepared.ts).
const publishedItemStatement = preparedQuery<Row>(
  'portal_published_item',
  `select v.org_id, v.version_no, v.title, v.body_html, v.index_no, v.publisher, v.formed_on, v.changed_on, v.doc_no,
          v.topic, v.disclosure_method, v.doc_type, v.validity, v.effective_on, v.invalid_on, v.interprets_item_id,
          v.column_ids, v.attachments, v.published_at, o.code as org_code, o.name as org_name, i.first_published_at,
          exists (select 1 from item_version iv where iv.interprets_item_id = i.id) as is_interpreted
   from item i
   join item_version v on v.item_id = i.id and v.version_no = i.live_version_no
   join org o on o.id = i.org_id
   where i.id = $1 and i.withdrawn_at is null`,
  ['int'],
);

/**
 * The item as the portal shows it, or undefined when it is not public now (unknown, unpublished or
 * withdrawn). `columnsOf` gives an org's catalogue (the portal keeps it cached) to name the columns.
 */
export async function findPublishedItem(
  db: Kysely<DB>,
  itemId: number,
  columnsOf: (orgId: number) => Promise<ColumnRecord[]>,
): Promise<PublishedItem | undefined> {
  const rows = await publishedItemStatement(db as Kysely<never>, itemId);
  const row = rows[0];
  if (!row) return undefined;
  // Most items have no 政策解读 and explain nothing: then this is the only statement.
  const [interpretations, [interprets]] = await Promise.all([
    row.is_interpreted ? liveSummaries(db, sql`v.interprets_item_id = ${itemId}`) : [],
    row.interprets_item_id === null ? [] : liveSummaries(db, sql`i.id = ${row.interprets_item_id}`),
  ]);
  const columns = (await columnsOf(row.org_id))
    .filter((column) => row.column_ids.includes(column.id))
    .map(({ id, name, code }) => ({ id, name, code }));
  const attachments = (row.attachments as AttachmentInfo[] | null) ?? [];
  return {
    title: row.title,
    publisher: row.publisher,
    formedOn: row.formed_on,
    changedOn: row.changed_on,
    docNo: row.doc_no,
    topic: row.topic,
    disclosureMethod: row.disclosure_method,
    docType: row.doc_type,
    validity: row.validity,
    effectiveOn: row.effective_on,
    invalidOn: row.invalid_on,
    interpretsItemId: row.interprets_item_id,
    id: itemId,
    orgId: row.org_id,
    orgCode: row.org_code,
    orgName: row.org_name,
    versionNo: row.version_no,
    indexNo: row.index_no,
    bodyHtml: row.body_html,
    publishedAt: new Date(row.published_at).toISOString(),
    firstPublishedAt: new Date(row.first_published_at ?? row.published_at).toISOString(),
    columns,
    attachments: attachments.map((a) => ({ ...a, href: `/api/v1/attachments/${a.id}` })),
    interpretations,
    interprets: interprets ?? null,
  };
}
