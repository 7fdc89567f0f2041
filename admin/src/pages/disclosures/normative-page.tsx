import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import type { Page } from '../../api/types.ts';
import { options } from '../../components/disclosures/disclosure-labels.ts';
import { PublishingOrgSelect } from '../../components/disclosures/publishing-org-select.tsx';
import { usePublishingOrg } from '../../components/disclosures/use-publishing-org.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { LifeCycleModal } from '../../components/registries/life-cycle-modal.tsx';
import { NormativeFormModal } from '../../components/registries/normative-form-modal.tsx';
import { registryApi } from '../../components/registries/registry-api.ts';
import {
  NORMATIVE_KIND_LABELS,
  NORMATIVE_STATUS_LABELS,
  type NormativeDocument,
  type NormativeKind,
} from '../../components/registries/registry-types.ts';
import { StatusTag } from '../../components/status-tag.tsx';
import { DEFAULT_PAGE_SIZE } from '../../components/use-paged-list.ts';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'event'; doc: NormativeDocument } | null;

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 10 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i}年有变动` }));

/** 规范性文件台账: 规章 and 行政规范性文件 with 制发、修订、废止、失效. */
export function NormativePage() {
  const { message } = App.useApp();
  const { orgs, orgId, setOrgId } = usePublishingOrg();
  const [kind, setKind] = useState<NormativeKind | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<NormativeDocument>>({
    items: [],
    total: 0,
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  });
  const [isLoading, setLoading] = useState(true);
  const [dialog, setDialog] = useState<Dialog>(null);

  const load = useCallback(async () => {
    if (orgId === undefined) return;
    setLoading(true);
    try {
      setData(await registryApi.normativeDocuments(orgId, { kind, year, page, pageSize: DEFAULT_PAGE_SIZE }));
    } catch {
      // shown by the client
    } finally {
      setLoading(false);
    }
  }, [orgId, kind, year, page]);

  useEffect(() => {
    void load();
  }, [load]);

  const saved = (text: string) => {
    setDialog(null);
    message.success(text);
    void load();
  };

  const columns: ColumnsType<NormativeDocument> = [
    { title: '文件名称', dataIndex: 'title' },
    { title: '文号', dataIndex: 'docNo', width: 170, render: (no: string | null) => no ?? '—' },
    { title: '类别', dataIndex: 'kind', width: 130, render: (k: NormativeKind) => NORMATIVE_KIND_LABELS[k] },
    { title: '制发', dataIndex: 'issuedOn', width: 110 },
    {
      title: '修订',
      dataIndex: 'revisedOn',
      width: 120,
      render: (dates: string[]) => (dates.length ? dates.join('、') : '—'),
    },
    { title: '废止/失效', key: 'end', width: 110, render: (_, d) => d.abolishedOn ?? d.expiredOn ?? '—' },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (status: NormativeDocument['status']) => (
        <StatusTag tone={status === 'valid' ? 'ok' : status === 'not_yet_issued' ? 'warning' : 'danger'}>
          {NORMATIVE_STATUS_LABELS[status]}
        </StatusTag>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 210,
      render: (_, doc) => (
        <Space size={0} wrap>
          <Button
            type="link"
            size="small"
            onClick={() => setDialog({ kind: 'event', doc })}
            aria-label={`记录变动：${doc.title}`}
          >
            记录变动
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() => setDialog({ kind: 'edit', doc })}
            aria-label={`编辑：${doc.title}`}
          >
            编辑
          </Button>
          <Popconfirm
            title="删除这条登记？"
            description="登记错误时才删除；文件废止或失效请用“记录变动”。"
            okText="删除"
            cancelText="取消"
            onConfirm={() =>
              registryApi.deleteNormative(doc.id).then(
                () => saved('已删除'),
                () => undefined,
              )
            }
          >
            <Button type="link" size="small" danger aria-label={`删除：${doc.title}`}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title="规范性文件"
        extra={
          <Space wrap>
            <PublishingOrgSelect orgs={orgs} value={orgId} onChange={setOrgId} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              登记文件
            </Button>
          </Space>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="筛选规范性文件">
          <Select<NormativeKind>
            aria-label="按类别筛选"
            placeholder="全部类别"
            allowClear
            value={kind}
            onChange={(k) => {
              setKind(k);
              setPage(1);
            }}
            options={options(NORMATIVE_KIND_LABELS)}
            style={{ width: 170 }}
          />
          <Select<number>
            aria-label="按年度筛选"
            placeholder="全部年度"
            allowClear
            value={year}
            onChange={(y) => {
              setYear(y);
              setPage(1);
            }}
            options={YEARS}
            style={{ width: 160 }}
          />
        </Space>
        <Table<NormativeDocument>
          rowKey="id"
          columns={columns}
          dataSource={data.items}
          loading={isLoading}
          scroll={{ x: 1100 }}
          pagination={{
            current: page,
            pageSize: DEFAULT_PAGE_SIZE,
            total: data.total,
            onChange: setPage,
            showTotal: (total) => `共 ${total} 件`,
          }}
        />
      </Card>
      {orgId !== undefined && (dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <NormativeFormModal
          orgId={orgId}
          doc={dialog.kind === 'edit' ? dialog.doc : undefined}
          onClose={() => setDialog(null)}
          onSaved={() => saved('已保存')}
        />
      )}
      {dialog?.kind === 'event' && (
        <LifeCycleModal doc={dialog.doc} onClose={() => setDialog(null)} onSaved={() => saved('变动已记录')} />
      )}
    </>
  );
}
