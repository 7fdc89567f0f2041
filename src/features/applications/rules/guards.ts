// The rules a single command must meet beyond the state it is in; each allowed command
// becomes exactly one timeline event.
import { isIsoDate } from '../../calendar/iso-date.ts';
import type { CaseContext, CommandRequest } from './commands.ts';
import { computeDeadline } from './deadline.ts';
import {
  CORRECTION_NOTICE_WORKING_DAYS,
  correctionNoticeDeadline,
  defaultCorrectBy,
  feePaymentDeadline,
  MAX_EXTENSION_WORKING_DAYS,
} from './deadline-rules.ts';
import { isOutcomeKey } from './outcomes.ts';
import { type Refusal, refuse } from './refusal.ts';
import { currentHandling, type EventOf, type TimelineEvent } from './timeline.ts';

type Guarded = { ok: true; event: TimelineEvent } | { ok: false; refusal: Refusal };

function lastOf<T extends TimelineEvent['type']>(events: readonly TimelineEvent[], type: T): EventOf<T> | undefined {
  return events.findLast((event): event is EventOf<T> => event.type === type);
}

function isBlank(text: string | undefined): boolean {
  return !text || text.trim() === '';
}

/** The due date as of `on`, to check that an extension or a fee notice comes in time. */
function dueDateOn(context: CaseContext, on: string): string | null {
  return computeDeadline({ ...context, today: on }).dueDate;
}

export function guardCommand(context: CaseContext, request: CommandRequest): Guarded {
  const { command, on, actor } = request;
  const base = { on, by: actor.userId };
  const handling = currentHandling(context.events);
  const ok = (event: TimelineEvent): Guarded => ({ ok: true, event });

  switch (command.type) {
    case 'claim':
      return ok({ ...base, type: 'claimed' });
    case 'sendBack':
      if (isBlank(command.reason)) return refuse('REASON_REQUIRED', '退回须写明理由');
      return ok({ ...base, type: 'sentBack', reason: command.reason.trim() });
    case 'reassign': {
      const event: TimelineEvent = { ...base, type: 'reassigned' };
      if (command.officerId) event.officerId = command.officerId;
      if (command.sectionId) event.sectionId = command.sectionId;
      return ok(event);
    }
    case 'requestCorrection': {
      if (context.events.some((event) => event.type === 'correctionRequested')) {
        return refuse('CORRECTION_ALREADY_REQUESTED', '补正通知只能发出一次（条例第三十条：一次性告知）');
      }
      const latest = correctionNoticeDeadline(context.calendar, context.receivedOn);
      if (on > latest) {
        return refuse(
          'CORRECTION_TOO_LATE',
          `补正通知应在收到申请之日起 ${CORRECTION_NOTICE_WORKING_DAYS} 个工作日内（至 ${latest}）发出，现已超过`,
        );
      }
      const items = command.items.map((item) => item.trim()).filter((item) => item !== '');
      if (items.length === 0) return refuse('INVALID_INPUT', '请列明需要补正的内容');
      const correctBy = command.correctBy ?? defaultCorrectBy(context.calendar, on, context.settings);
      if (!isIsoDate(correctBy) || correctBy <= on)
        return refuse('INVALID_INPUT', `补正期限「${correctBy}」无效，应晚于通知日期 ${on}`);
      return ok({ ...base, type: 'correctionRequested', correctBy, items });
    }
    case 'receiveCorrection':
      return ok({ ...base, type: 'correctionReceived' });
    case 'closeForNoCorrection': {
      const requested = lastOf(context.events, 'correctionRequested');
      if (requested && on <= requested.correctBy) {
        return refuse('CORRECTION_NOT_LAPSED', `补正期限（至 ${requested.correctBy}）尚未届满，不能按逾期未补正关闭`);
      }
      return ok({ ...base, type: 'correctionLapsed' });
    }
    case 'startConsultation':
      if (isBlank(command.partyName)) return refuse('INVALID_INPUT', '请填写征求意见的对象');
      return ok({ ...base, type: 'consultationStarted', party: command.party, partyName: command.partyName.trim() });
    case 'endConsultation':
      return ok({ ...base, type: 'consultationEnded' });
    case 'approveExtension': {
      if (!actor.isLeader) return refuse('LEADER_REQUIRED', '延长答复期限须经负责人批准，当前用户不是负责人');
      if (handling.some((event) => event.type === 'extensionApproved')) {
        return refuse('EXTENSION_ALREADY_GRANTED', '答复期限只能延长一次，本案已经延期');
      }
      const days = command.workingDays;
      if (!Number.isInteger(days) || days < 1) return refuse('INVALID_INPUT', '延期天数应为正整数（工作日）');
      if (days > MAX_EXTENSION_WORKING_DAYS) {
        return refuse(
          'EXTENSION_TOO_LONG',
          `延长的期限最长不超过 ${MAX_EXTENSION_WORKING_DAYS} 个工作日（条例第三十三条）`,
        );
      }
      if (isBlank(command.reason)) return refuse('REASON_REQUIRED', '延期须写明理由');
      const due = dueDateOn(context, on);
      if (due && on > due) return refuse('EXTENSION_AFTER_DEADLINE', `原答复期限已于 ${due} 届满，不能再延期`);
      return ok({ ...base, type: 'extensionApproved', workingDays: days, reason: command.reason.trim() });
    }
    case 'notifyFee': {
      if (handling.some((event) => event.type === 'feeNotified')) {
        return refuse('FEE_ALREADY_NOTIFIED', '一件申请只能发出一次收费通知（只能按一种方式计收）');
      }
      if (!Number.isInteger(command.amount) || command.amount <= 0) {
        return refuse('INVALID_INPUT', '收费金额应为大于 0 的整数（元）；不收费的无需发出收费通知');
      }
      const due = dueDateOn(context, on);
      if (due && on > due) return refuse('FEE_AFTER_DEADLINE', `收费通知应在答复期限内发出，答复期限已于 ${due} 届满`);
      return ok({ ...base, type: 'feeNotified', amount: command.amount, basis: command.basis });
    }
    case 'recordPayment':
      return ok({ ...base, type: 'feePaid' });
    case 'closeForUnpaidFee': {
      const notified = lastOf(handling, 'feeNotified');
      const payBy = notified ? feePaymentDeadline(context.calendar, notified.on) : null;
      if (payBy && on <= payBy)
        return refuse('FEE_NOT_LAPSED', `缴费期限（至 ${payBy}）尚未届满，不能按逾期未缴费关闭`);
      return ok({ ...base, type: 'feeLapsed' });
    }
    case 'withdraw': {
      const event: TimelineEvent = { ...base, type: 'withdrawn' };
      if (!isBlank(command.reason)) event.reason = command.reason?.trim();
      return ok(event);
    }
    case 'submitDecision': {
      const { outcome } = command;
      if (!isOutcomeKey(outcome)) return refuse('INVALID_INPUT', `未知的办理结果类型「${String(outcome)}」`);
      if (outcome === 'otherHandling.noCorrection' || outcome === 'otherHandling.feeUnpaid') {
        return refuse('OUTCOME_NOT_ALLOWED', '逾期不补正、逾期未缴费的，请使用对应的关闭操作，不作为处理决定提交');
      }
      if (
        outcome === 'unableToProvide.unclearAfterCorrection' &&
        !handling.some((event) => event.type === 'correctionReceived')
      ) {
        return refuse('OUTCOME_NOT_ALLOWED', '本案没有收到补正，不能以“补正后申请内容仍不明确”作出决定');
      }
      return ok({ ...base, type: 'decisionSubmitted', outcome });
    }
    case 'approveDecision':
      if (!actor.isLeader) return refuse('LEADER_REQUIRED', '处理决定须经负责人批准，当前用户不是负责人');
      return ok({ ...base, type: 'decisionApproved' });
    case 'returnDecision':
      if (!actor.isLeader) return refuse('LEADER_REQUIRED', '只有负责人可以退回处理决定');
      if (isBlank(command.reason)) return refuse('REASON_REQUIRED', '退回处理决定须写明理由');
      return ok({ ...base, type: 'decisionReturned', reason: command.reason.trim() });
    case 'reply':
      return ok({ ...base, type: 'replied', method: command.method });
    case 'archive':
      return ok({ ...base, type: 'archived' });
    case 'reopen':
      if (isBlank(command.reason)) return refuse('REASON_REQUIRED', '重新打开案件须写明理由');
      return ok({ ...base, type: 'reopened', reason: command.reason.trim() });
  }
}
