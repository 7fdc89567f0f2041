// Counting an answer period forward over the working calendar, leaving out paused spans.
import { addDays, yearOf } from '../../calendar/iso-date.ts';
import type { DayInfo, WorkingCalendar } from '../../calendar/working-calendar.ts';

/** A pause: working days d with from < d ≤ to are not counted (the clock resumes the day after `to`). */
export interface Pause {
  from: string;
  to: string;
}

export interface WalkResult {
  due: string;
  /** Counted working days after `today` up to `due`. */
  countedAfterToday: number;
  /** Working days that fell inside a pause. */
  excludedWorkingDays: number;
  holidaysSkipped: DayInfo[];
  weekendDaysSkipped: number;
  makeupWorkdaysCounted: DayInfo[];
  provisionalYears: number[];
}

export function isPaused(date: string, pauses: readonly Pause[]): boolean {
  return pauses.some((pause) => date > pause.from && date <= pause.to);
}

/** Walks from the day after `start` until `needed` unpaused working days have been counted. */
export function walkWorkingDays(
  calendar: WorkingCalendar,
  start: string,
  needed: number,
  pauses: readonly Pause[],
  today: string,
): WalkResult {
  const result: WalkResult = {
    due: start,
    countedAfterToday: 0,
    excludedWorkingDays: 0,
    holidaysSkipped: [],
    weekendDaysSkipped: 0,
    makeupWorkdaysCounted: [],
    provisionalYears: [],
  };
  const provisional = new Set<number>();
  let current = start;
  for (let counted = 0; counted < needed; ) {
    current = addDays(current, 1);
    const day = calendar.describeDay(current);
    if (day.provisional) provisional.add(yearOf(current));
    if (!day.isWorkingDay) {
      if (day.kind === 'holiday') result.holidaysSkipped.push(day);
      else result.weekendDaysSkipped += 1;
      continue;
    }
    if (isPaused(current, pauses)) {
      result.excludedWorkingDays += 1;
      continue;
    }
    counted += 1;
    if (current > today) result.countedAfterToday += 1;
    if (day.kind === 'makeupWorkday') result.makeupWorkdaysCounted.push(day);
  }
  result.due = current;
  result.provisionalYears = [...provisional].sort((a, b) => a - b);
  return result;
}

/** Working days inside a pause, for the explanation. */
export function workingDaysIn(calendar: WorkingCalendar, pause: Pause): number {
  return Math.max(0, calendar.workingDaysBetween(pause.from, pause.to).days);
}
