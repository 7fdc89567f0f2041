import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { caseColumns } from '../../components/applications/case-columns.tsx';
import {
  CLOCK_FILTER_OPTIONS,
  type ClockFilter,
  parseClockFilter,
} from '../../components/applications/clock-filter.ts';
import { STATE_OPTIONS } from '../../components/applications/labels.ts';
import type { CaseListItem } from '../../components/applications/types.ts';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useOrgTree } from '../../components/use-org-tree.ts';
import { usePagedList } from '../../components/use-paged-list.ts';

type Range = [Dayjs | null, Dayjs | null] | null;

const OPEN_OPTIONS = [
  { value: 'true', label: '未办结' },
  { value: 'false', label: '已办结' },
];

/** 依申请公开: every case the user may see, newest first, with filters and 登记申请. */
export function ApplicationListPage() {
  const navigate = useNavigate();
  const { tree } = useOrgTree();
  const [orgId, setOrgId] = useState<number | undefined>();
  const [state, setState] = useState<string | undefined>();
  const [isOpen, setOpen] = useState<string | undefined>();
  const [params, setParams] = useSearchParams();
  const clock = parseClockFilter(params.get('list'));
  const setClock = (value?: ClockFilter) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('list', value);
        else next.delete('list');
        return next;
      },
      { replace: true },
    );
  const [range, setRange] = useState<Range>(null);
  const [q, setQ] = useState('');
  const filters = {
    orgId,
    state,
    isOpen,
    q,
    receivedFrom: range?.[0]?.format('YYYY-MM-DD'),
    receivedTo: range?.[1]?.format('YYYY-MM-DD'),
    list: clock,
  };
  const list = usePagedList<CaseListItem>('/applications', filters);

  return (
    <>
      <PageTitle
        title="依申请公开"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/applications/new')}>
            登记申请
          </Button>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="筛选申请">
          <Input.Search
            aria-label="搜索案件编号、申请人或申请内容"
            placeholder="案件编号、申请人、申请内容"
            allowClear
            enterButton="搜索"
            onSearch={(value) => setQ(value.trim())}
            style={{ width: 300 }}
          />
          <Select
            aria-label="按状态筛选"
            placeholder="状态"
            allowClear
            options={STATE_OPTIONS}
            value={state}
            onChange={(value?: string) => setState(value)}
            style={{ width: 170 }}
          />
          <Select
            aria-label="按是否办结筛选"
            placeholder="是否办结"
            allowClear
            options={OPEN_OPTIONS}
            value={isOpen}
            onChange={(value?: string) => setOpen(value)}
            style={{ width: 120 }}
          />
          <Select
            aria-label="按答复期限筛选"
            placeholder="看板列表（答复期限）"
            allowClear
            options={CLOCK_FILTER_OPTIONS}
            value={clock}
            onChange={(value?: ClockFilter) => setClock(value)}
            style={{ width: 210 }}
          />
          <DatePicker.RangePicker
            aria-label="按收到日期筛选"
            placeholder={['收到日期起', '收到日期止']}
            value={range}
            onChange={(value) => setRange(value)}
          />
          <OrgTreeSelect
            tree={tree}
            value={orgId}
            onChange={setOrgId}
            placeholder="受理机关"
            ariaLabel="按受理机关筛选"
            style={{ width: 220 }}
          />
        </Space>
        <Table<CaseListItem>
          rowKey="id"
          columns={caseColumns()}
          dataSource={list.data.items}
          loading={list.isLoading}
          pagination={list.pagination}
          scroll={{ x: 1100 }}
        />
      </Card>
    </>
  );
}
