// Who may see and work a case: roles on the case's org, or on the section it is assigned to
// (a grant covers the org's subtree).
import type { Kysely } from 'kysely';
import { forbidden } from '../../core/app-error.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { hasRole, visibleOrgPaths } from '../auth/authorize.ts';
import type { Role } from '../auth/roles.ts';

/** May read cases and figures (org admins see personal data masked). */
export const VIEW_ROLES: readonly Role[] = ['org_admin', 'clerk', 'reviewer', 'approver', 'officer'];
/** May register and work cases, and see applicants' personal data in full. */
export const WORK_ROLES: readonly Role[] = ['clerk', 'reviewer', 'approver', 'officer'];
/** May claim a case (签收). */
export const CLAIM_ROLES: readonly Role[] = ['officer', 'approver'];
/** 负责人: approves extensions and decisions. */
export const LEADER_ROLES: readonly Role[] = ['approver'];

export interface CaseScope {
  orgPath: string;
  sectionPath: string | null;
}

export function canOnCase(actor: Actor, scope: CaseScope, roles: readonly Role[]): boolean {
  return (
    hasRole(actor, scope.orgPath, roles) || (scope.sectionPath !== null && hasRole(actor, scope.sectionPath, roles))
  );
}

export function requireOnCase(actor: Actor, scope: CaseScope, roles: readonly Role[], message?: string): void {
  if (!canOnCase(actor, scope, roles)) throw forbidden(message ?? '您无权处理该申请');
}

export interface VisibleOrgs {
  /** Cases of these orgs are visible; undefined = every org (platform administrators). */
  orgIds: number[] | undefined;
  /** Sections granted without their department: cases assigned to them are visible too. */
  sectionIds: number[];
}

/** The orgs whose cases the actor may list with one of `roles`. */
export async function visibleCaseOrgs(db: Kysely<DB>, actor: Actor, roles: readonly Role[]): Promise<VisibleOrgs> {
  const paths = visibleOrgPaths(actor, roles);
  if (paths === undefined) return { orgIds: undefined, sectionIds: [] };
  if (paths.length === 0) return { orgIds: [], sectionIds: [] };
  const rows = await db
    .selectFrom('org')
    .select(['id', 'kind', 'parent_id'])
    .where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))))
    .execute();
  const ids = new Set(rows.map((r) => r.id));
  const sectionIds = rows
    .filter((r) => r.kind === 'section' && (r.parent_id === null || !ids.has(r.parent_id)))
    .map((r) => r.id);
  return { orgIds: rows.filter((r) => r.kind !== 'section').map((r) => r.id), sectionIds };
}
