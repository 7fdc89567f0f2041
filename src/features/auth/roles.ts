/** Roles are granted per org; a grant covers the org and every org below it. */
export const ROLES = ['platform_admin', 'org_admin', 'clerk', 'reviewer', 'approver', 'officer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  platform_admin: '平台管理员',
  org_admin: '单位管理员',
  clerk: '信息员',
  reviewer: '审核员',
  approver: '负责人',
  officer: '承办人',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
