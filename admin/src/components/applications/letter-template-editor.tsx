import { Alert, App, Button, Drawer, Form, Input, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useRef, useState } from 'react';
import { ApiError, api, request } from '../../api/client.ts';
import { LetterPreview } from './letter-preview.tsx';
import { insertPlaceholder, sourceText } from './letter-templates.ts';
import type { LetterDocument, LetterTemplateEntry } from './types.ts';

const FEE_PAYMENT = 'feePayment';

function templatePath(orgId: number, key: string): string {
  return `/orgs/${orgId}/letter-templates/${encodeURIComponent(key)}`;
}

/** The server's rendering of a letter: the saved wording for `{}`, or the given draft. */
function fetchPreview(orgId: number, key: string, body: unknown): Promise<LetterDocument> {
  return api.post<LetterDocument>(`${templatePath(orgId, key)}/preview`, body, { quiet: true });
}

/** Edit (or, without the right to change it, read) one letter's wording, with a server-rendered preview. */
export function LetterTemplateEditor({
  orgId,
  entry,
  canEdit,
  onClose,
  onChanged,
}: {
  orgId: number;
  entry: LetterTemplateEntry | null;
  canEdit: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [preview, setPreview] = useState<LetterDocument | null>(null);
  const [busy, setBusy] = useState<'save' | 'restore' | 'preview' | null>(null);
  const bodyRef = useRef<TextAreaRef>(null);
  const isFeePayment = entry?.key === FEE_PAYMENT;

  useEffect(() => {
    if (!entry) return;
    const start = entry.own ?? entry.effective ?? entry.standard;
    setTitle(start.title ?? '');
    setBody(start.body);
    setProblems([]);
    setPreview(null);
    void fetchPreview(orgId, entry.key, {}).then(setPreview, () => setPreview(null));
  }, [entry, orgId]);

  if (!entry) return null;
  const current = entry;
  const draft = () => ({ title: isFeePayment ? null : title.trim() || null, body });

  function showProblem(caught: unknown) {
    if (caught instanceof ApiError) {
      setProblems(caught.fields.length > 0 ? caught.fields : [{ field: 'body', message: caught.message }]);
    }
  }

  async function runPreview() {
    setBusy('preview');
    setProblems([]);
    try {
      setPreview(await fetchPreview(orgId, current.key, draft()));
    } catch (caught) {
      showProblem(caught);
    } finally {
      setBusy(null);
    }
  }

  async function save() {
    setBusy('save');
    setProblems([]);
    try {
      await request('PUT', templatePath(orgId, current.key), { body: draft(), quiet: true });
      message.success(`已保存：${current.label}`);
      onChanged();
      onClose();
    } catch (caught) {
      showProblem(caught);
    } finally {
      setBusy(null);
    }
  }

  async function restore() {
    setBusy('restore');
    try {
      await api.delete(templatePath(orgId, current.key));
      message.success('已恢复：不再使用本机关的模板');
      onChanged();
      onClose();
    } catch {
      // the client has already told the user
    } finally {
      setBusy(null);
    }
  }

  function insert(name: string) {
    const area = bodyRef.current?.resizableTextArea?.textArea;
    const start = area?.selectionStart ?? body.length;
    const next = insertPlaceholder(body, name, start, area?.selectionEnd ?? start);
    setBody(next.text);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  }

  const fieldProblem = (field: string) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => p.message)
      .join('；');

  return (
    <Drawer
      title={`文书模板：${current.label}`}
      open
      onClose={onClose}
      size={Math.min(1100, window.innerWidth)}
      extra={
        canEdit && (
          <Space>
            {current.own && (
              <Popconfirm
                title="恢复后使用上级机关的模板或标准措辞，确定吗？"
                okText="恢复"
                cancelText="取消"
                onConfirm={() => void restore()}
              >
                <Button loading={busy === 'restore'}>恢复标准</Button>
              </Popconfirm>
            )}
            <Button onClick={() => void runPreview()} loading={busy === 'preview'}>
              预览
            </Button>
            <Button type="primary" onClick={() => void save()} loading={busy === 'save'}>
              保存
            </Button>
          </Space>
        )
      }
    >
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
        <div style={{ flex: '1 1 460px', minWidth: 0 }}>
          <Typography.Paragraph>
            现在使用：<Tag>{sourceText(current)}</Tag>
          </Typography.Paragraph>
          {!canEdit && (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title="只有本机关的单位管理员可以修改文书模板。" />
          )}
          <Form layout="vertical" disabled={!canEdit}>
            {!isFeePayment && (
              <Form.Item
                label="标题（机关名称下一行，留空用标准标题）"
                htmlFor="template-title"
                validateStatus={fieldProblem('title') ? 'error' : undefined}
                help={fieldProblem('title') || undefined}
              >
                <Input id="template-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={60} />
              </Form.Item>
            )}
            <Form.Item
              label={isFeePayment ? '缴费方式（一段，填入收费通知书“通过以下方式缴纳：”之后）' : '正文（每行一段）'}
              htmlFor="template-body"
              validateStatus={fieldProblem('body') ? 'error' : undefined}
              help={fieldProblem('body') || undefined}
            >
              <Input.TextArea
                id="template-body"
                ref={bodyRef}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                autoSize={{ minRows: isFeePayment ? 3 : 10, maxRows: 24 }}
                style={{ fontFamily: 'FangSong, STFangsong, serif' }}
              />
            </Form.Item>
            <Space wrap style={{ marginBottom: 8 }}>
              <Button size="small" onClick={() => setBody(current.standard.body)}>
                填入标准格式
              </Button>
              {current.effective && (
                <Button size="small" onClick={() => setBody(current.effective?.body ?? '')}>
                  填入现行模板
                </Button>
              )}
            </Space>
          </Form>
          <Typography.Title level={5}>占位符（点击插入到光标处）</Typography.Title>
          <Space size={[4, 8]} wrap>
            {current.placeholders.map((p) => (
              <Tooltip key={p.name} title={p.description}>
                <Button size="small" disabled={!canEdit} onClick={() => insert(p.name)}>
                  {`{{${p.name}}}`} {p.description.split(/[（，：]/)[0]}
                </Button>
              </Tooltip>
            ))}
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            只做原样替换；填充后为空的行不输出。{'{{decision}}'}、{'{{standardBody}}'} 等可能是多段。
            承办人在案件中修改过的答复书正文，以修改后的为准。
          </Typography.Paragraph>
          <details>
            <summary>标准格式</summary>
            <pre style={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>
              {current.standard.title ? `标题：${current.standard.title}\n` : ''}
              {current.standard.body}
            </pre>
          </details>
        </div>
        <div style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Typography.Title level={5}>预览（示例案件，由服务器生成）</Typography.Title>
          {preview ? (
            <LetterPreview document={preview} label="文书预览" />
          ) : (
            <Typography.Text type="secondary">暂无预览</Typography.Text>
          )}
        </div>
      </div>
    </Drawer>
  );
}
