/** Chinese names for audit actions; an action missing here is shown by its code. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.login_failed': '登录失败',
  'auth.change_password': '修改密码',
  'org.create': '新建机构',
  'org.update': '修改机构',
  'user.create': '新建用户',
  'user.create_admin': '创建平台管理员',
  'user.update': '修改用户',
  'user.reset_password': '重置密码',
  'user.unlock': '解锁用户',
  'role_grant.create': '授予角色',
  'role_grant.delete': '撤销角色',
};

export const AUDIT_ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

const TARGET_TYPE_LABELS: Record<string, string> = {
  org: '机构',
  user: '用户',
  role_grant: '角色授权',
  session: '会话',
};

/** "用户 #12": the kind of record an entry is about, and its id. */
export function auditTargetLabel(targetType: string | null, targetId: string | null): string {
  if (!targetType) return '—';
  return `${TARGET_TYPE_LABELS[targetType] ?? targetType} #${targetId ?? ''}`;
}
