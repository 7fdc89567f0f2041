// Working days between two dates in constant time plus a binary search, for lists of hundreds
// of cases (a walk day by day over a case years overdue is far too slow). Agrees with
// WorkingCalendar.workingDaysBetween: weekends off, holidays off, make-up days worked; a year
// without data counts weekends only.
import { toDayNumber } from './iso-date.ts';
import type { YearData } from './year-data.ts';

export type DayCounter = (from: string, to: string) => number;

/** Monday–Friday in the day numbers (a, b]. 1970-01-01 (day 0) was a Thursday. */
function weekdaysUpTo(day: number): number {
  // Weekdays in days 0..day-1 … computed per full week plus the remainder.
  const weeks = Math.floor(day / 7);
  let count = weeks * 5;
  for (let d = weeks * 7; d < day; d++) {
    const weekday = (((d + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** The first index in the sorted list whose value is > x. */
function upperBound(list: readonly number[], x: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid] <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function createDayCounter(years: readonly YearData[]): DayCounter {
  // Each special day adjusts the plain weekday count by −1 (a holiday on a weekday) or +1 (a
  // make-up day on a weekend); prefix sums make a range a subtraction.
  const adjustments: { day: number; delta: number }[] = [];
  for (const year of years) {
    for (const date of year.holidays) {
      const day = toDayNumber(date);
      if (!isWeekendDay(day)) adjustments.push({ day, delta: -1 });
    }
    for (const date of year.makeupWorkdays) {
      const day = toDayNumber(date);
      if (isWeekendDay(day)) adjustments.push({ day, delta: 1 });
    }
  }
  adjustments.sort((a, b) => a.day - b.day);
  const days = adjustments.map((a) => a.day);
  const prefix = [0];
  for (const a of adjustments) prefix.push(prefix[prefix.length - 1] + a.delta);
  const upTo = (day: number) => weekdaysUpTo(day + 1) + prefix[upperBound(days, day)];

  return (from, to) => {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    return a <= b ? upTo(b) - upTo(a) : -(upTo(a) - upTo(b));
  };
}
