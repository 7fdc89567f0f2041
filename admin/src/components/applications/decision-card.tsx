import { Card, Descriptions, Table } from 'antd';
import type { CaseDetail, WithheldItem } from './types.ts';

/** The decision as submitted (and approved): the row of table 三, basis, reasons, what was withheld. */
export function DecisionCard({ detail }: { detail: CaseDetail }) {
  const { decision, fee } = detail;
  if (!decision && !fee) return null;
  return (
    <Card title="处理决定" size="small">
      <Descriptions column={1} size="small" bordered>
        {decision && (
          <>
            <Descriptions.Item label="处理结果">{decision.rowLabel}</Descriptions.Item>
            <Descriptions.Item label="法律依据">{decision.legalBasis ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="理由">
              <span style={{ whiteSpace: 'pre-wrap' }}>{decision.reasons ?? '—'}</span>
            </Descriptions.Item>
          </>
        )}
        {fee && <Descriptions.Item label="信息处理费">{`${fee.basisLabel} ${fee.amount} 元`}</Descriptions.Item>}
      </Descriptions>
      {decision && decision.withheld.length > 0 && (
        <Table<WithheldItem>
          style={{ marginTop: 12 }}
          size="small"
          rowKey={(row) => `${row.item}|${row.reason}`}
          pagination={false}
          title={() => '不予公开的内容及理由'}
          columns={[
            { title: '不予公开的内容', dataIndex: 'item' },
            { title: '理由', dataIndex: 'reason' },
          ]}
          dataSource={decision.withheld}
        />
      )}
    </Card>
  );
}
