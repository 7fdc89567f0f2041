import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { OrgNode } from '../api/types.ts';

export interface OrgOption {
  title: string;
  value: number;
  key: number;
  children: OrgOption[];
}

/** The orgs this user can see, as a tree (the server filters by the user's grants). */
export function useOrgTree() {
  const [tree, setTree] = useState<OrgNode[]>([]);
  const [isLoading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setTree((await api.get<{ items: OrgNode[] }>('/orgs/tree')).items);
    } catch {
      // the client has already told the user
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { tree, isLoading, reload };
}

/** Tree data for antd Tree / TreeSelect. */
export function toOrgOptions(nodes: OrgNode[]): OrgOption[] {
  return nodes.map((node) => ({
    title: node.name,
    value: node.id,
    key: node.id,
    children: toOrgOptions(node.children ?? []),
  }));
}

export function findOrg(nodes: OrgNode[], id: number): OrgNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findOrg(node.children ?? [], id);
    if (found) return found;
  }
  return undefined;
}
