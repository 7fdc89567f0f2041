import { App, Button, InputNumber, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { changedEntries, totals } from './decision-grid-model.ts';
import { registryApi } from './registry-api.ts';
import {
  DECISION_KIND_LABELS,
  DECISION_KINDS,
  type DecisionKind,
  type DecisionMonth,
  type DecisionYear,
} from './registry-types.ts';

interface Props {
  orgId: number;
  data: DecisionYear;
  onSaved: () => void;
}

/** 行政许可、处罚、强制 decisions by month: type the counts, save the changed cells. */
export function DecisionGrid({ orgId, data, onSaved }: Props) {
  const { message } = App.useApp();
  const [months, setMonths] = useState<DecisionMonth[]>(data.months);
  const [busy, setBusy] = useState(false);
  useEffect(() => setMonths(data.months), [data]);
  const changes = changedEntries(data.year, data.months, months);
  const sum = totals(months);

  const set = (month: number, kind: DecisionKind, value: number | null) =>
    setMonths((prev) => prev.map((m) => (m.month === month ? { ...m, [kind]: value ?? 0 } : m)));

  const save = async () => {
    setBusy(true);
    try {
      await registryApi.putDecisions(orgId, changes);
      message.success(`已保存 ${changes.length} 项`);
      onSaved();
    } catch {
      // shown by the client
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Table<DecisionMonth>
        rowKey="month"
        size="small"
        pagination={false}
        dataSource={months}
        scroll={{ x: 560 }}
        columns={[
          { title: '月份', dataIndex: 'month', width: 80, render: (m: number) => `${m}月` },
          ...DECISION_KINDS.map((kind) => ({
            title: `${DECISION_KIND_LABELS[kind]}（件）`,
            key: kind,
            render: (_: unknown, row: DecisionMonth) => (
              <InputNumber
                aria-label={`${data.year}年${row.month}月${DECISION_KIND_LABELS[kind]}`}
                min={0}
                max={10_000_000}
                precision={0}
                value={row[kind]}
                onChange={(v) => set(row.month, kind, v)}
                style={{ width: 120 }}
              />
            ),
          })),
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>合计</Typography.Text>
            </Table.Summary.Cell>
            {DECISION_KINDS.map((kind, i) => (
              <Table.Summary.Cell key={kind} index={i + 1}>
                <Typography.Text strong>{sum[kind]}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
      <div style={{ marginTop: 12, textAlign: 'right' }}>
        <Button type="primary" loading={busy} disabled={changes.length === 0} onClick={() => void save()}>
          {changes.length > 0 ? `保存（${changes.length} 项改动）` : '保存'}
        </Button>
      </div>
    </>
  );
}
