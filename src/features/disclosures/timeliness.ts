// 条例 Art. 26: proactively disclosed information is published within 20 working days of being
// formed or changed, counted on the official calendar (holidays and 调休 make-up days).
import type { WorkingCalendar } from '../calendar/working-calendar.ts';

export const PUBLISH_LIMIT_WORKING_DAYS = 20;

export interface Timeliness {
  /** 成文日期, or 变更日期 for a change. */
  referenceDate: string;
  /** The last day that is still on time. */
  deadline: string;
  /** Working days from the reference date to `onDate` (publication, or today). */
  workingDaysElapsed: number;
  /** Working days left before the deadline on `onDate`; negative once overdue. */
  workingDaysLeft: number;
  isLate: boolean;
  /** A year crossed has no holiday data: weekends only were counted. */
  provisional: boolean;
}

export function evaluateTimeliness(calendar: WorkingCalendar, referenceDate: string, onDate: string): Timeliness {
  const deadline = calendar.addWorkingDays(referenceDate, PUBLISH_LIMIT_WORKING_DAYS);
  const elapsed = calendar.workingDaysBetween(referenceDate, onDate);
  const left = calendar.workingDaysBetween(onDate, deadline.date);
  return {
    referenceDate,
    deadline: deadline.date,
    workingDaysElapsed: elapsed.days,
    workingDaysLeft: left.days,
    isLate: onDate > deadline.date,
    provisional: deadline.provisional || elapsed.provisional,
  };
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China (UTC+8, no daylight saving) of an instant. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function chinaYear(at: Date): number {
  return Number(chinaDate(at).slice(0, 4));
}
