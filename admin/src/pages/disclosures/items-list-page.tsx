import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { disclosureApi } from '../../components/disclosures/disclosure-api.ts';
import { DOC_TYPE_LABELS, formatDateTime } from '../../components/disclosures/disclosure-labels.ts';
import type { ColumnNode, ItemListEntry } from '../../components/disclosures/disclosure-types.ts';
import { ItemFilters, type ItemFilterValues } from '../../components/disclosures/item-filters.tsx';
import { ItemStateTag } from '../../components/disclosures/item-state-tag.tsx';
import { PublishingOrgSelect } from '../../components/disclosures/publishing-org-select.tsx';
import { TimelinessTag } from '../../components/disclosures/timeliness-tag.tsx';
import { usePublishingOrg } from '../../components/disclosures/use-publishing-org.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session/session.tsx';

function columnNames(nodes: ColumnNode[], into = new Map<number, string>()): Map<number, string> {
  for (const node of nodes) {
    into.set(node.id, node.name);
    columnNames(node.children, into);
  }
  return into;
}

/** 信息发布: the org's items, filtered by state, column, year and title. */
export function ItemsListPage() {
  const { roles } = useSession();
  const navigate = useNavigate();
  const { orgs, orgId, setOrgId } = usePublishingOrg();
  const [filters, setFilters] = useState<ItemFilterValues>({});
  const [columns, setColumns] = useState<ColumnNode[]>([]);
  const [nearing, setNearing] = useState(0);
  const list = usePagedList<ItemListEntry>('/items', { org: orgId, ...filters });
  const names = useMemo(() => columnNames(columns), [columns]);

  useEffect(() => {
    if (orgId === undefined) return;
    disclosureApi.catalogue(orgId).then(
      (c) => setColumns(c.columns),
      () => setColumns([]),
    );
    disclosureApi.deadlines({ org: orgId, within: 5 }).then(
      (d) => setNearing(d.items.length),
      () => setNearing(0),
    );
  }, [orgId]);

  const tableColumns: ColumnsType<ItemListEntry> = [
    { title: '标题', dataIndex: 'title', render: (title: string, item) => <Link to={String(item.id)}>{title}</Link> },
    {
      title: '状态',
      dataIndex: 'state',
      width: 150,
      render: (_, item) => <ItemStateTag state={item.state} isPublic={item.isPublic && item.state !== 'published'} />,
    },
    {
      title: '栏目',
      dataIndex: 'columnIds',
      width: 160,
      render: (ids: number[]) => ids.map((id) => names.get(id) ?? id).join('、'),
    },
    {
      title: '类型',
      dataIndex: 'docType',
      width: 100,
      render: (type: ItemListEntry['docType']) => DOC_TYPE_LABELS[type],
    },
    { title: '索引号', dataIndex: 'indexNo', width: 190, render: (no: string | null) => no ?? '—' },
    {
      title: '发布时间',
      dataIndex: 'publishedAt',
      width: 150,
      render: (at: string | null, item) =>
        item.scheduledAt && item.state === 'scheduled'
          ? `定时 ${formatDateTime(item.scheduledAt)}`
          : formatDateTime(at),
    },
    {
      title: '公开时限',
      dataIndex: 'timeliness',
      width: 130,
      render: (timeliness: ItemListEntry['timeliness']) => <TimelinessTag timeliness={timeliness} />,
    },
    { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: formatDateTime },
  ];

  return (
    <>
      <PageTitle
        title="信息发布"
        extra={
          <Space wrap>
            <PublishingOrgSelect orgs={orgs} value={orgId} onChange={setOrgId} />
            {(roles.has('clerk') || roles.has('platform_admin')) && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate(filters.columnId ? `new?column=${filters.columnId}` : 'new')}
              >
                新建信息
              </Button>
            )}
          </Space>
        }
      />
      {nearing > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <span>
              有 {nearing} 条信息距 20 个工作日的公开时限不足 5 个工作日或已超期。
              {/* Underlined: a link inside text must not be told apart by colour alone. */}
              <Link to="../deadlines" relative="path" style={{ textDecoration: 'underline' }}>
                查看时限提醒
              </Link>
            </span>
          }
        />
      )}
      <Card>
        <ItemFilters columns={columns} value={filters} onChange={setFilters} />
        <Table<ItemListEntry>
          rowKey="id"
          columns={tableColumns}
          dataSource={list.data.items}
          loading={list.isLoading}
          pagination={list.pagination}
          scroll={{ x: 1230 }}
        />
      </Card>
    </>
  );
}
