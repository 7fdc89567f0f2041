import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { emptyText } from './empty-text.tsx';
import { ATTACHMENT_KIND_LABELS, optionsOf } from './labels.ts';
import type { CaseAttachment, CaseDetail } from './types.ts';

const MAX_BYTES = 20 * 1024 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('无法读取文件'));
    reader.readAsDataURL(file);
  });
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 附件: scanned letters, drafts, the reply (kind 答复书 is what the applicant may download). */
export function AttachmentsPanel({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const [kind, setKind] = useState('application');
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      message.error('单个附件不能超过 20 MB');
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await readBase64(file);
      await api.post(`/applications/${detail.id}/attachments`, { kind, fileName: file.name, contentBase64 });
      message.success(`已上传 ${file.name}`);
      onChanged();
    } catch {
      // shown by the client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="附件" size="small">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="附件类别"
          value={kind}
          onChange={setKind}
          options={optionsOf(ATTACHMENT_KIND_LABELS)}
          style={{ width: 140 }}
        />
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            上传附件
          </Button>
        </Upload>
      </Space>
      <Table<CaseAttachment>
        size="small"
        rowKey="id"
        pagination={false}
        locale={{ emptyText: emptyText('暂无附件') }}
        dataSource={detail.attachments}
        columns={[
          { title: '类别', dataIndex: 'kindLabel', width: 90 },
          {
            title: '文件',
            dataIndex: 'fileName',
            render: (_: unknown, item) => (
              <a href={`/api/v1/applications/${detail.id}/attachments/${item.id}`} download={item.fileName}>
                {item.fileName}
              </a>
            ),
          },
          { title: '大小', dataIndex: 'sizeBytes', width: 90, render: (value: number) => size(value) },
          { title: '上传人', key: 'by', width: 100, render: (_: unknown, item) => item.uploadedBy?.name ?? '—' },
        ]}
      />
    </Card>
  );
}
