import { App, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import type { User } from '../api/types.ts';

interface EditForm {
  displayName: string;
  phone: string | null;
  email: string | null;
  isActive: boolean;
}

interface Props {
  user: User;
  onClose: () => void;
  onSaved: (user: User) => void;
}

const blankToNull = (value: string | null) => (value?.trim() ? value.trim() : null);

export function UserEditModal({ user, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EditForm>();
  const [busy, setBusy] = useState(false);

  const save = async (values: EditForm) => {
    setBusy(true);
    try {
      const saved = await api.patch<User>(`/users/${user.id}`, {
        displayName: values.displayName.trim(),
        phone: blankToNull(values.phone),
        email: blankToNull(values.email),
        isActive: values.isActive,
      });
      message.success('用户信息已保存');
      onSaved(saved);
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`编辑用户：${user.username}`}
      okText="保存"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<EditForm>
        name="user-edit"
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ displayName: user.displayName, phone: user.phone, email: user.email, isActive: user.isActive }}
        aria-label="用户信息"
      >
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="手机号码" name="phone">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label="电子邮箱" name="email" rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="启用账号" name="isActive" valuePropName="checked" tooltip="停用后该用户不能登录">
          <Switch checkedChildren="启用" unCheckedChildren="停用" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
