// The orgs a user publishes for: governments and departments in their visible tree; a role on a
// section (股室) works for the section's department, as the server's org-access rule says.
import type { OrgNode } from '../../api/types.ts';

export interface PublishingOrg {
  id: number;
  /** Unknown until looked up when only a section of the department is visible. */
  name: string | null;
  /** Nesting depth in the tree, for indenting the picker. */
  depth: number;
}

export function publishingOrgs(tree: readonly OrgNode[]): PublishingOrg[] {
  const found = new Map<number, PublishingOrg>();
  const visible = new Set<number>();
  const walk = (nodes: readonly OrgNode[], depth: number) => {
    for (const node of nodes) {
      visible.add(node.id);
      if (node.kind !== 'section') found.set(node.id, { id: node.id, name: node.name, depth });
      walk(node.children ?? [], depth + 1);
    }
  };
  walk(tree, 0);
  const sectionParents = (nodes: readonly OrgNode[]) => {
    for (const node of nodes) {
      if (
        node.kind === 'section' &&
        node.parentId !== null &&
        !visible.has(node.parentId) &&
        !found.has(node.parentId)
      ) {
        found.set(node.parentId, { id: node.parentId, name: null, depth: 0 });
      }
      sectionParents(node.children ?? []);
    }
  };
  sectionParents(tree);
  return [...found.values()];
}

/** Departments first for the working staff (they publish most), else the tree's first org. */
export function defaultOrgId(orgs: readonly PublishingOrg[], remembered: number | null): number | undefined {
  if (remembered !== null && orgs.some((o) => o.id === remembered)) return remembered;
  return [...orgs].sort((a, b) => b.depth - a.depth)[0]?.id;
}
