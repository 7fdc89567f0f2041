// The due date of an application, derived from its receipt and timeline events (never typed),
// with a step-by-step explanation for the "how this date was computed" view.
import { addDays, minDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import { type Pause, walkWorkingDays, workingDaysIn } from './clock-walk.ts';
import {
  ANSWER_PERIOD_WORKING_DAYS,
  type DeadlineSettings,
  feePaymentDeadline,
  MAX_EXTENSION_WORKING_DAYS,
  resolveSettings,
  thirdPartyReplyDeadline,
} from './deadline-rules.ts';
import { calendarSteps, type DeadlineStep, dueStep, eventStep, receiptStep } from './deadline-steps.ts';
import type { OutcomeKey } from './outcomes.ts';
import { currentHandling, type TimelineEvent } from './timeline.ts';

export type ClockStatus = 'running' | 'paused' | 'waitingForApplicant' | 'stopped';

export const CLOCK_STATUS_LABELS: Record<ClockStatus, string> = {
  running: '计时中',
  paused: '暂停计时（征求意见）',
  waitingForApplicant: '等待申请人',
  stopped: '已办结',
};

export interface ApplicantDeadline {
  kind: 'correction' | 'fee';
  date: string;
  hasLapsed: boolean;
  outcomeIfLapsed: OutcomeKey;
  /** The date crosses a year without holiday data. */
  provisional: boolean;
}

export interface DeadlineInput {
  receivedOn: string;
  events: readonly TimelineEvent[];
  calendar: WorkingCalendar;
  today: string;
  settings?: Partial<DeadlineSettings>;
  /** The Art. 31 rule that fixed the receipt date (from receiptDate()), for the explanation. */
  receiptRule?: string;
}

export interface DeadlineResult {
  status: ClockStatus;
  /** null while a correction is awaited: the period restarts when it arrives. */
  dueDate: string | null;
  /** As of today; 0 = due today, negative = overdue; null when stopped or awaiting a correction. */
  workingDaysLeft: number | null;
  isOverdue: boolean;
  /** For a case that is closed: when, and whether after the due date. */
  closedOn?: string;
  isLate?: boolean;
  /** 20, plus an approved extension. */
  periodWorkingDays: number;
  extensionWorkingDays: number;
  excludedWorkingDays: number;
  provisional: boolean;
  provisionalYears: number[];
  applicantDeadline?: ApplicantDeadline;
  steps: DeadlineStep[];
}

interface OpenPause {
  from: string;
  kind: 'thirdParty' | 'agency' | 'fee';
}

const CLOSING: Partial<Record<TimelineEvent['type'], true>> = {
  correctionLapsed: true,
  feeLapsed: true,
  withdrawn: true,
  replied: true,
};

export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const { calendar, today } = input;
  const settings = resolveSettings(input.settings);
  const handling = currentHandling(input.events);
  const reopened = handling[0]?.type === 'reopened' ? handling[0] : null;
  const eventSteps: DeadlineStep[] = [receiptStep(input.receivedOn, input.receiptRule, settings, reopened !== null)];
  let periodStart = reopened ? reopened.on : input.receivedOn;
  let pauses: Pause[] = [];
  let open: OpenPause[] = [];
  let extension = 0;
  let correction: { correctBy: string } | null = null;
  let fee: { payBy: string; provisional: boolean } | null = null;
  let closedOn: string | null = null;

  const closePause = (pause: OpenPause, on: string) => {
    const to = pause.kind === 'thirdParty' ? minDate(on, thirdPartyReplyDeadline(calendar, pause.from)) : on;
    pauses.push({ from: pause.from, to });
    open = open.filter((other) => other !== pause);
    return workingDaysIn(calendar, { from: pause.from, to });
  };

  for (const event of handling) {
    let excluded: number | undefined;
    let ignored = false;
    switch (event.type) {
      case 'correctionRequested':
        correction = { correctBy: event.correctBy };
        break;
      case 'correctionReceived':
        // Art. 30: the answer period restarts from receipt of the correction.
        periodStart = event.on;
        pauses = [];
        correction = null;
        break;
      case 'consultationStarted':
        open.push({ from: event.on, kind: event.party });
        break;
      case 'consultationEnded': {
        const pause = open.find((item) => item.kind !== 'fee');
        if (pause) excluded = closePause(pause, event.on);
        break;
      }
      case 'extensionApproved':
        if (extension > 0) ignored = true;
        else extension = Math.min(Math.max(0, event.workingDays), MAX_EXTENSION_WORKING_DAYS);
        break;
      case 'feeNotified':
        fee = { payBy: feePaymentDeadline(calendar, event.on), provisional: false };
        fee.provisional = calendar.workingDaysBetween(event.on, fee.payBy).provisional;
        if (settings.isClockStoppedForFee) open.push({ from: event.on, kind: 'fee' });
        break;
      case 'feePaid': {
        fee = null;
        const pause = open.find((item) => item.kind === 'fee');
        if (pause) excluded = closePause(pause, event.on);
        break;
      }
      default:
        break;
    }
    const step = eventStep(event, { calendar, settings, excluded, ignored, isReopenStart: event === reopened });
    if (step) eventSteps.push(step);
    if (CLOSING[event.type]) {
      closedOn = event.on;
      break;
    }
  }

  const asOf = closedOn ?? today;
  // A pause still open runs to today; a third party's 15 working days cap it.
  const stillOpen = open.filter(
    (pause) => pause.kind !== 'thirdParty' || asOf <= thirdPartyReplyDeadline(calendar, pause.from),
  );
  for (const pause of [...open]) closePause(pause, asOf);
  const periodWorkingDays = ANSWER_PERIOD_WORKING_DAYS + extension;
  const base = settings.isReceiptDayCounted ? addDays(periodStart, -1) : periodStart;
  const walk = walkWorkingDays(calendar, base, periodWorkingDays, pauses, asOf);
  const excludedWorkingDays = walk.excludedWorkingDays;

  const applicantDeadline: ApplicantDeadline | undefined = correction
    ? {
        kind: 'correction',
        date: correction.correctBy,
        hasLapsed: asOf > correction.correctBy,
        outcomeIfLapsed: 'otherHandling.noCorrection',
        provisional: false,
      }
    : fee
      ? {
          kind: 'fee',
          date: fee.payBy,
          hasLapsed: asOf > fee.payBy,
          outcomeIfLapsed: 'otherHandling.feeUnpaid',
          provisional: fee.provisional,
        }
      : undefined;

  // Until the correction arrives there is no answer period to count.
  const isAwaitingCorrection = correction !== null && closedOn === null;
  const dueDate = correction !== null ? null : walk.due;
  const status: ClockStatus = closedOn
    ? 'stopped'
    : isAwaitingCorrection || stillOpen.some((pause) => pause.kind === 'fee')
      ? 'waitingForApplicant'
      : stillOpen.length > 0
        ? 'paused'
        : 'running';

  let workingDaysLeft: number | null = null;
  if (dueDate && !closedOn) {
    workingDaysLeft = today <= dueDate ? walk.countedAfterToday : calendar.workingDaysBetween(today, dueDate).days;
  }
  const provisionalYears = dueDate ? walk.provisionalYears : [];
  const steps = [...eventSteps, ...(dueDate ? calendarSteps(walk) : [])].sort((a, b) => a.date.localeCompare(b.date));
  if (dueDate) {
    steps.push(
      ...dueStep({ dueDate, periodStart, periodWorkingDays, extension, excludedWorkingDays, settings, status, walk }),
    );
  }

  const result: DeadlineResult = {
    status,
    dueDate,
    workingDaysLeft,
    isOverdue: dueDate !== null && closedOn === null && today > dueDate,
    periodWorkingDays,
    extensionWorkingDays: extension,
    excludedWorkingDays,
    provisional: provisionalYears.length > 0,
    provisionalYears,
    steps,
  };
  if (closedOn) {
    result.closedOn = closedOn;
    if (dueDate) result.isLate = closedOn > dueDate;
  }
  if (applicantDeadline && !closedOn) result.applicantDeadline = applicantDeadline;
  return result;
}
