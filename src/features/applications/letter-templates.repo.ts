// SQL of the per-org letter templates (letter_template).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface LetterTemplateRow {
  orgId: number;
  key: string;
  title: string | null;
  body: string;
  updatedAt: Date;
  updatedBy: { id: number; name: string } | null;
}

/** The templates of these orgs (an org and its ancestors). */
export async function findLetterTemplates(db: Kysely<DB>, orgIds: readonly number[]): Promise<LetterTemplateRow[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('letter_template as t')
    .leftJoin('app_user as u', 'u.id', 't.updated_by')
    .select(['t.org_id', 't.key', 't.title', 't.body', 't.updated_at', 't.updated_by', 'u.display_name'])
    .where('t.org_id', 'in', [...orgIds])
    .orderBy('t.org_id')
    .orderBy('t.key')
    .execute();
  return rows.map((r) => ({
    orgId: r.org_id,
    key: r.key,
    title: r.title,
    body: r.body,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by === null ? null : { id: r.updated_by, name: r.display_name ?? '' },
  }));
}

export async function upsertLetterTemplate(
  db: Kysely<DB>,
  row: { orgId: number; key: string; title: string | null; body: string; userId: number; at: Date },
): Promise<void> {
  const values = { title: row.title, body: row.body, updated_by: row.userId, updated_at: row.at };
  await db
    .insertInto('letter_template')
    .values({ org_id: row.orgId, key: row.key, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'key']).doUpdateSet(values))
    .execute();
}

/** Removes an org's own template; true when there was one. */
export async function deleteLetterTemplate(db: Kysely<DB>, orgId: number, key: string): Promise<boolean> {
  const result = await db
    .deleteFrom('letter_template')
    .where('org_id', '=', orgId)
    .where('key', '=', key)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
