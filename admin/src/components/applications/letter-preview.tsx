import { Typography } from 'antd';
import type { LetterDocument } from './types.ts';

/** A letter as the server composed it, laid out like the printed page (title, number, body, signature). */
export function LetterPreview({ document, label }: { document: LetterDocument; label: string }) {
  return (
    <article
      aria-label={label}
      style={{
        border: '1px solid #d9d9d9',
        padding: '24px 32px',
        background: '#fff',
        fontFamily: 'FangSong, STFangsong, serif',
      }}
    >
      {document.titleLines.map((line) => (
        <Typography.Title key={line} level={4} style={{ textAlign: 'center', margin: 0 }}>
          {line}
        </Typography.Title>
      ))}
      <p style={{ textAlign: 'center' }}>{document.documentNumber}</p>
      <p>{document.addressee}</p>
      {document.paragraphs.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their place
        <p key={index} style={{ textIndent: '2em', lineHeight: 1.9 }}>
          {paragraph}
        </p>
      ))}
      <p style={{ textAlign: 'right', marginTop: 24 }}>{document.signature.orgName}</p>
      {document.signature.sealText && <p style={{ textAlign: 'right' }}>（{document.signature.sealText}）</p>}
      <p style={{ textAlign: 'right' }}>{document.signature.date}</p>
      {document.note && <p style={{ fontSize: 13 }}>{document.note}</p>}
    </article>
  );
}
