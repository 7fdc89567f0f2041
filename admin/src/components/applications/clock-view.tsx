import { Alert, Card, Descriptions, Timeline, Typography } from 'antd';
import { DueCell } from './due-cell.tsx';
import type { CaseDetail, ClockStep, ClockView } from './types.ts';

const STEP_COLORS: Record<string, string> = {
  receipt: 'blue',
  reopened: 'blue',
  correctionRequested: 'orange',
  correctionReceived: 'blue',
  consultationStarted: 'orange',
  consultationEnded: 'blue',
  feeNotified: 'orange',
  feePaid: 'blue',
  extension: 'purple',
  holiday: 'gray',
  makeupWorkday: 'gray',
  due: 'red',
  provisional: 'gold',
  closed: 'green',
};

const STEP_TITLES: Record<string, string> = {
  receipt: '收到申请',
  reopened: '重新打开，重新计算',
  correctionRequested: '补正通知（暂停）',
  correctionReceived: '收到补正，重新计算',
  consultationStarted: '征求意见（不计入）',
  consultationEnded: '征求意见结束',
  feeNotified: '收费通知',
  feePaid: '缴费',
  extension: '延期',
  holiday: '节假日，不计入',
  makeupWorkday: '调休上班日，计入',
  due: '答复期限',
  provisional: '暂定',
  closed: '办结',
};

function stepItem(step: ClockStep, index: number) {
  return {
    key: `${step.kind}-${step.date}-${index}`,
    color: STEP_COLORS[step.kind] ?? 'gray',
    children: (
      <div data-step-kind={step.kind}>
        <Typography.Text strong>{STEP_TITLES[step.kind] ?? step.kind}</Typography.Text>
        <div>{step.label}</div>
      </div>
    ),
  };
}

/** "期限是怎样算出来的": the due date, days left, and every step the server took to get there. */
export function ClockViewCard({ detail, clock }: { detail: CaseDetail; clock: ClockView | null }) {
  return (
    <Card title="答复期限" size="small">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="期限">
          <DueCell clock={detail.clock} isOpen={detail.isOpen} />
        </Descriptions.Item>
        <Descriptions.Item label="计时">{detail.clock.statusLabel}</Descriptions.Item>
        {clock && clock.extensionWorkingDays > 0 && (
          <Descriptions.Item label="延期">{clock.extensionWorkingDays} 个工作日</Descriptions.Item>
        )}
        {clock && clock.excludedWorkingDays > 0 && (
          <Descriptions.Item label="不计入">{clock.excludedWorkingDays} 个工作日</Descriptions.Item>
        )}
        {clock?.closedOn && (
          <Descriptions.Item label="办结">
            {clock.closedOn}
            {clock.isLate ? '（超过期限）' : '（在期限内）'}
          </Descriptions.Item>
        )}
      </Descriptions>
      {clock?.provisional && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`期限暂定：${clock.provisionalYears.join('、')} 年的节假日安排尚未录入，只按周末推算`}
        />
      )}
      <section aria-labelledby="clock-steps-title">
        <Typography.Title level={5} id="clock-steps-title">
          期限是怎样算出来的
        </Typography.Title>
        {clock ? (
          <Timeline items={clock.steps.map(stepItem)} />
        ) : (
          <Typography.Text type="secondary">正在载入…</Typography.Text>
        )}
      </section>
    </Card>
  );
}
