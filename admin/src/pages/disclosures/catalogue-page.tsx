import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { CatalogueTable } from '../../components/disclosures/catalogue-table.tsx';
import { ColumnFormModal } from '../../components/disclosures/column-form-modal.tsx';
import { moveColumn } from '../../components/disclosures/column-order.ts';
import { disclosureApi } from '../../components/disclosures/disclosure-api.ts';
import type { Catalogue, ColumnNode } from '../../components/disclosures/disclosure-types.ts';
import { PublishingOrgSelect } from '../../components/disclosures/publishing-org-select.tsx';
import { usePublishingOrg } from '../../components/disclosures/use-publishing-org.ts';
import { PageTitle } from '../../components/page-title.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit'; column: ColumnNode } | null;

function siblingsOf(columns: ColumnNode[], column: ColumnNode): ColumnNode[] {
  if (column.parentId === null) return columns;
  for (const node of columns) {
    if (node.id === column.parentId) return node.children;
    const found = siblingsOf(node.children, column);
    if (found.length > 0) return found;
  }
  return [];
}

/** 目录管理: the org's catalogue (Art. 20 kinds, Art. 21, its own columns), update classes, order. */
export function CataloguePage() {
  const { message } = App.useApp();
  const { orgs, orgId, setOrgId } = usePublishingOrg();
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [isLoading, setLoading] = useState(true);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [includeArt21, setIncludeArt21] = useState(true);

  const load = useCallback(async () => {
    if (orgId === undefined) return;
    setLoading(true);
    try {
      setCatalogue(await disclosureApi.catalogue(orgId));
    } catch {
      setCatalogue(null);
    } finally {
      setLoading(false);
    }
  }, [orgId]);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    await load();
  };

  const columns = catalogue?.columns ?? [];
  return (
    <>
      <PageTitle
        title="目录管理"
        extra={
          <Space wrap>
            <PublishingOrgSelect orgs={orgs} value={orgId} onChange={setOrgId} />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={columns.length === 0}
              onClick={() => setDialog({ kind: 'create' })}
            >
              新增栏目
            </Button>
          </Space>
        }
      />
      <Card>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="公开目录依《政府信息公开条例》第二十条（十五类）、第二十一条（市、县级政府及部门）设置，可增设本单位栏目。“更新类别”决定网站检查时的更新时限：动态/要闻类 2 周，通知公告、政策文件类 6 个月。"
        />
        {!isLoading && columns.length === 0 ? (
          <Empty description="该单位还没有公开目录">
            <Space direction="vertical">
              <Checkbox checked={includeArt21} onChange={(e) => setIncludeArt21(e.target.checked)}>
                包含第二十一条栏目（市、县级政府及其部门）
              </Checkbox>
              <Button
                type="primary"
                onClick={() =>
                  orgId && act(() => disclosureApi.initCatalogue(orgId, includeArt21), '已生成默认公开目录')
                }
              >
                生成默认目录
              </Button>
            </Space>
          </Empty>
        ) : (
          <CatalogueTable
            key={`${orgId}-${isLoading ? 'loading' : 'ready'}`}
            columns={columns}
            isLoading={isLoading}
            onEdit={(column) => setDialog({ kind: 'edit', column })}
            onDelete={(column) => act(() => disclosureApi.deleteColumn(column.id), `已删除栏目“${column.name}”`)}
            onUpdateClass={(column, updateClass) =>
              act(() => disclosureApi.updateColumn(column.id, { updateClass }), `“${column.name}”的更新类别已修改`)
            }
            onMove={(column, direction) =>
              act(async () => {
                for (const change of moveColumn(siblingsOf(columns, column), column.id, direction)) {
                  await disclosureApi.updateColumn(change.id, { sort: change.sort });
                }
              }, '顺序已调整')
            }
          />
        )}
      </Card>
      {dialog && orgId !== undefined && (
        <ColumnFormModal
          orgId={orgId}
          columns={columns}
          column={dialog.kind === 'edit' ? dialog.column : undefined}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            message.success('栏目已保存');
            void load();
          }}
        />
      )}
    </>
  );
}
