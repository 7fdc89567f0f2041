import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, List, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, api, request } from '../../api/client.ts';
import { StatusTag } from '../status-tag.tsx';
import { paragraphsToText, textToParagraphs } from './letter-edit.ts';
import { LetterPreview } from './letter-preview.tsx';
import type { CaseDetail, CaseLetter, CaseLetterSummary, LetterKind } from './types.ts';
import { CONFLICT_MESSAGE } from './use-case.ts';

const fileHref = (id: number, kind: LetterKind, format: 'docx' | 'pdf') =>
  `/api/v1/applications/${id}/letters/${kind}/file?format=${format}`;

function LetterTags({ letter }: { letter: CaseLetterSummary }) {
  return (
    <Space size={4}>
      {letter.kind === 'reply' &&
        (letter.isDraft ? (
          <StatusTag tone="warning">草稿（待负责人批准）</StatusTag>
        ) : (
          <StatusTag tone="ok">已批准</StatusTag>
        ))}
      {letter.isEdited && <StatusTag tone="warning">正文已修改</StatusTag>}
    </Space>
  );
}

function Downloads({ id, letter }: { id: number; letter: CaseLetterSummary }) {
  return (
    <Space wrap>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        href={fileHref(id, letter.kind, 'docx')}
        download
        aria-label={`下载 Word：${letter.title}`}
      >
        Word
      </Button>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        href={fileHref(id, letter.kind, 'pdf')}
        download
        aria-label={`下载 PDF：${letter.title}`}
      >
        PDF
      </Button>
    </Space>
  );
}

function EditReplyModal({
  detail,
  letter,
  open,
  onClose,
  onSaved,
}: {
  detail: CaseDetail;
  letter: CaseLetter;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [text, setText] = useState(paragraphsToText(letter.document.paragraphs));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (open) {
      setText(paragraphsToText(letter.document.paragraphs));
      setProblem(null);
    }
  }, [open, letter]);

  async function save(paragraphs: string[] | null) {
    if (paragraphs !== null && paragraphs.length === 0) {
      setProblem('答复书正文不能为空');
      return;
    }
    setSaving(true);
    try {
      await request('PUT', `/applications/${detail.id}/letters/reply/text`, {
        body: { version: detail.version, paragraphs },
        quiet: true,
      });
      message.success(paragraphs === null ? '已恢复标准文本' : '答复书正文已保存');
      onSaved();
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'VERSION_CONFLICT') {
        message.warning(CONFLICT_MESSAGE);
        onSaved();
        onClose();
      } else if (caught instanceof ApiError) {
        setProblem(caught.fields.length > 0 ? caught.fields.map((f) => f.message).join('；') : caught.message);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      title={`修改答复书正文：${detail.caseNumber}`}
      open={open}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        letter.isEdited && (
          <Button key="reset" onClick={() => void save(null)} loading={saving}>
            恢复标准文本
          </Button>
        ),
        <Button key="save" type="primary" onClick={() => void save(textToParagraphs(text))} loading={saving}>
          保存正文
        </Button>,
      ]}
    >
      <Form layout="vertical">
        <Form.Item
          label="答复书正文（每行一段）"
          htmlFor="reply-text"
          validateStatus={problem ? 'error' : undefined}
          help={problem ?? '标题、文号、称谓和落款按办理情况自动生成；批准后不能再修改。'}
        >
          <Input.TextArea
            id="reply-text"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoSize={{ minRows: 8, maxRows: 20 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 文书: the notices the case has sent and its reply, each as Word and PDF; the reply as it will
 * print (a draft until approved), its text editable until the 负责人 approves.
 */
export function ReplyLetterPanel({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const [letters, setLetters] = useState<CaseLetterSummary[]>([]);
  const [reply, setReply] = useState<CaseLetter | null>(null);
  const [editing, setEditing] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version (a step, an edit) means new letters
  useEffect(() => {
    let live = true;
    api.get<{ items: CaseLetterSummary[] }>(`/applications/${detail.id}/letters`, undefined, { quiet: true }).then(
      async ({ items }) => {
        const next = items.some((l) => l.kind === 'reply')
          ? await api.get<CaseLetter>(`/applications/${detail.id}/letters/reply`, undefined, { quiet: true })
          : null;
        if (!live) return;
        setLetters(items);
        setReply(next);
      },
      () => {
        if (live) setLetters([]);
      },
    );
    return () => {
      live = false;
    };
  }, [detail.id, detail.version]);

  if (letters.length === 0) return null;
  return (
    <Card title="答复书和告知书" size="small">
      <List
        size="small"
        dataSource={letters}
        renderItem={(letter) => (
          <List.Item key={letter.kind} actions={[<Downloads key="files" id={detail.id} letter={letter} />]}>
            <Space wrap>
              <span>{letter.title}</span>
              <Typography.Text type="secondary">{letter.date}</Typography.Text>
              <LetterTags letter={letter} />
            </Space>
          </List.Item>
        )}
      />
      {reply && (
        <div style={{ marginTop: 12 }}>
          <Space style={{ marginBottom: 8 }} wrap>
            <Typography.Text strong>答复书</Typography.Text>
            <LetterTags letter={reply} />
            {reply.isEditable && (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                修改正文
              </Button>
            )}
            {reply.isEdited && reply.editedBy && (
              <Typography.Text type="secondary">
                {reply.editedBy.name} 修改于 {new Date(reply.editedAt ?? '').toLocaleString('zh-CN')}
              </Typography.Text>
            )}
          </Space>
          <LetterPreview document={reply.document} label="答复书预览" />
          <EditReplyModal
            detail={detail}
            letter={reply}
            open={editing}
            onClose={() => setEditing(false)}
            onSaved={onChanged}
          />
        </div>
      )}
    </Card>
  );
}
