import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { StatusTag } from '../status-tag.tsx';
import { type LetterDownload, loadLetterDownloads } from './letter-downloads.ts';
import { composeReplyPreview } from './letter-preview.ts';
import type { CaseDetail, ReplyLetter } from './types.ts';

const FORMAT_LABELS = { docx: '下载 Word（DOCX）', pdf: '下载 PDF' } as const;

/** 答复书: the letter as it will print (a draft until approved) and its DOCX/PDF when offered. */
export function ReplyLetterPanel({ detail }: { detail: CaseDetail }) {
  const [letter, setLetter] = useState<ReplyLetter | null>(null);
  const [downloads, setDownloads] = useState<LetterDownload[]>([]);
  const hasDecision = detail.decision !== null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version (decision edited, approved) means a new letter
  useEffect(() => {
    if (!hasDecision) return;
    api
      .get<ReplyLetter>(`/applications/${detail.id}/reply-letter`, undefined, { quiet: true })
      .then(setLetter, () => setLetter(null));
    void loadLetterDownloads().then(setDownloads);
  }, [detail.id, hasDecision, detail.version]);

  if (!hasDecision) return null;
  const preview = letter ? composeReplyPreview(letter, detail) : null;
  return (
    <Card
      title="答复书"
      size="small"
      extra={
        letter &&
        (letter.isDraft ? (
          <StatusTag tone="warning">草稿（待负责人批准）</StatusTag>
        ) : (
          <StatusTag tone="ok">已批准</StatusTag>
        ))
      }
    >
      {downloads.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }}>
          {downloads.map((download) => (
            <Button
              key={download.format}
              icon={<DownloadOutlined />}
              href={download.template.replace('{id}', String(detail.id))}
              download
            >
              {FORMAT_LABELS[download.format]}
            </Button>
          ))}
        </Space>
      )}
      {typeof preview === 'string' && <Alert type="warning" showIcon message={preview} />}
      {preview && typeof preview !== 'string' && (
        <article
          aria-label="答复书预览"
          style={{
            border: '1px solid #d9d9d9',
            padding: '24px 32px',
            background: '#fff',
            fontFamily: 'FangSong, STFangsong, serif',
          }}
        >
          {preview.titleLines.map((line) => (
            <Typography.Title key={line} level={4} style={{ textAlign: 'center', margin: 0 }}>
              {line}
            </Typography.Title>
          ))}
          <p style={{ textAlign: 'center' }}>{preview.documentNumber}</p>
          <p>{preview.addressee}</p>
          {preview.paragraphs.map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their place
            <p key={index} style={{ textIndent: '2em', lineHeight: 1.9 }}>
              {paragraph}
            </p>
          ))}
          <p style={{ textAlign: 'right', marginTop: 24 }}>{preview.signature.orgName}</p>
          <p style={{ textAlign: 'right' }}>{preview.signature.date}</p>
          {preview.note && <p style={{ fontSize: 13 }}>{preview.note}</p>}
        </article>
      )}
    </Card>
  );
}
