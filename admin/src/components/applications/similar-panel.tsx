import { Alert, App, Button, Card, Form, Input, Modal, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { casePath } from './case-columns.tsx';
import { emptyText } from './empty-text.tsx';
import type { CaseDetail, SimilarCase } from './types.ts';

interface Props {
  detail: CaseDetail;
  onChanged: () => void;
}

/** 相似申请 (Art. 44): others asking for the same information, and 建议转为主动公开. */
export function SimilarPanel({ detail, onChanged }: Props) {
  const { message } = App.useApp();
  const [items, setItems] = useState<SimilarCase[] | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [isProposing, setProposing] = useState(false);
  const [form] = Form.useForm<{ note: string }>();

  useEffect(() => {
    api.get<{ items: SimilarCase[] }>(`/applications/${detail.id}/similar`, undefined, { quiet: true }).then(
      (result) => setItems(result.items),
      () => setItems([]),
    );
  }, [detail.id]);

  const propose = async ({ note }: { note: string }) => {
    try {
      await api.post(`/applications/${detail.id}/propose-disclosure`, { note: note.trim(), relatedCaseIds: selected });
      message.success('已记录主动公开建议');
      setProposing(false);
      onChanged();
    } catch {
      // shown by the client
    }
  };

  const proposal = detail.disclosureProposal;
  return (
    <Card
      title="相似申请（条例第四十四条）"
      size="small"
      extra={
        <Button size="small" onClick={() => setProposing(true)} disabled={proposal !== null}>
          建议转为主动公开
        </Button>
      }
    >
      {proposal && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${proposal.proposedBy.name} 已建议将该信息纳入主动公开范围`}
          description={proposal.note}
        />
      )}
      <Table<SimilarCase>
        size="small"
        rowKey="id"
        pagination={false}
        loading={items === null}
        dataSource={items ?? []}
        locale={{ emptyText: emptyText('没有内容相近的其他申请') }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)) }}
        columns={[
          {
            title: '案件编号',
            dataIndex: 'caseNumber',
            render: (_: unknown, item) => <Link to={casePath(item.id)}>{item.caseNumber}</Link>,
          },
          { title: '收到日期', dataIndex: 'receivedOn', width: 100 },
          { title: '申请内容', dataIndex: 'description', ellipsis: true },
          { title: '结果', key: 'outcome', render: (_: unknown, item) => item.outcomeLabel ?? item.stateLabel },
          { title: '相似度', dataIndex: 'score', width: 70, render: (score: number) => `${Math.round(score * 100)}%` },
        ]}
      />
      {isProposing && (
        <Modal
          open
          title="建议转为主动公开"
          okText="提交建议"
          onOk={() => form.submit()}
          onCancel={() => setProposing(false)}
        >
          <Typography.Paragraph>
            多个申请人就相同政府信息申请公开，且该信息属于可以公开的，可以纳入主动公开的范围（条例第四十四条）。
            {selected.length > 0 && ` 将关联勾选的 ${selected.length} 件相似申请。`}
          </Typography.Paragraph>
          <Form form={form} name="propose-disclosure" layout="vertical" onFinish={propose}>
            <Form.Item
              label="建议说明"
              name="note"
              rules={[{ required: true, whitespace: true, message: '请填写建议说明' }]}
            >
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
