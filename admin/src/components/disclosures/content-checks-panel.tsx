import { Typography } from 'antd';
import { useId } from 'react';
import { StatusTag } from '../status-tag.tsx';
import { FINDING_KIND_LABELS, findingCounts } from './content-checks.ts';
import type { ContentFinding } from './disclosure-types.ts';

/** The context with the finding marked (the first occurrence; the context is built around it). */
function Marked({ finding }: { finding: ContentFinding }) {
  const at = finding.context.indexOf(finding.text);
  if (at < 0) return <span>{finding.context}</span>;
  return (
    <span>
      {finding.context.slice(0, at)}
      <mark style={{ background: '#fff1b8', color: 'inherit', padding: '0 1px' }}>{finding.text}</mark>
      {finding.context.slice(at + finding.text.length)}
    </span>
  );
}

/** 内容检查: sensitive words, typos and personal data found in the title, body and attachments. */
export function ContentChecksPanel({
  findings,
  headingLevel = 3,
}: {
  findings: ContentFinding[];
  headingLevel?: 3 | 4;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={headingLevel} id={headingId} style={{ fontSize: 16, marginTop: 0 }}>
        内容检查
      </Typography.Title>
      {findings.length === 0 ? (
        <Typography.Text type="secondary">未发现敏感词、错别字或身份证号码、手机号码、银行卡号。</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            发现 {findingCounts(findings)}，请逐条核实：
          </Typography.Paragraph>
          <ul aria-label="内容检查发现" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {findings.map((f) => (
              <li key={`${f.field}-${f.kind}-${f.start}`} style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0' }}>
                <StatusTag tone={f.kind === 'typo' ? 'warning' : 'danger'}>{FINDING_KIND_LABELS[f.kind]}</StatusTag>
                <Typography.Text type="secondary" style={{ marginLeft: 4 }}>
                  {f.fieldLabel}
                  {f.category ? `（${f.category}）` : ''}
                </Typography.Text>
                <div style={{ marginTop: 4 }}>
                  <Marked finding={f} />
                </div>
                <div style={{ marginTop: 2 }}>建议：{f.suggestion}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
