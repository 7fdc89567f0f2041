import { App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import type { Org, OrgKind, OrgNode } from '../api/types.ts';
import { OrgFormFields } from './org-form-fields.tsx';
import { type OrgFormValues, toCreateBody } from './org-payload.ts';

const CHILD_KIND: Record<OrgKind, OrgKind> = { government: 'department', department: 'section', section: 'section' };

interface Props {
  /** The new org's parent; null creates a top-level government. */
  parent: OrgNode | null;
  onClose: () => void;
  onCreated: (org: Org) => void;
}

export function OrgCreateModal({ parent, onClose, onCreated }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgFormValues>();
  const [busy, setBusy] = useState(false);

  const create = async (values: OrgFormValues) => {
    setBusy(true);
    try {
      const org = await api.post<Org>('/orgs', toCreateBody(values, parent?.id ?? null));
      message.success(`已创建机构“${org.name}”`);
      onCreated(org);
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={parent ? '新建下级机构' : '新建顶级机构'}
      width={760}
      okText="创建"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">上级机构：{parent ? parent.name : '无（顶级）'}</Typography.Paragraph>
      <Form<OrgFormValues>
        name="org-create"
        form={form}
        layout="vertical"
        onFinish={create}
        initialValues={{ kind: parent ? CHILD_KIND[parent.kind] : 'government' }}
        aria-label="新机构"
      >
        <OrgFormFields />
      </Form>
    </Modal>
  );
}
