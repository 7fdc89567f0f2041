import { Button, Card, Form, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { emptyText } from './empty-text.tsx';
import type { CaseDetail } from './types.ts';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** 内部备注: visible to staff only, never to the applicant. */
export function NotesPanel({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const [form] = Form.useForm<{ body: string }>();
  const [busy, setBusy] = useState(false);
  const add = async ({ body }: { body: string }) => {
    setBusy(true);
    try {
      await api.post(`/applications/${detail.id}/notes`, { body: body.trim() });
      form.resetFields();
      onChanged();
    } catch {
      // shown by the client
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="内部备注" size="small">
      <List
        size="small"
        locale={{ emptyText: emptyText('暂无备注') }}
        dataSource={detail.notes}
        renderItem={(note) => (
          <List.Item>
            <div>
              <div style={{ whiteSpace: 'pre-wrap' }}>{note.body}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {note.author?.name ?? '—'} · {when(note.createdAt)}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
      <Form form={form} name="case-note" layout="vertical" onFinish={add} style={{ marginTop: 12 }}>
        <Form.Item label="新备注" name="body" rules={[{ required: true, whitespace: true, message: '请填写备注内容' }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          添加备注
        </Button>
      </Form>
    </Card>
  );
}
