import { Card, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { disclosureApi } from '../../components/disclosures/disclosure-api.ts';
import type { DeadlineEntry } from '../../components/disclosures/disclosure-types.ts';
import { ItemStateTag } from '../../components/disclosures/item-state-tag.tsx';
import { PublishingOrgSelect } from '../../components/disclosures/publishing-org-select.tsx';
import { usePublishingOrg } from '../../components/disclosures/use-publishing-org.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { StatusTag } from '../../components/status-tag.tsx';

const WINDOWS = [3, 5, 10, 20].map((days) => ({ value: days, label: `${days} 个工作日内到期` }));

/** 时限提醒 (Art. 26): unpublished items close to, or past, 20 working days from their 成文/变更日期. */
export function DeadlinesPage() {
  const { orgs, orgId, setOrgId } = usePublishingOrg();
  const [within, setWithin] = useState(5);
  const [entries, setEntries] = useState<DeadlineEntry[]>([]);
  const [isLoading, setLoading] = useState(true);

  useEffect(() => {
    if (orgId === undefined) return;
    setLoading(true);
    disclosureApi
      .deadlines({ org: orgId, within })
      .then(
        (result) => setEntries(result.items),
        () => setEntries([]),
      )
      .finally(() => setLoading(false));
  }, [orgId, within]);

  return (
    <>
      <PageTitle title="时限提醒" extra={<PublishingOrgSelect orgs={orgs} value={orgId} onChange={setOrgId} />} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Typography.Text>条例第二十六条：信息自形成或者变更之日起 20 个工作日内公开。</Typography.Text>
          <Select<number>
            aria-label="提醒范围"
            value={within}
            onChange={setWithin}
            options={WINDOWS}
            style={{ width: 180 }}
          />
        </Space>
        <Table<DeadlineEntry>
          rowKey={(entry) => entry.item.id}
          loading={isLoading}
          dataSource={entries}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">没有临近时限的信息</Typography.Text> }}
          scroll={{ x: 900 }}
          columns={[
            {
              title: '标题',
              key: 'title',
              render: (_, e) => (
                <Link to={`../items/${e.item.id}`} relative="path">
                  {e.item.title}
                </Link>
              ),
            },
            { title: '状态', key: 'state', width: 130, render: (_, e) => <ItemStateTag state={e.item.state} /> },
            { title: '起算日', key: 'ref', width: 110, render: (_, e) => e.timeliness.referenceDate },
            { title: '最迟公开日', key: 'deadline', width: 110, render: (_, e) => e.timeliness.deadline },
            {
              title: '剩余工作日',
              key: 'left',
              width: 120,
              render: (_, e) =>
                e.timeliness.workingDaysLeft < 0 || e.timeliness.isLate ? (
                  <StatusTag tone="danger">已超期 {Math.abs(e.timeliness.workingDaysLeft)} 天</StatusTag>
                ) : (
                  <StatusTag tone={e.timeliness.workingDaysLeft <= 3 ? 'danger' : 'warning'}>
                    {e.timeliness.workingDaysLeft} 天
                  </StatusTag>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
