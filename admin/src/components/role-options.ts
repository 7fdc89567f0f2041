import { ROLE_LABELS, type Role } from '../api/types.ts';

/** Roles this user may hand out: only a platform admin grants 平台管理员. */
export function grantableRoleOptions(myRoles: ReadonlySet<Role>): { value: Role; label: string }[] {
  return (Object.keys(ROLE_LABELS) as Role[])
    .filter((role) => role !== 'platform_admin' || myRoles.has('platform_admin'))
    .map((role) => ({ value: role, label: ROLE_LABELS[role] }));
}
