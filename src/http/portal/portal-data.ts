// The org directory the portal reads on each page: one call to the org service, reshaped for
// public display (sections — 股室 — publish through their department, so they are left out).

import type { OrgService } from '../../features/orgs/org.service.ts';
import type { Org, OrgNode } from '../../features/orgs/org.ts';

export interface OrgPlace {
  org: OrgNode;
  parent: Org | null;
}

export interface PortalDirectory {
  /** Top-level orgs with their public descendants, in display order. */
  roots: OrgNode[];
  /** The platform's host: the first top-level government (its office signs platform pages). */
  host: Org | null;
  /** The public org with this code and its parent. */
  find(code: string): OrgPlace | undefined;
  /** Every public org, depth-first in display order. */
  all(): Org[];
}

/** Drops sections at every level. */
export function publicTree(nodes: OrgNode[]): OrgNode[] {
  return nodes
    .filter((node) => node.kind !== 'section')
    .map((node) => ({ ...node, children: publicTree(node.children) }));
}

function walk(nodes: OrgNode[], parent: Org | null, visit: (node: OrgNode, parent: Org | null) => void): void {
  for (const node of nodes) {
    visit(node, parent);
    walk(node.children, node, visit);
  }
}

export function toDirectory(tree: OrgNode[]): PortalDirectory {
  const roots = publicTree(tree);
  const places = new Map<string, OrgPlace>();
  const ordered: Org[] = [];
  walk(roots, null, (org, parent) => {
    places.set(org.code, { org, parent });
    ordered.push(org);
  });
  return {
    roots,
    host: roots.find((node) => node.kind === 'government') ?? null,
    find: (code) => places.get(code),
    all: () => ordered,
  };
}

export async function loadDirectory(orgs: Pick<OrgService, 'getPublicOrgTree'>): Promise<PortalDirectory> {
  return toDirectory(await orgs.getPublicOrgTree());
}
