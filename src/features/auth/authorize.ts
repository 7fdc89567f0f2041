import { AppError } from '../../core/app-error.ts';
import type { Actor } from './actor.ts';
import type { Role } from './roles.ts';

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'platform_admin');
}

/** True when the actor holds one of `roles` on the org at `orgPath` or an ancestor (platform admins hold all). */
export function hasRole(actor: Actor, orgPath: string, roles: readonly Role[]): boolean {
  return actor.grants.some(
    (g) => g.role === 'platform_admin' || (roles.includes(g.role) && orgPath.startsWith(g.orgPath)),
  );
}

export function requireRole(actor: Actor, orgPath: string, roles: readonly Role[]): void {
  if (!hasRole(actor, orgPath, roles)) throw new AppError('FORBIDDEN');
}

export function requirePlatformAdmin(actor: Actor): void {
  if (!isPlatformAdmin(actor)) throw new AppError('FORBIDDEN', '仅平台管理员可执行此操作');
}

/** Paths of the org subtrees the actor may see with one of `roles` (undefined = everything). */
export function visibleOrgPaths(actor: Actor, roles: readonly Role[]): string[] | undefined {
  if (isPlatformAdmin(actor)) return undefined;
  return actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.orgPath);
}
