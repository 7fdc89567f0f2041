import { Button, Card, List } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { emptyText } from './empty-text.tsx';
import { ReviewFormModal } from './review-form-modal.tsx';
import type { CaseDetail, ReviewRecord } from './types.ts';

/** 复议诉讼 about this case, and 登记 a new one linked to it. */
export function CaseReviewsCard({ detail }: { detail: CaseDetail }) {
  const [items, setItems] = useState<ReviewRecord[]>([]);
  const [dialog, setDialog] = useState<ReviewRecord | 'new' | null>(null);
  const load = useCallback(async () => {
    try {
      const page = await api.get<Page<ReviewRecord>>(
        '/reviews',
        { applicationId: detail.id, pageSize: 50 },
        { quiet: true },
      );
      setItems(page.items);
    } catch {
      setItems([]);
    }
  }, [detail.id]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Card
      title="行政复议、行政诉讼"
      size="small"
      extra={
        <Button size="small" onClick={() => setDialog('new')}>
          登记
        </Button>
      }
    >
      <List
        size="small"
        locale={{ emptyText: emptyText('本案没有复议或诉讼') }}
        dataSource={items}
        renderItem={(record) => (
          <List.Item
            actions={[
              <Button key="edit" type="link" size="small" onClick={() => setDialog(record)}>
                修改
              </Button>,
            ]}
          >
            {record.routeLabel}：{record.body}（{record.filedOn}）— {record.resultLabel}
          </List.Item>
        )}
      />
      {dialog && (
        <ReviewFormModal
          record={dialog === 'new' ? undefined : dialog}
          applicationId={detail.id}
          caseLabel={detail.caseNumber}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            void load();
          }}
        />
      )}
    </Card>
  );
}
