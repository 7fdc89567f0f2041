import { Col, Descriptions, Row, Typography } from 'antd';
import { auditTargetLabel } from '../api/audit-labels.ts';
import type { AuditEntry } from '../api/types.ts';

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <section aria-label={title}>
      <Typography.Text strong>{title}</Typography.Text>
      <pre
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable box must take focus so keyboard users can scroll it
        tabIndex={0}
        style={{
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          padding: 12,
          margin: '8px 0 0',
          maxHeight: 360,
          overflow: 'auto',
          fontSize: 12,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {value === null || value === undefined ? '（无）' : JSON.stringify(value, null, 2)}
      </pre>
    </section>
  );
}

/** The expanded row of an audit entry: where it came from, and the record before and after. */
export function AuditDetail({ entry }: { entry: AuditEntry }) {
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'target',
            label: '对象',
            children: auditTargetLabel(entry.targetType, entry.targetId),
          },
          { key: 'ip', label: 'IP 地址', children: entry.ip ?? '—' },
          {
            key: 'request',
            label: '请求编号',
            children: <Typography.Text copyable>{entry.requestId ?? '—'}</Typography.Text>,
          },
        ]}
      />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <JsonBlock title="修改前" value={entry.before} />
        </Col>
        <Col xs={24} md={12}>
          <JsonBlock title="修改后" value={entry.after} />
        </Col>
      </Row>
    </>
  );
}
