import type { Kysely, Selectable } from 'kysely';
import { offsetOf, type PageQuery } from '../../core/page.ts';
import type { DB } from '../../db/schema.ts';
import { escapeLike } from '../audit/audit.repo.ts';
import type { OrgTable } from './org.tables.ts';
import type { OrgInput, OrgPatch, OrgRecord } from './org.ts';

function toRecord(row: Selectable<OrgTable>): OrgRecord {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    name: row.name,
    shortName: row.short_name,
    code: row.code,
    creditCode: row.credit_code,
    disclosureOffice: row.disclosure_office,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    fax: row.fax,
    address: row.address,
    postalCode: row.postal_code,
    officeHours: row.office_hours,
    path: row.path,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Column values for the fields present in `input` (absent fields are left alone). */
function columns(input: OrgPatch) {
  const has = (key: keyof OrgPatch) => Object.hasOwn(input, key);
  return {
    ...(has('parentId') ? { parent_id: input.parentId ?? null } : {}),
    ...(has('kind') && input.kind ? { kind: input.kind } : {}),
    ...(has('name') && input.name ? { name: input.name } : {}),
    ...(has('code') && input.code ? { code: input.code } : {}),
    ...(has('shortName') ? { short_name: input.shortName ?? null } : {}),
    ...(has('creditCode') ? { credit_code: input.creditCode ?? null } : {}),
    ...(has('disclosureOffice') ? { disclosure_office: input.disclosureOffice ?? null } : {}),
    ...(has('contactPhone') ? { contact_phone: input.contactPhone ?? null } : {}),
    ...(has('contactEmail') ? { contact_email: input.contactEmail ?? null } : {}),
    ...(has('fax') ? { fax: input.fax ?? null } : {}),
    ...(has('address') ? { address: input.address ?? null } : {}),
    ...(has('postalCode') ? { postal_code: input.postalCode ?? null } : {}),
    ...(has('officeHours') ? { office_hours: input.officeHours ?? null } : {}),
  };
}

export async function findOrgById(db: Kysely<DB>, id: number): Promise<OrgRecord | undefined> {
  const row = await db.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export async function findOrgByCode(db: Kysely<DB>, code: string): Promise<OrgRecord | undefined> {
  const row = await db.selectFrom('org').selectAll().where('code', '=', code).executeTakeFirst();
  return row && toRecord(row);
}

/** The org holding this code or credit code, other than `exceptId`. */
export async function findOrgClash(
  db: Kysely<DB>,
  field: 'code' | 'credit_code',
  value: string,
  exceptId?: number,
): Promise<OrgRecord | undefined> {
  let query = db.selectFrom('org').selectAll().where(field, '=', value);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  const row = await query.executeTakeFirst();
  return row && toRecord(row);
}

export async function insertOrg(
  db: Kysely<DB>,
  input: OrgInput,
  parentPath: string | null,
  now: Date,
): Promise<OrgRecord> {
  const inserted = await db
    .insertInto('org')
    .values({
      ...columns(input),
      kind: input.kind,
      name: input.name,
      code: input.code,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await db
    .updateTable('org')
    .set({ path: `${parentPath ?? '/'}${inserted.id}/` })
    .where('id', '=', inserted.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function updateOrgRow(db: Kysely<DB>, id: number, patch: OrgPatch, now: Date): Promise<OrgRecord> {
  const row = await db
    .updateTable('org')
    .set({ ...columns(patch), updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** Rewrites the path prefix of an org and everything below it (a move). */
export async function movePaths(db: Kysely<DB>, oldPrefix: string, newPrefix: string): Promise<void> {
  const rows = await db.selectFrom('org').select(['id', 'path']).where('path', 'like', `${oldPrefix}%`).execute();
  for (const row of rows) {
    await db
      .updateTable('org')
      .set({ path: newPrefix + row.path.slice(oldPrefix.length) })
      .where('id', '=', row.id)
      .execute();
  }
}

export async function countChildren(db: Kysely<DB>, id: number): Promise<{ kind: string; n: number }[]> {
  const rows = await db
    .selectFrom('org')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('parent_id', '=', id)
    .groupBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, n: Number(r.n) }));
}

export interface OrgListQuery {
  /** Only orgs under one of these paths (undefined = all). */
  paths?: string[];
  parentId?: number;
  q?: string;
}

export async function findOrgs(
  db: Kysely<DB>,
  query: OrgListQuery,
  page?: PageQuery,
): Promise<{ items: OrgRecord[]; total: number }> {
  const { paths } = query;
  if (paths && paths.length === 0) return { items: [], total: 0 };
  let base = db.selectFrom('org');
  if (paths) base = base.where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))));
  if (query.parentId !== undefined) base = base.where('parent_id', '=', query.parentId);
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    base = base.where((eb) =>
      eb.or([eb('name', 'ilike', like), eb('short_name', 'ilike', like), eb('code', 'ilike', like)]),
    );
  }
  let rowsQuery = base.selectAll().orderBy('sort_order').orderBy('id');
  if (page) rowsQuery = rowsQuery.limit(page.pageSize).offset(offsetOf(page));
  const rows = await rowsQuery.execute();
  const total = page
    ? Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    : rows.length;
  return { items: rows.map(toRecord), total };
}

export async function countOrgs(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('org')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findFirstRootOrg(db: Kysely<DB>): Promise<OrgRecord | undefined> {
  const row = await db.selectFrom('org').selectAll().where('parent_id', 'is', null).orderBy('id').executeTakeFirst();
  return row && toRecord(row);
}
