import { App, Button, Form, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import type { OrgNode, Role, User, UserGrant } from '../api/types.ts';
import { useSession } from '../session/session.tsx';
import { OrgTreeSelect } from './org-tree-select.tsx';
import { grantableRoleOptions } from './role-options.ts';

interface GrantForm {
  orgId: number;
  role: Role;
}

interface Props {
  user: User;
  tree: OrgNode[];
  onClose: () => void;
  onChanged: (user: User) => void;
}

/** 角色授权: a user's roles per org; a grant covers the org and everything below it. */
export function UserGrantsModal({ user, tree, onClose, onChanged }: Props) {
  const { message } = App.useApp();
  const { roles } = useSession();
  const [form] = Form.useForm<GrantForm>();
  const [current, setCurrent] = useState(user);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    const fresh = await api.get<User>(`/users/${user.id}`);
    setCurrent(fresh);
    onChanged(fresh);
  };

  const grant = async (values: GrantForm) => {
    setBusy(true);
    try {
      await api.post('/role-grants', { userId: user.id, orgId: values.orgId, role: values.role });
      message.success('已授予角色');
      form.resetFields();
      await refresh();
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (grantRow: UserGrant) => {
    try {
      await api.delete(`/role-grants/${grantRow.id}`);
      message.success(`已撤销“${grantRow.orgName} · ${grantRow.roleLabel}”`);
      await refresh();
    } catch {
      // shown by the client
    }
  };

  return (
    <Modal
      open
      title={`角色授权：${current.displayName}（${current.username}）`}
      footer={<Button onClick={onClose}>关闭</Button>}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Table<UserGrant>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={current.grants}
        locale={{ emptyText: '尚未授予任何角色' }}
        columns={[
          { title: '机构', dataIndex: 'orgName' },
          { title: '角色', dataIndex: 'roleLabel' },
          {
            title: '操作',
            key: 'actions',
            width: 100,
            render: (_value, row) => (
              <Popconfirm
                title={`撤销“${row.orgName} · ${row.roleLabel}”？`}
                okText="撤销"
                cancelText="取消"
                onConfirm={() => revoke(row)}
              >
                <Button type="link" danger size="small">
                  撤销
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        授予新角色
      </Typography.Title>
      <Form<GrantForm> name="grant" form={form} layout="inline" onFinish={grant} aria-label="授予新角色">
        <Form.Item
          label="机构"
          name="orgId"
          rules={[{ required: true, message: '请选择机构' }]}
          style={{ minWidth: 260 }}
        >
          <OrgTreeSelect tree={tree} />
        </Form.Item>
        <Form.Item
          label="角色"
          name="role"
          rules={[{ required: true, message: '请选择角色' }]}
          style={{ minWidth: 180 }}
        >
          <Select options={grantableRoleOptions(roles)} placeholder="选择角色" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            授予
          </Button>
        </Space>
      </Form>
    </Modal>
  );
}
