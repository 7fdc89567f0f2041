// The fixed periods of the 条例 and the org settings that the law leaves open.
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';

/** Art. 33: answer within 20 working days of receipt. */
export const ANSWER_PERIOD_WORKING_DAYS = 20;
/** Art. 30: a correction notice goes out within 7 working days of receipt, once. */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;
/** Art. 32: a consulted third party has 15 working days to reply. */
export const THIRD_PARTY_REPLY_WORKING_DAYS = 15;
/** Art. 33: one extension of at most 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** 国办函〔2020〕109号: pay within 20 working days from the day after the notice arrives. */
export const FEE_PAYMENT_WORKING_DAYS = 20;

export interface DeadlineSettings {
  /** false (default): day 1 is the first working day after receipt; true: the receipt day counts. */
  isReceiptDayCounted: boolean;
  /** Whether the answer clock stops while a fee notice is unpaid (default: it stops). */
  isClockStoppedForFee: boolean;
  /** The period given to the applicant to correct; the law only says "reasonable". */
  correctionPeriodWorkingDays: number;
}

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  isReceiptDayCounted: false,
  isClockStoppedForFee: true,
  correctionPeriodWorkingDays: 15,
};

export function resolveSettings(settings: Partial<DeadlineSettings> | undefined): DeadlineSettings {
  return { ...DEFAULT_DEADLINE_SETTINGS, ...settings };
}

/** The last day a correction notice may go out. */
export function correctionNoticeDeadline(calendar: WorkingCalendar, receivedOn: string): string {
  return calendar.addWorkingDays(receivedOn, CORRECTION_NOTICE_WORKING_DAYS).date;
}

/** The default correction deadline printed on a notice sent on `noticeOn`. */
export function defaultCorrectBy(
  calendar: WorkingCalendar,
  noticeOn: string,
  settings?: Partial<DeadlineSettings>,
): string {
  return calendar.addWorkingDays(noticeOn, resolveSettings(settings).correctionPeriodWorkingDays).date;
}

export function thirdPartyReplyDeadline(calendar: WorkingCalendar, consultedOn: string): string {
  return calendar.addWorkingDays(consultedOn, THIRD_PARTY_REPLY_WORKING_DAYS).date;
}

export function feePaymentDeadline(calendar: WorkingCalendar, notifiedOn: string): string {
  return calendar.addWorkingDays(notifiedOn, FEE_PAYMENT_WORKING_DAYS).date;
}
