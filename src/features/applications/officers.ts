// The officer picker of assign/reassign (分派、改派): the people who may handle cases of an org
// (or of one of its sections), for every role that assigns — not only user administrators.
import { sql } from 'kysely';
import { forbidden, notFound } from '../../core/app-error.ts';
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/authorize.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import { CLAIM_ROLES, WORK_ROLES } from './access.ts';
import type { AppContext } from './case-context.ts';
import { checkSection } from './register.ts';

export interface CaseOfficer {
  id: number;
  name: string;
  /** The roles that make the person a handler here: officer (承办人), approver (负责人). */
  roles: string[];
  /** Where the grant is: the org itself (or above it) or a section. */
  grantedAt: { id: number; name: string }[];
}

/**
 * Active users with a handling role (承办人 or 负责人) on the org or above it, or on `sectionId`
 * (a section of the org) — exactly the people assign/reassign accepts. Only for those who
 * may assign the org's cases.
 */
export async function listCaseOfficers(
  ctx: AppContext,
  actor: Actor,
  orgId: number,
  sectionId?: number,
): Promise<CaseOfficer[]> {
  const org = await findOrgById(ctx.db, orgId);
  if (!org) throw notFound('机构不存在');
  const section = sectionId === undefined ? null : await checkSection(ctx.db, org, sectionId);
  const mayAssign =
    hasRole(actor, org.path, WORK_ROLES) || (section !== null && hasRole(actor, section.path, WORK_ROLES));
  if (!mayAssign) throw forbidden('您无权为该机关的申请分派承办人');
  const paths = [org.path, ...(section ? [section.path] : [])];
  const rows = await ctx.db
    .selectFrom('role_grant as g')
    .innerJoin('org as o', 'o.id', 'g.org_id')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.display_name', 'g.role', 'o.id as org_id', 'o.name as org_name'])
    .where('u.is_active', '=', true)
    .where('g.role', 'in', [...CLAIM_ROLES])
    .where((eb) => eb.or(paths.map((path) => sql<boolean>`${path} like o.path || '%'`)))
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  const byUser = new Map<number, CaseOfficer>();
  for (const row of rows) {
    const officer = byUser.get(row.id) ?? { id: row.id, name: row.display_name, roles: [], grantedAt: [] };
    if (!officer.roles.includes(row.role)) officer.roles.push(row.role);
    if (!officer.grantedAt.some((g) => g.id === row.org_id))
      officer.grantedAt.push({ id: row.org_id, name: row.org_name });
    byUser.set(row.id, officer);
  }
  return [...byUser.values()];
}
