import { Card, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { PublishingOrgSelect } from '../../components/disclosures/publishing-org-select.tsx';
import { usePublishingOrg } from '../../components/disclosures/use-publishing-org.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { DecisionGrid } from '../../components/registries/decision-grid.tsx';
import { DecisionImport } from '../../components/registries/decision-import.tsx';
import { FeeEditor } from '../../components/registries/fee-editor.tsx';
import { registryApi } from '../../components/registries/registry-api.ts';
import type { DecisionYear, FeeYear } from '../../components/registries/registry-types.ts';
import { YearSelect } from './year-select.tsx';

/** 行政决定与收费: monthly decision counts (typed or imported) and fee income, the sources of table 二. */
export function DecisionsPage() {
  const { orgs, orgId, setOrgId } = usePublishingOrg();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [decisions, setDecisions] = useState<DecisionYear | null>(null);
  const [fees, setFees] = useState<FeeYear | null>(null);

  const load = useCallback(async () => {
    if (orgId === undefined) return;
    const [d, f] = await Promise.allSettled([registryApi.decisions(orgId, year), registryApi.fees(orgId, year)]);
    setDecisions(d.status === 'fulfilled' ? d.value : null);
    setFees(f.status === 'fulfilled' ? f.value : null);
  }, [orgId, year]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageTitle
        title="行政决定与收费"
        extra={
          <Space wrap>
            <PublishingOrgSelect orgs={orgs} value={orgId} onChange={setOrgId} />
            <YearSelect value={year} onChange={setYear} />
          </Space>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title={`${year} 年行政许可、行政处罚、行政强制决定数量`}>
          {orgId !== undefined && <DecisionImport orgId={orgId} onImported={() => void load()} />}
          <div style={{ marginTop: 16 }}>
            {decisions && orgId !== undefined ? (
              <DecisionGrid orgId={orgId} data={decisions} onSaved={() => void load()} />
            ) : (
              <Loading />
            )}
          </div>
        </Card>
        <Card title={`${year} 年行政事业性收费金额`}>
          {fees && orgId !== undefined ? (
            <FeeEditor orgId={orgId} data={fees} onSaved={() => void load()} />
          ) : (
            <Loading />
          )}
        </Card>
      </Space>
    </>
  );
}
