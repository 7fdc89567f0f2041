import type { Actor, Grant } from '../auth/actor.ts';
import { hasRole, isPlatformAdmin } from '../auth/authorize.ts';
import type { Role } from '../auth/roles.ts';

/** Org admins see a user who holds any role in their subtree. */
export function canSeeUser(actor: Actor, grants: Grant[]): boolean {
  if (isPlatformAdmin(actor)) return true;
  return grants.some((g) => hasRole(actor, g.orgPath, ['org_admin']));
}

/**
 * Org admins manage (edit, reset, unlock) a user only when every role the user holds lies in
 * their subtree: a department admin must not reset the password of a county-level admin.
 */
export function canManageUser(actor: Actor, grants: Grant[]): boolean {
  if (isPlatformAdmin(actor)) return true;
  if (grants.length === 0) return false;
  return grants.every((g) => g.role !== 'platform_admin' && hasRole(actor, g.orgPath, ['org_admin']));
}

/** Only platform admins grant platform_admin; org admins grant the other roles within their subtree. */
export function canGrantRole(actor: Actor, orgPath: string, role: Role): boolean {
  if (role === 'platform_admin') return isPlatformAdmin(actor);
  return hasRole(actor, orgPath, ['org_admin']);
}

export function isAnyAdmin(actor: Actor): boolean {
  return isPlatformAdmin(actor) || actor.grants.some((g) => g.role === 'org_admin');
}
