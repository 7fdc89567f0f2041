import { Space, Tag, Tooltip, Typography } from 'antd';
import { StatusTag } from '../status-tag.tsx';
import type { ClockSummary } from './types.ts';

/** "剩 5 个工作日", "逾期 2 个工作日", or why the clock is not counting. */
export function daysLeftText(clock: ClockSummary): string {
  if (clock.workingDaysLeft === null) return clock.statusLabel;
  if (clock.isOverdue || clock.workingDaysLeft < 0) return `逾期 ${Math.abs(clock.workingDaysLeft)} 个工作日`;
  if (clock.workingDaysLeft === 0) return '今天到期';
  return `剩 ${clock.workingDaysLeft} 个工作日`;
}

const PROVISIONAL_HELP = '期限跨入尚未录入节假日安排的年份，只按周末推算；录入该年份后自动重新计算';

export function ProvisionalTag() {
  return (
    <Tooltip title={PROVISIONAL_HELP}>
      <Tag color="gold" style={{ color: '#874d00' }} aria-label={`暂定：${PROVISIONAL_HELP}`}>
        暂定
      </Tag>
    </Tooltip>
  );
}

/** The due date with working days left, a 暂定 tag when provisional, red when overdue. */
export function DueCell({ clock, isOpen = true }: { clock: ClockSummary; isOpen?: boolean }) {
  if (!clock.dueOn) return <Typography.Text type="secondary">—</Typography.Text>;
  const tone = clock.isOverdue
    ? 'danger'
    : clock.workingDaysLeft !== null && clock.workingDaysLeft <= 3
      ? 'warning'
      : 'ok';
  return (
    <Space size={4} wrap>
      <span>{clock.dueOn}</span>
      {isOpen && <StatusTag tone={tone}>{daysLeftText(clock)}</StatusTag>}
      {clock.isProvisional && <ProvisionalTag />}
      {isOpen && clock.applicantDueOn && (
        <Typography.Text type="secondary">申请人须于 {clock.applicantDueOn} 前答复</Typography.Text>
      )}
    </Space>
  );
}
