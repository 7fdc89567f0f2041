// Who may act for a publishing org. Items, catalogues and registries belong to a government or a
// department; its sections (股室) do the work, so a role held on one of its sections counts too
// (the demo's 信息员 sits in the 办公室 of 工信局 and drafts for the bureau).
import type { Kysely } from 'kysely';
import { forbidden, notFound } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/authorize.ts';
import type { Role } from '../auth/roles.ts';
import { findOrgByCode, findOrgById } from '../orgs/org.repo.ts';
import type { OrgRecord } from '../orgs/org.ts';

export const STAFF_ROLES: readonly Role[] = ['org_admin', 'clerk', 'reviewer', 'approver', 'officer'];

/** An org by id or by code (`/orgs/fugou-gxj/…` and `/orgs/12/…` both work). */
export async function loadOrg(db: Kysely<DB>, ref: number | string): Promise<OrgRecord> {
  const org =
    typeof ref === 'number' || /^\d+$/.test(ref) ? await findOrgById(db, Number(ref)) : await findOrgByCode(db, ref);
  if (!org) throw notFound('机构不存在');
  return org;
}

/** A government or department: sections publish through their department. */
export async function loadPublishingOrg(db: Kysely<DB>, ref: number | string, field = 'orgId'): Promise<OrgRecord> {
  const org = await loadOrg(db, ref);
  if (org.kind === 'section') throw invalidField(field, `“${org.name}”是股室，请以所属部门的名义公开信息`);
  return org;
}

/** True when the actor holds one of `roles` on the org (or above it), or on one of its sections. */
export async function actsFor(db: Kysely<DB>, actor: Actor, org: OrgRecord, roles: readonly Role[]): Promise<boolean> {
  if (hasRole(actor, org.path, roles)) return true;
  const childGrants = actor.grants.filter((g) => roles.includes(g.role) && isDirectChild(g.orgPath, org.path));
  if (childGrants.length === 0) return false;
  const sections = await db
    .selectFrom('org')
    .select('id')
    .where(
      'id',
      'in',
      childGrants.map((g) => g.orgId),
    )
    .where('kind', '=', 'section')
    .executeTakeFirst();
  return sections !== undefined;
}

export async function requireActsFor(
  db: Kysely<DB>,
  actor: Actor,
  org: OrgRecord,
  roles: readonly Role[],
  message?: string,
): Promise<void> {
  if (!(await actsFor(db, actor, org, roles))) throw forbidden(message ?? `您无权处理“${org.name}”的政府信息公开事务`);
}

/** The roles (of `candidates`) the actor holds for the org, section grants included. */
export async function rolesFor(
  db: Kysely<DB>,
  actor: Actor,
  org: OrgRecord,
  candidates: readonly Role[] = STAFF_ROLES,
): Promise<Set<Role>> {
  const held = new Set<Role>();
  for (const role of candidates) if (await actsFor(db, actor, org, [role])) held.add(role);
  return held;
}

function isDirectChild(childPath: string, parentPath: string): boolean {
  if (!childPath.startsWith(parentPath) || childPath === parentPath) return false;
  return childPath.slice(parentPath.length).split('/').filter(Boolean).length === 1;
}
