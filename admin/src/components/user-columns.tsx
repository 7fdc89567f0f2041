import { Button, Popconfirm, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { User } from '../api/types.ts';
import { StatusTag } from './status-tag.tsx';

export interface UserActions {
  edit: (user: User) => void;
  grants: (user: User) => void;
  resetPassword: (user: User) => void;
  unlock: (user: User) => void;
}

export function isLocked(user: User, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—');

function StatusTags({ user }: { user: User }) {
  return (
    <Space size={4} wrap>
      {user.isActive ? <StatusTag tone="ok">启用</StatusTag> : <Tag>停用</Tag>}
      {isLocked(user) && <StatusTag tone="danger">已锁定至 {when(user.lockedUntil)}</StatusTag>}
      {user.mustChangePassword && <StatusTag tone="warning">待修改初始密码</StatusTag>}
    </Space>
  );
}

export function userColumns(actions: UserActions): ColumnsType<User> {
  return [
    { title: '用户名', dataIndex: 'username', width: 140 },
    { title: '姓名', dataIndex: 'displayName', width: 120 },
    {
      title: '角色',
      key: 'grants',
      render: (_value, user) =>
        user.grants.length === 0 ? (
          <span style={{ color: '#8c8c8c' }}>无</span>
        ) : (
          <Space size={4} wrap>
            {user.grants.map((grant) => (
              <Tag key={grant.id}>
                {grant.orgName} · {grant.roleLabel}
              </Tag>
            ))}
          </Space>
        ),
    },
    { title: '状态', key: 'status', width: 200, render: (_value, user) => <StatusTags user={user} /> },
    { title: '最近登录', dataIndex: 'lastLoginAt', width: 170, render: (value: string | null) => when(value) },
    {
      title: '操作',
      key: 'actions',
      width: 250,
      render: (_value, user) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => actions.edit(user)} aria-label={`编辑：${user.username}`}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => actions.grants(user)} aria-label={`角色：${user.username}`}>
            角色
          </Button>
          <Popconfirm
            title={`重置 ${user.username} 的密码？`}
            description="将生成新的初始密码，原密码立即失效。"
            okText="重置"
            cancelText="取消"
            onConfirm={() => actions.resetPassword(user)}
          >
            <Button type="link" size="small" aria-label={`重置密码：${user.username}`}>
              重置密码
            </Button>
          </Popconfirm>
          {isLocked(user) && (
            <Button type="link" size="small" onClick={() => actions.unlock(user)} aria-label={`解锁：${user.username}`}>
              解锁
            </Button>
          )}
        </Space>
      ),
    },
  ];
}
