import { Alert, App, Button, Card, Form, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { applyFieldErrors } from '../../api/form-errors.ts';
import { disclosureApi } from '../../components/disclosures/disclosure-api.ts';
import { formatDateTime } from '../../components/disclosures/disclosure-labels.ts';
import type { Guide } from '../../components/disclosures/disclosure-types.ts';
import { HtmlEditor } from '../../components/disclosures/html-editor.tsx';
import { PublishingOrgSelect } from '../../components/disclosures/publishing-org-select.tsx';
import { usePublishingOrg } from '../../components/disclosures/use-publishing-org.ts';
import { PageTitle } from '../../components/page-title.tsx';

/** 公开指南: the org's guide, pre-filled from its record until the office edits it. */
export function GuidePage() {
  const { message } = App.useApp();
  const { orgs, orgId, setOrgId } = usePublishingOrg();
  const [guide, setGuide] = useState<Guide | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ bodyHtml: string }>();

  const load = useCallback(async () => {
    if (orgId === undefined) return;
    try {
      const loaded = await disclosureApi.guide(orgId);
      setGuide(loaded);
      form.setFieldsValue({ bodyHtml: loaded.bodyHtml });
    } catch {
      setGuide(null);
    }
  }, [orgId, form]);

  useEffect(() => {
    void load();
  }, [load]);

  const save = async ({ bodyHtml }: { bodyHtml: string }) => {
    if (orgId === undefined) return;
    setBusy(true);
    try {
      const saved = await disclosureApi.putGuide(orgId, bodyHtml);
      setGuide(saved);
      form.setFieldsValue({ bodyHtml: saved.bodyHtml });
      message.success('公开指南已保存');
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="公开指南" extra={<PublishingOrgSelect orgs={orgs} value={orgId} onChange={setOrgId} />} />
      <Card
        title={guide ? `${guide.orgName}政府信息公开指南` : '政府信息公开指南'}
        extra={
          guide && (
            <Typography.Text type="secondary">
              信息更新日期：{formatDateTime(guide.updatedAt).slice(0, 10)}
            </Typography.Text>
          )
        }
      >
        {guide?.isDefault && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="尚未编辑：以下内容根据单位信息（公开机构、地址、办公时间、联系方式）自动生成，保存后在门户网站公开。"
          />
        )}
        <Form form={form} name="guide" layout="vertical" onFinish={save}>
          <Form.Item
            label="指南正文"
            name="bodyHtml"
            rules={[{ required: true, whitespace: true, message: '请填写指南正文' }]}
          >
            <HtmlEditor rows={22} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              保存指南
            </Button>
            <Button onClick={() => void load()}>放弃修改</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
