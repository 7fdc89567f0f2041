import { App, Button, Card, Descriptions, Form, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { ORG_KIND_LABELS, type Org } from '../api/types.ts';
import { Loading } from './loading.tsx';
import { OrgFormFields } from './org-form-fields.tsx';
import { type OrgFormValues, toFormValues, toPatchBody } from './org-payload.ts';

interface Props {
  orgId: number;
  onSaved: (org: Org) => void;
}

/** One org's facts as an edit form; saves only the fields that changed. */
export function OrgDetail({ orgId, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgFormValues>();
  const [org, setOrg] = useState<Org | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    setOrg(null);
    api.get<Org>(`/orgs/${orgId}`).then(
      (loaded) => {
        if (!isCurrent) return;
        setOrg(loaded);
      },
      () => {},
    );
    return () => {
      isCurrent = false;
    };
  }, [orgId]);

  if (!org) return <Loading />;

  const save = async (values: OrgFormValues) => {
    const body = toPatchBody(values, org);
    if (Object.keys(body).length === 0) {
      message.info('没有需要保存的修改');
      return;
    }
    setBusy(true);
    try {
      const saved = await api.patch<Org>(`/orgs/${org.id}`, body);
      setOrg(saved);
      form.setFieldsValue(toFormValues(saved));
      message.success('机构信息已保存');
      onSaved(saved);
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={
        <Space>
          {org.name}
          <Tag>{ORG_KIND_LABELS[org.kind]}</Tag>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'portal', label: '门户网址', children: <a href={`/o/${org.code}/`}>{`/o/${org.code}/`}</a> },
          { key: 'updated', label: '最后修改', children: new Date(org.updatedAt).toLocaleString('zh-CN') },
        ]}
      />
      <Form<OrgFormValues>
        name="org-edit"
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={toFormValues(org)}
        aria-label="机构信息"
      >
        <OrgFormFields isKindLocked />
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            保存
          </Button>
          <Button onClick={() => form.setFieldsValue(toFormValues(org))}>撤销修改</Button>
        </Space>
      </Form>
    </Card>
  );
}
