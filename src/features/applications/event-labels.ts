import type { TimelineEventType } from './rules/timeline.ts';

export const EVENT_LABELS: Record<TimelineEventType, string> = {
  claimed: '签收',
  sentBack: '退回',
  reassigned: '分派',
  correctionRequested: '发出补正通知',
  correctionReceived: '收到补正',
  correctionLapsed: '逾期未补正，不再处理',
  consultationStarted: '征求意见',
  consultationEnded: '征求意见结束',
  extensionApproved: '批准延期',
  feeNotified: '发出收费通知',
  feePaid: '缴纳费用',
  feeLapsed: '逾期未缴费，不再处理',
  withdrawn: '申请人撤回申请',
  decisionSubmitted: '提交处理决定',
  decisionApproved: '负责人批准处理决定',
  decisionReturned: '处理决定被退回',
  replied: '答复并送达',
  archived: '归档',
  reopened: '重新打开',
};

export function eventLabel(type: string): string {
  return (EVENT_LABELS as Record<string, string>)[type] ?? type;
}
