// The states of a case, following Art. 45 (登记 → 审核 → 办理 → 答复 → 归档).
import type { TimelineEvent } from './timeline.ts';

export type CaseState =
  | 'registered'
  | 'inProgress'
  | 'awaitingCorrection'
  | 'consulting'
  | 'awaitingFee'
  | 'pendingApproval'
  | 'approved'
  | 'replied'
  | 'archived'
  | 'closed';

export const CASE_STATE_LABELS: Record<CaseState, string> = {
  registered: '已登记（待签收）',
  inProgress: '办理中',
  awaitingCorrection: '补正中',
  consulting: '征求意见中',
  awaitingFee: '待缴费',
  pendingApproval: '待审批',
  approved: '已批准（待答复）',
  replied: '已答复',
  archived: '已归档',
  closed: '已关闭',
};

/** Cases still being handled: they count as open at year end and can be withdrawn. */
export const OPEN_STATES: readonly CaseState[] = [
  'registered',
  'inProgress',
  'awaitingCorrection',
  'consulting',
  'awaitingFee',
  'pendingApproval',
  'approved',
];

/** Handled cases: replied, closed without a reply, or archived. Only reopening changes them. */
export const FINISHED_STATES: readonly CaseState[] = ['replied', 'archived', 'closed'];

export function isOpenState(state: CaseState): boolean {
  return OPEN_STATES.includes(state);
}

/** The state an event leads to; extensions and the like leave it unchanged. */
export function stateAfterEvent(state: CaseState, event: TimelineEvent): CaseState {
  switch (event.type) {
    case 'claimed':
    case 'correctionReceived':
    case 'consultationEnded':
    case 'feePaid':
    case 'decisionReturned':
    case 'reopened':
      return 'inProgress';
    case 'sentBack':
    case 'reassigned':
      return 'registered';
    case 'correctionRequested':
      return 'awaitingCorrection';
    case 'consultationStarted':
      return 'consulting';
    case 'feeNotified':
      return 'awaitingFee';
    case 'decisionSubmitted':
      return 'pendingApproval';
    case 'decisionApproved':
      return 'approved';
    case 'replied':
      return 'replied';
    case 'archived':
      return 'archived';
    case 'correctionLapsed':
    case 'feeLapsed':
    case 'withdrawn':
      return 'closed';
    case 'extensionApproved':
      return state;
  }
}

/** A case's state is a fold over its timeline: stored state can always be recomputed. */
export function stateOf(events: readonly TimelineEvent[]): CaseState {
  return events.reduce<CaseState>(stateAfterEvent, 'registered');
}
