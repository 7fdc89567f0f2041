import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, List, Popconfirm, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../session/session.tsx';
import { disclosureApi } from './disclosure-api.ts';
import { formatSize } from './disclosure-labels.ts';
import type { AttachmentInfo } from './disclosure-types.ts';

interface Props {
  itemId: number | undefined;
  attachments: AttachmentInfo[];
  isEditable: boolean;
  onChanged: () => void;
}

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.gif,.ofd,.wps,.et';

/** 附件: upload (the server checks type by content, and size), list with type and size, remove from a draft. */
export function AttachmentPanel({ itemId, attachments, isEditable, onChanged }: Props) {
  const { me } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const upload = async (files: FileList | null) => {
    if (!files || itemId === undefined) return;
    setBusy(true);
    const failed: string[] = [];
    for (const file of Array.from(files)) {
      try {
        await disclosureApi.uploadAttachment(itemId, file, me?.csrfToken);
      } catch (error) {
        failed.push(`${file.name}：${error instanceof ApiError ? error.message : '读取文件失败'}`);
      }
    }
    setProblems(failed);
    setBusy(false);
    if (input.current) input.current.value = '';
    onChanged();
  };

  return (
    <div>
      {isEditable && (
        <>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            multiple
            hidden
            aria-hidden="true"
            tabIndex={-1}
            onChange={(e) => void upload(e.target.files)}
          />
          <Button
            icon={<UploadOutlined />}
            loading={busy}
            disabled={itemId === undefined}
            onClick={() => input.current?.click()}
          >
            上传附件
          </Button>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
            {itemId === undefined
              ? '先保存草稿，再上传附件。'
              : 'PDF、Word、Excel 或图片；类型按文件内容识别，Word 和 PDF 的文字可被检索。'}
          </Typography.Paragraph>
        </>
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="以下文件未能上传"
          description={problems.map((p) => <div key={p}>{p}</div>)}
          closable={{ onClose: () => setProblems([]) }}
          style={{ marginBottom: 8 }}
        />
      )}
      <List<AttachmentInfo>
        size="small"
        dataSource={attachments}
        locale={{ emptyText: '暂无附件' }}
        renderItem={(file) => (
          <List.Item
            actions={
              isEditable && itemId !== undefined
                ? [
                    <Popconfirm
                      key="remove"
                      title={`删除附件“${file.fileName}”？`}
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() => disclosureApi.removeAttachment(file.id).then(onChanged, () => undefined)}
                    >
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`删除附件：${file.fileName}`}
                      />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <span>
              <PaperClipOutlined aria-hidden="true" />{' '}
              {itemId !== undefined ? (
                <a href={disclosureApi.attachmentUrl(file.id)} target="_blank" rel="noopener">
                  {file.fileName}
                </a>
              ) : (
                file.fileName
              )}
              <Typography.Text type="secondary">
                {' '}
                （{file.ext.toUpperCase()}，{formatSize(file.sizeBytes)}）
              </Typography.Text>
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
