import { Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import type { OrgNode, Role, User } from '../api/types.ts';
import { useSession } from '../session/session.tsx';
import { OrgTreeSelect } from './org-tree-select.tsx';
import { grantableRoleOptions } from './role-options.ts';

interface CreateForm {
  username: string;
  displayName: string;
  phone?: string;
  email?: string;
  orgId?: number;
  role?: Role;
}

interface Props {
  tree: OrgNode[];
  onClose: () => void;
  onCreated: (user: User, initialPassword: string) => void;
}

const blankToUndefined = (value?: string) => (value?.trim() ? value.trim() : undefined);

/** 新建用户: the server generates the password; the first role grant can be given here. */
export function UserCreateModal({ tree, onClose, onCreated }: Props) {
  const { roles } = useSession();
  const [form] = Form.useForm<CreateForm>();
  const [busy, setBusy] = useState(false);

  const create = async (values: CreateForm) => {
    setBusy(true);
    try {
      const body = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        phone: blankToUndefined(values.phone),
        email: blankToUndefined(values.email),
        grants: values.orgId && values.role ? [{ orgId: values.orgId, role: values.role }] : [],
      };
      const result = await api.post<{ user: User; initialPassword: string }>('/users', body);
      onCreated(result.user, result.initialPassword);
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title="新建用户"
      okText="创建"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form<CreateForm> name="user-create" form={form} layout="vertical" onFinish={create} aria-label="新用户">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="用户名"
              name="username"
              tooltip="登录用，建议用拼音或工号"
              rules={[
                { required: true, whitespace: true, message: '请填写用户名' },
                {
                  pattern: /^[A-Za-z][A-Za-z0-9._-]{2,31}$/,
                  message: '用户名须以字母开头，由 3–32 位字母、数字、点、下划线或连字符组成（保存为小写）',
                },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="姓名"
              name="displayName"
              rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="手机号码" name="phone">
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="电子邮箱" name="email" rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="所属机构"
              name="orgId"
              dependencies={['role']}
              rules={[
                ({ getFieldValue }) => ({ required: Boolean(getFieldValue('role')), message: '授予角色时请选择机构' }),
              ]}
            >
              <OrgTreeSelect tree={tree} placeholder="授予角色的机构" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="角色"
              name="role"
              dependencies={['orgId']}
              rules={[({ getFieldValue }) => ({ required: Boolean(getFieldValue('orgId')), message: '请选择角色' })]}
            >
              <Select options={grantableRoleOptions(roles)} allowClear placeholder="可稍后再授予" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
