// The Chinese wording of the "how this date was computed" view.
import { describeRun, groupDays, provisionalNote } from '../../calendar/describe.ts';
import { formatWithWeekday } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { WalkResult } from './clock-walk.ts';
import {
  type DeadlineSettings,
  feePaymentDeadline,
  THIRD_PARTY_REPLY_WORKING_DAYS,
  thirdPartyReplyDeadline,
} from './deadline-rules.ts';
import { CONSULTED_PARTY_LABELS, DELIVERY_METHOD_LABELS, type TimelineEvent } from './timeline.ts';

export type DeadlineStepKind =
  | 'receipt'
  | 'reopened'
  | 'correctionRequested'
  | 'correctionReceived'
  | 'consultationStarted'
  | 'consultationEnded'
  | 'extension'
  | 'feeNotified'
  | 'feePaid'
  | 'closed'
  | 'holiday'
  | 'makeupWorkday'
  | 'due'
  | 'provisional';

export interface DeadlineStep {
  kind: DeadlineStepKind;
  date: string;
  label: string;
}

function startWording(settings: DeadlineSettings): string {
  return settings.isReceiptDayCounted ? '当日' : '次日';
}

export function receiptStep(
  receivedOn: string,
  rule: string | undefined,
  settings: DeadlineSettings,
  isReopened: boolean,
): DeadlineStep {
  const why = rule ? `${rule}。` : '';
  const period = isReopened
    ? ''
    : `答复期限为 20 个工作日，自收到申请${startWording(settings)}起计算（条例第三十三条）`;
  return { kind: 'receipt', date: receivedOn, label: `${formatWithWeekday(receivedOn)} 收到申请。${why}${period}` };
}

interface EventContext {
  calendar: WorkingCalendar;
  settings: DeadlineSettings;
  excluded?: number;
  ignored: boolean;
  isReopenStart: boolean;
}

export function eventStep(event: TimelineEvent, context: EventContext): DeadlineStep | null {
  const at = formatWithWeekday(event.on);
  const step = (kind: DeadlineStepKind, label: string): DeadlineStep => ({
    kind,
    date: event.on,
    label: `${at} ${label}`,
  });
  const excluded = context.excluded ?? 0;
  switch (event.type) {
    case 'reopened':
      if (!context.isReopenStart) return null;
      return step(
        'reopened',
        `案件重新打开（理由：${event.reason}），答复期限自${startWording(context.settings)}起重新计算 20 个工作日`,
      );
    case 'correctionRequested':
      return step(
        'correctionRequested',
        `发出补正通知，补正期限至 ${event.correctBy}；补正前答复期限不计算（条例第三十条）`,
      );
    case 'correctionReceived':
      return step(
        'correctionReceived',
        `收到补正，答复期限自${startWording(context.settings)}起重新计算 20 个工作日（条例第三十条）`,
      );
    case 'correctionLapsed':
      return step('closed', '申请人无正当理由逾期未补正，视为放弃申请，不再处理');
    case 'consultationStarted': {
      const who = `${CONSULTED_PARTY_LABELS[event.party]}（${event.partyName}）`;
      const limit =
        event.party === 'thirdParty'
          ? `，第三方应在 ${THIRD_PARTY_REPLY_WORKING_DAYS} 个工作日内（至 ${thirdPartyReplyDeadline(context.calendar, event.on)}）答复`
          : '';
      return step(
        'consultationStarted',
        `征求${who}意见${limit}；征求意见时间不计入答复期限（条例第三十二条、第三十四条）`,
      );
    }
    case 'consultationEnded':
      return step('consultationEnded', `征求意见结束，期间 ${excluded} 个工作日不计入答复期限`);
    case 'extensionApproved':
      if (context.ignored) return step('extension', '再次延期不予计算：答复期限只能延长一次');
      return step(
        'extension',
        `经负责人批准延长答复期限 ${event.workingDays} 个工作日（条例第三十三条第二款，最多 20 个工作日）`,
      );
    case 'feeNotified': {
      const payBy = feePaymentDeadline(context.calendar, event.on);
      const clock = context.settings.isClockStoppedForFee ? '缴费期间答复期限暂停计算' : '缴费期间答复期限照常计算';
      return step(
        'feeNotified',
        `申请人收到收费通知（${event.amount} 元），应在 20 个工作日内（至 ${payBy}）缴纳；${clock}（本机关设置）`,
      );
    }
    case 'feePaid':
      return step(
        'feePaid',
        excluded > 0 ? `申请人缴纳费用，暂停期间 ${excluded} 个工作日不计入答复期限` : '申请人缴纳费用',
      );
    case 'feeLapsed':
      return step('closed', '申请人逾期未缴纳信息处理费，不再处理');
    case 'withdrawn':
      return step('closed', '申请人撤回申请');
    case 'replied':
      return step('closed', `作出答复并送达（${DELIVERY_METHOD_LABELS[event.method]}）`);
    default:
      return null;
  }
}

export function calendarSteps(walk: WalkResult): DeadlineStep[] {
  const holidays = groupDays(walk.holidaysSkipped).map((run) => ({
    kind: 'holiday' as const,
    date: run.from,
    label: `${describeRun(run)}，不计入`,
  }));
  const makeups = walk.makeupWorkdaysCounted.map((day) => ({
    kind: 'makeupWorkday' as const,
    date: day.date,
    label: `${formatWithWeekday(day.date)} ${day.name ?? ''}调休上班，计为工作日`,
  }));
  return [...holidays, ...makeups];
}

interface DueContext {
  dueDate: string;
  periodStart: string;
  periodWorkingDays: number;
  extension: number;
  excludedWorkingDays: number;
  settings: DeadlineSettings;
  status: string;
  walk: WalkResult;
}

export function dueStep(context: DueContext): DeadlineStep[] {
  const parts = [
    `自 ${context.periodStart} ${startWording(context.settings)}起第 ${context.periodWorkingDays} 个工作日`,
  ];
  if (context.extension > 0) parts.push(`含延期 ${context.extension} 个工作日`);
  if (context.excludedWorkingDays > 0)
    parts.push(`另有 ${context.excludedWorkingDays} 个工作日因征求意见或缴费暂停不计`);
  if (context.walk.weekendDaysSkipped > 0) parts.push(`跳过周末 ${context.walk.weekendDaysSkipped} 天`);
  const estimate =
    context.status === 'paused' || context.status === 'waitingForApplicant'
      ? '（目前暂停计时，按明天恢复计时推算）'
      : '';
  const steps: DeadlineStep[] = [
    {
      kind: 'due',
      date: context.dueDate,
      label: `答复期限届满日：${formatWithWeekday(context.dueDate)}${estimate}。${parts.join('；')}`,
    },
  ];
  const years = context.walk.provisionalYears;
  if (years.length > 0) steps.push({ kind: 'provisional', date: context.dueDate, label: provisionalNote(years) });
  return steps;
}
