import { Card, DatePicker, Input, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { AUDIT_ACTION_OPTIONS, auditActionLabel, auditTargetLabel } from '../api/audit-labels.ts';
import type { AuditEntry } from '../api/types.ts';
import { AuditDetail } from '../components/audit-detail.tsx';
import { OrgTreeSelect } from '../components/org-tree-select.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { useOrgTree } from '../components/use-org-tree.ts';
import { usePagedList } from '../components/use-paged-list.ts';
import { UserPicker } from '../components/user-picker.tsx';

type Range = [Dayjs | null, Dayjs | null] | null;

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** 审计日志: read-only, newest first, filtered by org, actor, action and date. */
export function AuditPage() {
  const { tree } = useOrgTree();
  const [orgId, setOrgId] = useState<number | undefined>();
  const [actorId, setActorId] = useState<number | undefined>();
  const [action, setAction] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [range, setRange] = useState<Range>(null);
  const list = usePagedList<AuditEntry>('/audit', {
    orgId,
    actorId,
    action,
    q,
    // Whole days in Beijing time; the server counts `to` through the end of that day.
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  });

  return (
    <>
      <PageTitle title="审计日志" />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="筛选审计日志">
          <OrgTreeSelect
            tree={tree}
            value={orgId}
            onChange={setOrgId}
            placeholder="机构"
            ariaLabel="按机构筛选"
            style={{ width: 220 }}
          />
          <UserPicker value={actorId} onChange={setActorId} placeholder="操作人" ariaLabel="按操作人筛选" />
          <Select
            aria-label="按动作筛选"
            placeholder="动作"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={AUDIT_ACTION_OPTIONS}
            value={action}
            onChange={(value?: string) => setAction(value)}
            style={{ width: 180 }}
          />
          <DatePicker.RangePicker
            aria-label="按日期筛选"
            value={range}
            onChange={(value) => setRange(value)}
            placeholder={['开始日期', '结束日期']}
          />
          <Input.Search
            aria-label="关键词"
            placeholder="操作人、动作或对象编号"
            allowClear
            onSearch={(value) => setQ(value.trim())}
            style={{ width: 240 }}
          />
        </Space>
        <Table<AuditEntry>
          rowKey="id"
          dataSource={list.data.items}
          loading={list.isLoading}
          pagination={list.pagination}
          scroll={{ x: 900 }}
          expandable={{ expandedRowRender: (entry) => <AuditDetail entry={entry} /> }}
          columns={[
            { title: '时间', dataIndex: 'at', width: 180, render: when },
            { title: '操作人', dataIndex: 'actorName', width: 140, render: (name: string | null) => name ?? '系统' },
            { title: '机构', dataIndex: 'orgName', render: (name: string | null) => name ?? '—' },
            {
              title: '动作',
              dataIndex: 'action',
              width: 180,
              render: (value: string) => (
                <Tag color="blue" title={value}>
                  {auditActionLabel(value)}
                </Tag>
              ),
            },
            {
              title: '对象',
              key: 'target',
              render: (_value, entry) => auditTargetLabel(entry.targetType, entry.targetId),
            },
            { title: 'IP 地址', dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
