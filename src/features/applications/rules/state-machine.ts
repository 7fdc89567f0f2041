// The allowed steps of a case and the refusals for the others (a second extension, a late or
// second correction notice, a reply before approval, changing a finished case, …).
import { isIsoDate } from '../../calendar/iso-date.ts';
import {
  CASE_STATE_LABELS,
  type CaseState,
  FINISHED_STATES,
  OPEN_STATES,
  stateAfterEvent,
  stateOf,
} from './case-states.ts';
import { type CaseCommandType, type CaseContext, COMMAND_LABELS, type CommandRequest } from './commands.ts';
import { guardCommand } from './guards.ts';
import { type Refusal, refuse } from './refusal.ts';
import type { TimelineEvent } from './timeline.ts';

const WORKING: readonly CaseState[] = ['inProgress', 'consulting', 'awaitingFee', 'pendingApproval', 'approved'];

export const ALLOWED_FROM: Record<CaseCommandType, readonly CaseState[]> = {
  claim: ['registered'],
  sendBack: ['inProgress'],
  reassign: ['registered', 'inProgress'],
  requestCorrection: ['registered', 'inProgress'],
  receiveCorrection: ['awaitingCorrection'],
  closeForNoCorrection: ['awaitingCorrection'],
  startConsultation: ['inProgress'],
  endConsultation: ['consulting'],
  approveExtension: WORKING,
  notifyFee: ['inProgress'],
  recordPayment: ['awaitingFee'],
  closeForUnpaidFee: ['awaitingFee'],
  withdraw: OPEN_STATES,
  submitDecision: ['inProgress'],
  approveDecision: ['pendingApproval'],
  returnDecision: ['pendingApproval', 'approved'],
  reply: ['approved'],
  archive: ['replied', 'closed'],
  reopen: FINISHED_STATES,
};

export type TransitionResult =
  | { ok: true; event: TimelineEvent; state: CaseState; events: TimelineEvent[] }
  | { ok: false; refusal: Refusal };

function stateRefusal(state: CaseState, type: CaseCommandType): { ok: false; refusal: Refusal } {
  const label = CASE_STATE_LABELS[state];
  if (FINISHED_STATES.includes(state)) {
    return refuse(
      'CASE_CLOSED',
      `案件已办结（${label}），不能${COMMAND_LABELS[type]}；如需继续办理，请先重新打开并写明理由`,
    );
  }
  if (type === 'reply') return refuse('DECISION_NOT_APPROVED', '处理决定尚未经负责人批准，不能答复');
  if (type === 'approveDecision') return refuse('ILLEGAL_TRANSITION', '尚未提交处理决定，无法批准');
  return refuse('ILLEGAL_TRANSITION', `案件当前为「${label}」，不能${COMMAND_LABELS[type]}`);
}

function checkDate(context: CaseContext, on: string): { ok: false; refusal: Refusal } | null {
  if (!isIsoDate(on)) return refuse('INVALID_INPUT', `日期「${on}」无效，应写成 YYYY-MM-DD`);
  if (on > context.today) return refuse('DATE_IN_FUTURE', `日期 ${on} 晚于今天（${context.today}），不能预先登记`);
  const last = context.events.at(-1)?.on ?? context.receivedOn;
  if (on < context.receivedOn)
    return refuse('DATE_BEFORE_PREVIOUS', `日期 ${on} 早于收到申请之日 ${context.receivedOn}`);
  if (on < last) return refuse('DATE_BEFORE_PREVIOUS', `日期 ${on} 早于上一步的日期 ${last}`);
  return null;
}

/** Checks a command against the case and, when allowed, returns the event to append. */
export function applyCommand(context: CaseContext, request: CommandRequest): TransitionResult {
  const state = stateOf(context.events);
  const { command } = request;
  if (!ALLOWED_FROM[command.type].includes(state)) return stateRefusal(state, command.type);
  const dateRefusal = checkDate(context, request.on);
  if (dateRefusal) return dateRefusal;
  const guarded = guardCommand(context, request);
  if (!guarded.ok) return guarded;
  const event = guarded.event;
  return { ok: true, event, state: stateAfterEvent(state, event), events: [...context.events, event] };
}

/** The commands the current state allows, for showing buttons (the guards still apply). */
export function availableCommands(events: readonly TimelineEvent[]): CaseCommandType[] {
  const state = stateOf(events);
  return (Object.keys(ALLOWED_FROM) as CaseCommandType[]).filter((type) => ALLOWED_FROM[type].includes(state));
}

/** Editing the case's data (applicant, request, drafts): allowed until the decision is approved. */
export function checkEditable(events: readonly TimelineEvent[]): Refusal | null {
  const state = stateOf(events);
  if (FINISHED_STATES.includes(state)) {
    return {
      code: 'CASE_CLOSED',
      message: `案件已办结（${CASE_STATE_LABELS[state]}），不能修改；如需修改，请先重新打开并写明理由`,
    };
  }
  if (state === 'approved') {
    return { code: 'CASE_APPROVED', message: '处理决定已经负责人批准，不能修改；如需修改，请负责人先退回' };
  }
  return null;
}
