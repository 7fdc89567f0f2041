import { useEffect, useMemo, useState } from 'react';
import { useOrgTree } from '../use-org-tree.ts';
import { disclosureApi } from './disclosure-api.ts';
import { defaultOrgId, type PublishingOrg, publishingOrgs } from './publishing-orgs.ts';

const STORAGE_KEY = 'gongkai.disclosures.org';

function remembered(): number | null {
  try {
    const value = Number(localStorage.getItem(STORAGE_KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * The org whose catalogue, items and registries the 主动公开 screens show. The choice is
 * remembered, so moving between screens keeps the same department.
 */
export function usePublishingOrg() {
  const { tree, isLoading } = useOrgTree();
  const [names, setNames] = useState<Record<number, string>>({});
  const [chosen, setChosen] = useState<number | null>(remembered);
  const orgs: PublishingOrg[] = useMemo(
    () => publishingOrgs(tree).map((o) => ({ ...o, name: o.name ?? names[o.id] ?? null })),
    [tree, names],
  );

  // A clerk who sits in a section sees only the section: its department's name comes from the public catalogue.
  useEffect(() => {
    for (const org of orgs) {
      if (org.name !== null) continue;
      disclosureApi
        .catalogue(org.id, true)
        .then((catalogue) => setNames((prev) => ({ ...prev, [org.id]: catalogue.orgName })))
        .catch(() => setNames((prev) => ({ ...prev, [org.id]: `机构 ${org.id}` })));
    }
  }, [orgs]);

  const orgId = defaultOrgId(orgs, chosen);
  const setOrgId = (id: number) => {
    setChosen(id);
    try {
      localStorage.setItem(STORAGE_KEY, String(id));
    } catch {
      // private mode: the choice lasts for this screen only
    }
  };
  return { orgs, orgId, setOrgId, orgName: orgs.find((o) => o.id === orgId)?.name ?? '', isLoading };
}
