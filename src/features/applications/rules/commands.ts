// What staff can do to a case. A command, once allowed, becomes one timeline event.
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { DeadlineSettings } from './deadline-rules.ts';
import type { FeeBasis } from './fees.ts';
import type { OutcomeKey } from './outcomes.ts';
import type { ConsultedParty, DeliveryMethod, TimelineEvent } from './timeline.ts';

export interface Actor {
  userId: string;
  /** Holds the 负责人 role for this org: approves extensions and decisions. */
  isLeader: boolean;
}

export type CaseCommand =
  | { type: 'claim' }
  | { type: 'sendBack'; reason: string }
  | { type: 'reassign'; officerId?: string; sectionId?: string }
  | { type: 'requestCorrection'; items: string[]; correctBy?: string }
  | { type: 'receiveCorrection' }
  | { type: 'closeForNoCorrection' }
  | { type: 'startConsultation'; party: ConsultedParty; partyName: string }
  | { type: 'endConsultation' }
  | { type: 'approveExtension'; workingDays: number; reason: string }
  | { type: 'notifyFee'; amount: number; basis: FeeBasis }
  | { type: 'recordPayment' }
  | { type: 'closeForUnpaidFee' }
  | { type: 'withdraw'; reason?: string }
  | { type: 'submitDecision'; outcome: OutcomeKey }
  | { type: 'approveDecision' }
  | { type: 'returnDecision'; reason: string }
  | { type: 'reply'; method: DeliveryMethod }
  | { type: 'archive' }
  | { type: 'reopen'; reason: string };

export type CaseCommandType = CaseCommand['type'];

export const COMMAND_LABELS: Record<CaseCommandType, string> = {
  claim: '签收',
  sendBack: '退回',
  reassign: '改派',
  requestCorrection: '发出补正通知',
  receiveCorrection: '登记收到补正',
  closeForNoCorrection: '按逾期未补正关闭',
  startConsultation: '征求意见',
  endConsultation: '结束征求意见',
  approveExtension: '批准延期',
  notifyFee: '发出收费通知',
  recordPayment: '登记缴费',
  closeForUnpaidFee: '按逾期未缴费关闭',
  withdraw: '登记撤回申请',
  submitDecision: '提交处理决定',
  approveDecision: '批准处理决定',
  returnDecision: '退回处理决定',
  reply: '答复',
  archive: '归档',
  reopen: '重新打开',
};

/** What a command is checked against: the case as it stands, the calendar and today. */
export interface CaseContext {
  receivedOn: string;
  events: readonly TimelineEvent[];
  calendar: WorkingCalendar;
  today: string;
  settings?: Partial<DeadlineSettings>;
}

export interface CommandRequest {
  command: CaseCommand;
  on: string;
  actor: Actor;
}
