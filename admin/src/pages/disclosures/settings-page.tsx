import { Alert, App, Button, Card, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_INDEX_NO_PATTERN } from '../../../../src/features/disclosures/index-no.ts';
import { applyFieldErrors } from '../../api/form-errors.ts';
import { disclosureApi } from '../../components/disclosures/disclosure-api.ts';
import type { DisclosureSettings, ShippedSensitiveWord } from '../../components/disclosures/disclosure-types.ts';
import { ExtraWordsTable } from '../../components/disclosures/extra-words-table.tsx';
import { PublishingOrgSelect } from '../../components/disclosures/publishing-org-select.tsx';
import {
  INDEX_NO_PLACEHOLDERS,
  type SettingsFormValues,
  settingsPatch,
  toFormValues,
} from '../../components/disclosures/settings-form.ts';
import { usePublishingOrg } from '../../components/disclosures/use-publishing-org.ts';
import { PageTitle } from '../../components/page-title.tsx';

/** 公开设置: an org's 索引号 pattern, withdrawal notice and sensitive words (org admins). */
export function SettingsPage() {
  const { message } = App.useApp();
  const { orgs, orgId, setOrgId, orgName } = usePublishingOrg();
  const [settings, setSettings] = useState<DisclosureSettings | null>(null);
  const [shipped, setShipped] = useState<ShippedSensitiveWord[]>([]);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<SettingsFormValues>();

  const load = useCallback(async () => {
    if (orgId === undefined) return;
    try {
      const loaded = await disclosureApi.settings(orgId);
      setSettings(loaded);
      form.resetFields();
      form.setFieldsValue(toFormValues(loaded));
    } catch {
      setSettings(null);
    }
  }, [orgId, form]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    disclosureApi
      .shippedSensitiveWords()
      .then((list) => setShipped(list.items))
      .catch(() => setShipped([]));
  }, []);

  // Words switched off earlier but no longer shipped stay choosable, so saving does not drop them silently.
  const disabledOptions = useMemo(() => {
    const known = new Set(shipped.map((w) => w.word));
    const stale = (settings?.disabledSensitiveWords ?? []).filter((w) => !known.has(w));
    return [
      ...shipped.map((w) => ({
        value: w.word,
        label: `${w.word}（${w.categoryLabel}）`,
        title: w.suggestion.replaceAll('{match}', w.word),
      })),
      ...stale.map((w) => ({ value: w, label: `${w}（已不在内置词表中）`, title: w })),
    ];
  }, [shipped, settings]);

  const save = async (values: SettingsFormValues) => {
    if (orgId === undefined || !settings) return;
    const patch = settingsPatch(settings, values);
    if (Object.keys(patch).length === 0) {
      message.info('没有需要保存的修改');
      return;
    }
    setBusy(true);
    try {
      const saved = await disclosureApi.updateSettings(orgId, patch);
      setSettings(saved);
      form.setFieldsValue(toFormValues(saved));
      message.success('公开设置已保存');
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="公开设置" extra={<PublishingOrgSelect orgs={orgs} value={orgId} onChange={setOrgId} />} />
      <Card title={orgName ? `${orgName}主动公开设置` : '主动公开设置'}>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="本单位未单独设置的项沿用上级机构的设置（都未设置时用系统默认值），并由下级机构沿用。保存时只写入您修改过的项。"
        />
        <Form form={form} name="disclosure-settings" layout="vertical" onFinish={save} disabled={!settings}>
          <Form.Item
            label="索引号规则"
            name="indexNoPattern"
            rules={[{ required: true, whitespace: true, message: '请填写索引号规则' }]}
            extra={
              <div>
                <div>
                  可用占位符：
                  {INDEX_NO_PLACEHOLDERS.map((p) => (
                    <span key={p.token} style={{ marginRight: 12 }}>
                      <Typography.Text code>{p.token}</Typography.Text>
                      {p.meaning}
                    </span>
                  ))}
                </div>
                <div>
                  须含 {'{org}'} 或 {'{credit}'} 之一和恰好一个顺序号；其余只能用字母、数字和 - / . _ 分隔，不超过 80
                  个字符。新规则只用于之后发布的信息，已发布信息的索引号不变。
                </div>
              </div>
            }
          >
            <Input style={{ maxWidth: 480 }} maxLength={80} placeholder={DEFAULT_INDEX_NO_PATTERN} />
          </Form.Item>
          <Form.Item
            label="撤回时保留公告"
            name="withdrawalNotice"
            valuePropName="checked"
            extra="开启后，撤回的信息在原网址保留撤回说明；撤回时仍可逐条选择。"
          >
            <Switch checkedChildren="保留" unCheckedChildren="不保留" />
          </Form.Item>
          <Form.Item label="自定义敏感词" extra="本单位及下级机构的信息在审核时按内置词表和这些词一起检查。">
            <ExtraWordsTable />
          </Form.Item>
          <Form.Item
            label="停用的内置敏感词"
            name="disabledSensitiveWords"
            extra="选中的内置敏感词不再检查。鼠标停在选项上可看到该词的修改建议。"
          >
            <Select
              mode="multiple"
              allowClear
              aria-label="停用的内置敏感词"
              placeholder="从内置词表中选择要停用的词"
              options={disabledOptions}
              // Search the word itself: the category labels (e.g. 测试内容) would match other words.
              showSearch={{ optionFilterProp: 'value' }}
              style={{ maxWidth: 640 }}
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              保存设置
            </Button>
            <Button onClick={() => void load()}>放弃修改</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
