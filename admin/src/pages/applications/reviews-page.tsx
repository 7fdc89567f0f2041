import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { reviewColumns } from '../../components/applications/review-columns.tsx';
import { ReviewFormModal } from '../../components/applications/review-form-modal.tsx';
import type { ReviewRecord } from '../../components/applications/types.ts';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useOrgTree } from '../../components/use-org-tree.ts';
import { usePagedList } from '../../components/use-paged-list.ts';

type Dialog = { kind: 'create' } | { kind: 'edit'; record: ReviewRecord } | null;

/** 行政复议、行政诉讼: the records behind table 四, each linked to the case it concerns. */
export function ReviewsPage() {
  const { message } = App.useApp();
  const { tree } = useOrgTree();
  const [orgId, setOrgId] = useState<number | undefined>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = usePagedList<ReviewRecord>('/reviews', { orgId });
  const columns = reviewColumns({
    edit: (record) => setDialog({ kind: 'edit', record }),
    remove: async (record) => {
      try {
        await api.delete(`/reviews/${record.id}`);
        message.success('已删除');
        void list.reload();
      } catch {
        // shown by the client
      }
    },
  });
  return (
    <>
      <PageTitle
        title="行政复议、行政诉讼"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            登记复议或诉讼
          </Button>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="筛选复议诉讼">
          <OrgTreeSelect
            tree={tree}
            value={orgId}
            onChange={setOrgId}
            placeholder="按机关筛选"
            ariaLabel="按机关筛选"
            style={{ width: 260 }}
          />
        </Space>
        <Table<ReviewRecord>
          rowKey="id"
          columns={columns}
          dataSource={list.data.items}
          loading={list.isLoading}
          pagination={list.pagination}
          scroll={{ x: 1000 }}
        />
      </Card>
      {dialog && (
        <ReviewFormModal
          record={dialog.kind === 'edit' ? dialog.record : undefined}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            message.success('已保存');
            void list.reload();
          }}
        />
      )}
    </>
  );
}
