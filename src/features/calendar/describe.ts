// Chinese wording for the days a count passes over, shared by the CLI and the deadline view.
import { addDays, formatWithWeekday } from './iso-date.ts';
import type { DayInfo } from './working-calendar.ts';

/** Consecutive skipped days of one kind and name. */
export interface DayRun {
  from: string;
  to: string;
  kind: DayInfo['kind'];
  name?: string;
  days: number;
}

export function groupDays(days: readonly DayInfo[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last.kind === day.kind && last.name === day.name && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      last.days += 1;
    } else {
      const run: DayRun = { from: day.date, to: day.date, kind: day.kind, days: 1 };
      if (day.name) run.name = day.name;
      runs.push(run);
    }
  }
  return runs;
}

function span(run: DayRun): string {
  return run.from === run.to
    ? formatWithWeekday(run.from)
    : `${formatWithWeekday(run.from)}至${formatWithWeekday(run.to)}`;
}

/** '2025-10-01（星期三）至2025-10-08（星期三） 国庆节、中秋节放假，8 天' */
export function describeRun(run: DayRun): string {
  const count = `${run.days} 天`;
  if (run.kind === 'holiday') return `${span(run)} ${run.name ?? '法定节假日'}放假，${count}`;
  if (run.kind === 'makeupWorkday') return `${span(run)} ${run.name ?? ''}调休上班，${count}`;
  return `${span(run)} ${run.kind === 'weekend' ? '周末' : '工作日'}，${count}`;
}

export function describeSkippedRun(run: DayRun): string {
  return `${describeRun(run)}，不计`;
}

/** '2025-09-28（星期日） 国庆节调休上班' */
export function describeMakeupDay(day: DayInfo): string {
  return `${formatWithWeekday(day.date)} ${day.name ?? ''}调休上班`;
}

export function describeCountedMakeupDay(day: DayInfo): string {
  return `${describeMakeupDay(day)}，计为工作日`;
}

export function provisionalNote(years: readonly number[]): string {
  return `暂定：${years.join('、')} 年的节假日安排尚未录入，该年只按周末推算；录入后结果可能变化`;
}
