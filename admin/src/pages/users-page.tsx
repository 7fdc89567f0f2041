import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { InitialPasswordModal } from '../components/initial-password-modal.tsx';
import { OrgTreeSelect } from '../components/org-tree-select.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { useOrgTree } from '../components/use-org-tree.ts';
import { usePagedList } from '../components/use-paged-list.ts';
import { userColumns } from '../components/user-columns.tsx';
import { UserCreateModal } from '../components/user-create-modal.tsx';
import { UserEditModal } from '../components/user-edit-modal.tsx';
import { UserGrantsModal } from '../components/user-grants-modal.tsx';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit' | 'grants'; user: User }
  | { kind: 'password'; username: string; password: string }
  | null;

/** 用户管理: search, filter by org, create, edit, reset passwords, unlock, grant roles. */
export function UsersPage() {
  const { message } = App.useApp();
  const { tree } = useOrgTree();
  const [q, setQ] = useState('');
  const [orgId, setOrgId] = useState<number | undefined>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = usePagedList<User>('/users', { q, orgId });
  const close = () => setDialog(null);

  const columns = userColumns({
    edit: (user) => setDialog({ kind: 'edit', user }),
    grants: (user) => setDialog({ kind: 'grants', user }),
    resetPassword: async (user) => {
      try {
        const { initialPassword } = await api.post<{ initialPassword: string }>(`/users/${user.id}/reset-password`);
        setDialog({ kind: 'password', username: user.username, password: initialPassword });
        void list.reload();
      } catch {
        // shown by the client
      }
    },
    unlock: async (user) => {
      try {
        await api.post(`/users/${user.id}/unlock`);
        message.success(`已解锁 ${user.username}`);
        void list.reload();
      } catch {
        // shown by the client
      }
    },
  });

  return (
    <>
      <PageTitle
        title="用户管理"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            新建用户
          </Button>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="筛选用户">
          <Input.Search
            aria-label="搜索用户名或姓名"
            placeholder="搜索用户名或姓名"
            allowClear
            enterButton="搜索"
            onSearch={(value) => setQ(value.trim())}
            style={{ width: 300 }}
          />
          <OrgTreeSelect
            tree={tree}
            value={orgId}
            onChange={setOrgId}
            placeholder="按机构筛选"
            ariaLabel="按机构筛选"
            style={{ width: 260 }}
          />
        </Space>
        <Table<User>
          rowKey="id"
          columns={columns}
          dataSource={list.data.items}
          loading={list.isLoading}
          pagination={list.pagination}
          scroll={{ x: 1000 }}
        />
      </Card>
      {dialog?.kind === 'create' && (
        <UserCreateModal
          tree={tree}
          onClose={close}
          onCreated={(user, password) => {
            setDialog({ kind: 'password', username: user.username, password });
            void list.reload();
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <UserEditModal
          user={dialog.user}
          onClose={close}
          onSaved={() => {
            close();
            void list.reload();
          }}
        />
      )}
      {dialog?.kind === 'grants' && (
        <UserGrantsModal user={dialog.user} tree={tree} onClose={close} onChanged={() => void list.reload()} />
      )}
      {dialog?.kind === 'password' && (
        <InitialPasswordModal username={dialog.username} password={dialog.password} onClose={close} />
      )}
    </>
  );
}
