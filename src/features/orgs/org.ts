import type { OrgKind } from './org.tables.ts';

export type { OrgKind };

export const ORG_KINDS: readonly OrgKind[] = ['government', 'department', 'section'];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  government: '政府',
  department: '部门',
  section: '股室/科室',
};

/** Disclosure-office contact details: they feed the public guide. */
export interface OrgContact {
  shortName: string | null;
  creditCode: string | null;
  disclosureOffice: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  fax: string | null;
  address: string | null;
  postalCode: string | null;
  officeHours: string | null;
}

export interface Org extends OrgContact {
  id: number;
  parentId: number | null;
  kind: OrgKind;
  name: string;
  code: string;
  createdAt: string;
  updatedAt: string;
}

/** An org with its materialised path, as services see it. */
export interface OrgRecord extends Org {
  path: string;
}

export interface OrgNode extends Org {
  children: OrgNode[];
}

export interface OrgInput extends Partial<OrgContact> {
  parentId: number | null;
  kind: OrgKind;
  name: string;
  code: string;
}

export type OrgPatch = Partial<OrgInput>;

/** Why `kind` cannot sit under a parent of `parentKind` (null = a root), or null when it can. */
export function parentKindProblem(kind: OrgKind, parentKind: OrgKind | null): string | null {
  if (kind === 'government') {
    return parentKind === null || parentKind === 'government' ? null : '政府只能作为顶级机构或设在上级政府之下';
  }
  if (kind === 'department') return parentKind === 'government' ? null : '部门的上级必须是政府';
  return parentKind === 'department' ? null : '股室/科室的上级必须是部门';
}

/** The materialised path of a new org: the parent's path plus its own id. */
export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function isInSubtree(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}

export function toOrg(record: OrgRecord): Org {
  const { path: _path, ...org } = record;
  return org;
}

/** Nests orgs by parent; orgs whose parent is not in the list become roots (a user sees part of the tree). */
export function buildOrgTree(records: OrgRecord[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>();
  for (const record of records) nodes.set(record.id, { ...toOrg(record), children: [] });
  const roots: OrgNode[] = [];
  for (const record of records) {
    const node = nodes.get(record.id)!;
    const parent = record.parentId === null ? undefined : nodes.get(record.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
