import { Typography } from 'antd';
import { StatusTag } from '../status-tag.tsx';
import type { Timeliness } from './disclosure-types.ts';

/** Art. 26: 20 working days from 成文/变更日期; late, close, or on time. */
export function TimelinessInfo({ timeliness, isPublished }: { timeliness: Timeliness | null; isPublished: boolean }) {
  if (!timeliness) return <Typography.Text type="secondary">未填写成文日期，不计算公开时限。</Typography.Text>;
  const { referenceDate, deadline, workingDaysElapsed, workingDaysLeft, isLate, provisional } = timeliness;
  const tag = isLate ? (
    <StatusTag tone="danger">{isPublished ? '逾期公开' : '已超期'}</StatusTag>
  ) : workingDaysLeft <= 5 && !isPublished ? (
    <StatusTag tone="warning">临近时限</StatusTag>
  ) : (
    <StatusTag tone="ok">按时</StatusTag>
  );
  return (
    <div>
      {tag}
      <Typography.Paragraph style={{ margin: '8px 0 0' }}>
        起算日 {referenceDate}，最迟 {deadline} 公开；
        {isPublished
          ? `发布时已过 ${workingDaysElapsed} 个工作日`
          : `已过 ${workingDaysElapsed} 个工作日，还剩 ${Math.max(workingDaysLeft, 0)} 个工作日`}
        。{provisional && '（所跨年份尚无节假日安排，暂按周末计算）'}
      </Typography.Paragraph>
    </div>
  );
}
