/** Shapes of the gongkai API (/api/v1), as the back office uses them. */

export type Role = 'platform_admin' | 'org_admin' | 'clerk' | 'reviewer' | 'approver' | 'officer';
export type OrgKind = 'government' | 'department' | 'section';

export const ROLE_LABELS: Record<Role, string> = {
  platform_admin: '平台管理员',
  org_admin: '单位管理员',
  clerk: '信息员',
  reviewer: '审核员',
  approver: '负责人',
  officer: '承办人',
};

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  government: '政府',
  department: '部门',
  section: '股室/科室',
};

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface MeGrant {
  id: number;
  orgId: number;
  orgName: string;
  orgCode: string;
  role: Role;
  roleLabel: string;
}

export interface Me {
  id: number;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  grants: MeGrant[];
  csrfToken: string;
}

export interface OrgFields {
  kind: OrgKind;
  name: string;
  shortName: string | null;
  code: string;
  creditCode: string | null;
  disclosureOffice: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  fax: string | null;
  address: string | null;
  postalCode: string | null;
  officeHours: string | null;
}

export interface Org extends OrgFields {
  id: number;
  parentId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrgNode extends Org {
  children: OrgNode[];
}

export interface UserGrant {
  id: number;
  orgId: number;
  orgName: string;
  role: Role;
  roleLabel: string;
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  phone: string | null;
  email: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  grants: UserGrant[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  orgId: number | null;
  orgName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}
