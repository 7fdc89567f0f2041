import { addDays, assertIsoDate, isWeekend, toDayNumber, yearOf } from './iso-date.ts';
import { validateYearData, type YearData } from './year-data.ts';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeupWorkday';

export interface DayInfo {
  date: string;
  kind: DayKind;
  isWorkingDay: boolean;
  /** The festival's name, when the year's data gives one. */
  name?: string;
  /** True when the year has no holiday data, so only weekends were considered. */
  provisional: boolean;
}

/** A computed date. `provisionalYears` lists the years crossed that have no holiday data. */
export interface CalendarResult {
  date: string;
  provisional: boolean;
  provisionalYears: number[];
}

export interface WorkingDaysExplanation extends CalendarResult {
  start: string;
  workingDays: number;
  /** Days passed over without counting: weekends and holidays, in date order. */
  skipped: DayInfo[];
  /** 调休 make-up days that fell on a weekend and were counted. */
  makeupWorkdaysCounted: DayInfo[];
}

export interface WorkingDayCount {
  /** Working days after `from` up to and including `to`; negative when `to` is earlier. */
  days: number;
  provisional: boolean;
  provisionalYears: number[];
}

export interface WorkingCalendar {
  /** The years that have holiday data, ascending. */
  years(): number[];
  hasYear(year: number): boolean;
  describeDay(date: string): DayInfo;
  isWorkingDay(date: string): boolean;
  /** Day 1 is the first working day after `date`; n = 0 returns `date` itself. */
  addWorkingDays(date: string, n: number): CalendarResult;
  explainWorkingDays(date: string, n: number): WorkingDaysExplanation;
  workingDaysBetween(from: string, to: string): WorkingDayCount;
}

/** Longest span we count, about 40 years: anything longer is a bug in the caller. */
export const MAX_WORKING_DAYS = 10_000;

export function createWorkingCalendar(yearData: readonly YearData[]): WorkingCalendar {
  const loadedYears = new Set<number>();
  const days = new Map<string, { kind: 'holiday' | 'makeupWorkday'; name?: string }>();
  for (const data of yearData) {
    const errors = validateYearData(data);
    if (errors.length > 0) throw new RangeError(`${data.year} 年节假日数据有误：${errors.join('；')}`);
    if (loadedYears.has(data.year)) throw new RangeError(`${data.year} 年节假日数据重复提供`);
    loadedYears.add(data.year);
    for (const date of data.holidays) days.set(date, { kind: 'holiday', name: data.names?.[date] });
    for (const date of data.makeupWorkdays) days.set(date, { kind: 'makeupWorkday', name: data.names?.[date] });
  }

  function describeDay(date: string): DayInfo {
    assertIsoDate(date);
    const provisional = !loadedYears.has(yearOf(date));
    const special = days.get(date);
    if (special) {
      const info: DayInfo = { date, kind: special.kind, isWorkingDay: special.kind === 'makeupWorkday', provisional };
      if (special.name) info.name = special.name;
      return info;
    }
    const weekend = isWeekend(date);
    return { date, kind: weekend ? 'weekend' : 'workday', isWorkingDay: !weekend, provisional };
  }

  function walk(date: string, n: number): WorkingDaysExplanation {
    assertIsoDate(date);
    if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
      throw new RangeError(`工作日天数「${n}」无效，应为 0–${MAX_WORKING_DAYS} 之间的整数`);
    }
    const skipped: DayInfo[] = [];
    const makeupWorkdaysCounted: DayInfo[] = [];
    const provisionalYears = new Set<number>();
    let current = date;
    for (let counted = 0; counted < n; ) {
      current = addDays(current, 1);
      const info = describeDay(current);
      if (info.provisional) provisionalYears.add(yearOf(current));
      if (!info.isWorkingDay) {
        skipped.push(info);
        continue;
      }
      counted += 1;
      if (info.kind === 'makeupWorkday') makeupWorkdaysCounted.push(info);
    }
    const years = [...provisionalYears].sort((a, b) => a - b);
    return {
      date: current,
      provisional: years.length > 0,
      provisionalYears: years,
      start: date,
      workingDays: n,
      skipped,
      makeupWorkdaysCounted,
    };
  }

  function workingDaysBetween(from: string, to: string): WorkingDayCount {
    assertIsoDate(from);
    assertIsoDate(to);
    const sign = from <= to ? 1 : -1;
    const [low, high] = sign === 1 ? [from, to] : [to, from];
    if (toDayNumber(high) - toDayNumber(low) > MAX_WORKING_DAYS * 2) {
      throw new RangeError(`${low} 至 ${high} 相隔太远，无法计算工作日`);
    }
    const provisionalYears = new Set<number>();
    let count = 0;
    for (let current = addDays(low, 1); current <= high; current = addDays(current, 1)) {
      const info = describeDay(current);
      if (info.provisional) provisionalYears.add(yearOf(current));
      if (info.isWorkingDay) count += 1;
    }
    const years = [...provisionalYears].sort((a, b) => a - b);
    return { days: sign * count, provisional: years.length > 0, provisionalYears: years };
  }

  return {
    years: () => [...loadedYears].sort((a, b) => a - b),
    hasYear: (year) => loadedYears.has(year),
    describeDay,
    isWorkingDay: (date) => describeDay(date).isWorkingDay,
    addWorkingDays(date, n) {
      const { date: result, provisional, provisionalYears } = walk(date, n);
      return { date: result, provisional, provisionalYears };
    },
    explainWorkingDays: walk,
    workingDaysBetween,
  };
}
