import { Card, Empty, Timeline, Typography } from 'antd';
import { eventDetail } from './event-detail.ts';
import type { CaseDetail } from './types.ts';

/** 办理过程: every step in order, who did it and when. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const items = [
    {
      key: 'received',
      color: 'blue',
      children: (
        <>
          <Typography.Text strong>{detail.receivedOn} 收到申请</Typography.Text>
          <div>
            {detail.channelLabel}。{detail.receiptRule}
          </div>
        </>
      ),
    },
    ...detail.events.map((event) => {
      const text = eventDetail(event);
      return {
        key: String(event.seq),
        color: event.type === 'decisionReturned' || event.type === 'sentBack' ? 'red' : 'blue',
        children: (
          <>
            <Typography.Text strong>
              {event.on} {event.label}
            </Typography.Text>
            {event.by && <Typography.Text type="secondary">（{event.by.name}）</Typography.Text>}
            {text && <div>{text}</div>}
          </>
        ),
      };
    }),
  ];
  return (
    <Card title="办理过程" size="small">
      {items.length === 0 ? <Empty /> : <Timeline items={items} />}
    </Card>
  );
}
