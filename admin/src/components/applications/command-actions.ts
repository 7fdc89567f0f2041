// The workflow buttons of a case: which ones the current state allows (the server's
// `availableCommands`), who may press them, and the API path each one posts to.
import type { CaseDetail } from './types.ts';

export type ActionKey =
  | 'claim'
  | 'assign'
  | 'reassign'
  | 'sendBack'
  | 'requestCorrection'
  | 'receiveCorrection'
  | 'closeForNoCorrection'
  | 'startConsultation'
  | 'endConsultation'
  | 'requestExtension'
  | 'approveExtension'
  | 'notifyFee'
  | 'recordPayment'
  | 'closeForUnpaidFee'
  | 'withdraw'
  | 'submitDecision'
  | 'approveDecision'
  | 'returnDecision'
  | 'reply'
  | 'archive'
  | 'reopen';

export interface CaseAction {
  key: ActionKey;
  /** POST /applications/{id}/<path>. */
  path: string;
  label: string;
  /** Only a 负责人 may do it (the server checks again). */
  isLeaderOnly?: boolean;
  /** Ends or undoes handling: shown apart, in red. */
  isDanger?: boolean;
  /** The main next step (a primary button). */
  isPrimary?: boolean;
  /** No dialog fields other than the date: a confirmation is enough. */
  isSimple?: boolean;
  /** Has an "on" (the day it happened) field. */
  hasDate?: boolean;
}

const A = (action: CaseAction) => action;

export const CASE_ACTIONS: Record<ActionKey, CaseAction> = {
  claim: A({ key: 'claim', path: 'claim', label: '签收', isPrimary: true, isSimple: true, hasDate: true }),
  assign: A({ key: 'assign', path: 'assign', label: '分派' }),
  reassign: A({ key: 'reassign', path: 'reassign', label: '改派' }),
  sendBack: A({ key: 'sendBack', path: 'send-back', label: '退回', hasDate: true }),
  requestCorrection: A({ key: 'requestCorrection', path: 'request-correction', label: '发出补正通知', hasDate: true }),
  receiveCorrection: A({
    key: 'receiveCorrection',
    path: 'receive-correction',
    label: '登记收到补正',
    isPrimary: true,
    isSimple: true,
    hasDate: true,
  }),
  closeForNoCorrection: A({
    key: 'closeForNoCorrection',
    path: 'close-for-no-correction',
    label: '逾期未补正，关闭',
    isDanger: true,
    isSimple: true,
    hasDate: true,
  }),
  startConsultation: A({ key: 'startConsultation', path: 'start-consultation', label: '征求意见', hasDate: true }),
  endConsultation: A({
    key: 'endConsultation',
    path: 'end-consultation',
    label: '结束征求意见',
    isPrimary: true,
    isSimple: true,
    hasDate: true,
  }),
  requestExtension: A({ key: 'requestExtension', path: 'request-extension', label: '申请延期' }),
  approveExtension: A({
    key: 'approveExtension',
    path: 'approve-extension',
    label: '批准延期',
    isLeaderOnly: true,
    hasDate: true,
  }),
  notifyFee: A({ key: 'notifyFee', path: 'notify-fee', label: '发出收费通知', hasDate: true }),
  recordPayment: A({
    key: 'recordPayment',
    path: 'record-payment',
    label: '登记已缴费',
    isPrimary: true,
    isSimple: true,
    hasDate: true,
  }),
  closeForUnpaidFee: A({
    key: 'closeForUnpaidFee',
    path: 'close-for-unpaid-fee',
    label: '逾期未缴费，关闭',
    isDanger: true,
    isSimple: true,
    hasDate: true,
  }),
  withdraw: A({ key: 'withdraw', path: 'withdraw', label: '登记撤回申请', isDanger: true, hasDate: true }),
  submitDecision: A({
    key: 'submitDecision',
    path: 'submit-decision',
    label: '作出处理决定',
    isPrimary: true,
    hasDate: true,
  }),
  approveDecision: A({
    key: 'approveDecision',
    path: 'approve-decision',
    label: '批准处理决定',
    isLeaderOnly: true,
    isPrimary: true,
    isSimple: true,
    hasDate: true,
  }),
  returnDecision: A({
    key: 'returnDecision',
    path: 'return-decision',
    label: '退回处理决定',
    isLeaderOnly: true,
    hasDate: true,
  }),
  reply: A({ key: 'reply', path: 'reply', label: '答复并送达', isPrimary: true, hasDate: true }),
  archive: A({ key: 'archive', path: 'archive', label: '归档', isPrimary: true, isSimple: true, hasDate: true }),
  reopen: A({ key: 'reopen', path: 'reopen', label: '重新打开', isDanger: true, hasDate: true }),
};

type CaseFacts = Pick<CaseDetail, 'availableCommands' | 'assignedOfficer' | 'extensionRequest' | 'events'>;

/**
 * The actions to offer, in the order of the workflow. `reassign` becomes 分派 while nobody is
 * assigned; the extension is asked for by the officer and approved by a 负责人 (who may also
 * grant one directly); an extension already granted is not offered again.
 */
export function availableActions(facts: CaseFacts, isLeader: boolean): CaseAction[] {
  const keys: ActionKey[] = [];
  for (const command of facts.availableCommands) {
    if (command === 'reassign') keys.push(facts.assignedOfficer ? 'reassign' : 'assign');
    else if (command === 'approveExtension') {
      if (hasExtensionSinceReopen(facts.events)) continue;
      if (!facts.extensionRequest) keys.push('requestExtension');
      if (isLeader) keys.push('approveExtension');
    } else if (command in CASE_ACTIONS) keys.push(command as ActionKey);
  }
  return keys.map((key) => CASE_ACTIONS[key]).filter((action) => !action.isLeaderOnly || isLeader);
}

function hasExtensionSinceReopen(events: CaseDetail['events']): boolean {
  const lastReopen = events.findLastIndex((event) => event.type === 'reopened');
  return events.slice(lastReopen + 1).some((event) => event.type === 'extensionApproved');
}
