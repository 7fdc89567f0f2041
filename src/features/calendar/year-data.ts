import { isIsoDate, isWeekend, yearOf } from './iso-date.ts';

/**
 * One year of the official holiday schedule (国务院办公厅 annual notice): the content of the
 * `calendar_day` table for that year. Dates are 'YYYY-MM-DD' and all belong to `year`.
 */
export interface YearData {
  year: number;
  /** Days off, including the weekend days inside a holiday period. */
  holidays: string[];
  /** 调休上班日: working days even on a Saturday or Sunday. */
  makeupWorkdays: string[];
  /** Optional names by date, e.g. { '2025-10-01': '国庆节、中秋节' }. */
  names?: Record<string, string>;
}

export const MIN_YEAR = 1949;
export const MAX_YEAR = 2200;

/** Problems with one year's data, in Chinese; empty when the data can be used. */
export function validateYearData(data: YearData): string[] {
  const errors: string[] = [];
  if (!Number.isInteger(data.year) || data.year < MIN_YEAR || data.year > MAX_YEAR) {
    errors.push(`年份「${data.year}」无效，应为 ${MIN_YEAR}–${MAX_YEAR} 之间的整数`);
    return errors;
  }
  const seen = new Map<string, string>();
  const lists: [keyof Pick<YearData, 'holidays' | 'makeupWorkdays'>, string][] = [
    ['holidays', '放假日期'],
    ['makeupWorkdays', '调休上班日期'],
  ];
  for (const [field, label] of lists) {
    for (const date of data[field]) {
      if (!isIsoDate(date)) {
        errors.push(`${label}「${date}」不是有效日期，应写成 YYYY-MM-DD`);
        continue;
      }
      if (yearOf(date) !== data.year) {
        errors.push(`${label} ${date} 不属于 ${data.year} 年；跨年的日期请写入所属年份的数据`);
        continue;
      }
      const earlier = seen.get(date);
      if (earlier === label) errors.push(`${label} ${date} 重复出现`);
      else if (earlier) errors.push(`${date} 既是放假日期又是调休上班日期，只能是其中一种`);
      seen.set(date, label);
    }
  }
  return errors;
}

/** Advice that does not block an import (e.g. a make-up day on a weekday is unusual). */
export function yearDataWarnings(data: YearData): string[] {
  const warnings: string[] = [];
  if (data.holidays.length === 0) warnings.push(`${data.year} 年没有任何放假日期，请确认文件是否完整`);
  for (const date of data.makeupWorkdays) {
    if (isIsoDate(date) && !isWeekend(date)) {
      warnings.push(`调休上班日 ${date} 本来就是工作日（不是周六或周日），请核对`);
    }
  }
  return warnings;
}

/** A copy with the dates sorted, for stable storage and display. */
export function normalizeYearData(data: YearData): YearData {
  const normalized: YearData = {
    year: data.year,
    holidays: [...new Set(data.holidays)].sort(),
    makeupWorkdays: [...new Set(data.makeupWorkdays)].sort(),
  };
  if (data.names && Object.keys(data.names).length > 0) {
    normalized.names = Object.fromEntries(Object.entries(data.names).sort(([a], [b]) => a.localeCompare(b)));
  }
  return normalized;
}
