import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Space, Tree } from 'antd';
import { useState } from 'react';
import { Loading } from '../components/loading.tsx';
import { OrgCreateModal } from '../components/org-create-modal.tsx';
import { OrgDetail } from '../components/org-detail.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { findOrg, toOrgOptions, useOrgTree } from '../components/use-org-tree.ts';
import { useSession } from '../session/session.tsx';

/** 机构管理: the org tree on the left, the selected org's form on the right. */
export function OrgsPage() {
  const { roles } = useSession();
  const { tree, isLoading, reload } = useOrgTree();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [creating, setCreating] = useState<'child' | 'root' | null>(null);
  const currentId = selectedId ?? tree[0]?.id ?? null;
  const current = currentId === null ? undefined : findOrg(tree, currentId);

  return (
    <>
      <PageTitle
        title="机构管理"
        extra={
          <Space>
            <Button type="primary" icon={<PlusOutlined />} disabled={!current} onClick={() => setCreating('child')}>
              新建下级机构
            </Button>
            {roles.has('platform_admin') && <Button onClick={() => setCreating('root')}>新建顶级机构</Button>}
          </Space>
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={8} xl={6}>
          <Card title="机构树" size="small" style={{ marginBottom: 16 }}>
            {isLoading && tree.length === 0 ? (
              <Loading />
            ) : tree.length === 0 ? (
              <Empty description="暂无可管理的机构" />
            ) : (
              <Tree<ReturnType<typeof toOrgOptions>[number]>
                aria-label="机构树"
                treeData={toOrgOptions(tree)}
                defaultExpandAll
                selectedKeys={currentId === null ? [] : [currentId]}
                onSelect={(keys) => keys.length > 0 && setSelectedId(Number(keys[0]))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={18}>
          {currentId !== null && <OrgDetail key={currentId} orgId={currentId} onSaved={() => void reload()} />}
        </Col>
      </Row>
      {creating && (
        <OrgCreateModal
          parent={creating === 'child' ? (current ?? null) : null}
          onClose={() => setCreating(null)}
          onCreated={(org) => {
            setCreating(null);
            setSelectedId(org.id);
            void reload();
          }}
        />
      )}
    </>
  );
}
