// The JSON import format, one year or a list of years:
//   { "year": 2027,
//     "holidays": ["2027-01-01", { "date": "2027-01-02", "name": "元旦" },
//                  { "from": "2027-02-05", "to": "2027-02-11", "name": "春节" }],
//     "makeupWorkdays": [{ "date": "2027-02-13", "name": "春节" }] }

import type { CalendarImportResult } from './import-result.ts';
import { addDays, isIsoDate } from './iso-date.ts';
import { normalizeYearData, validateYearData, type YearData, yearDataWarnings } from './year-data.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const LONGEST_HOLIDAY_RUN = 31;

function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The dates from..to inclusive, or an error message. */
function readRange(from: Json | undefined, to: Json | undefined, where: string): string[] | string {
  if (typeof from !== 'string' || !isIsoDate(from)) return `${where}.from：缺少或不是有效日期`;
  if (typeof to !== 'string' || !isIsoDate(to)) return `${where}.to：缺少或不是有效日期`;
  if (to < from) return `${where}：结束日期 ${to} 早于开始日期 ${from}`;
  if (addDays(from, LONGEST_HOLIDAY_RUN) <= to)
    return `${where}：${from} 至 ${to} 超过 ${LONGEST_HOLIDAY_RUN} 天，请检查日期`;
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

function readEntries(
  list: Json | undefined,
  path: string,
  allowRanges: boolean,
  errors: string[],
): { date: string; name?: string }[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    errors.push(`${path}：应为数组，例如 ["2027-01-01"]`);
    return [];
  }
  const entries: { date: string; name?: string }[] = [];
  list.forEach((item, index) => {
    const where = `${path}[${index}]`;
    if (typeof item === 'string') {
      if (isIsoDate(item)) entries.push({ date: item });
      else errors.push(`${where}：「${item}」不是有效日期，应写成 YYYY-MM-DD`);
      return;
    }
    if (!isRecord(item)) {
      errors.push(`${where}：应为日期字符串或 { "date": "YYYY-MM-DD", "name": "节日名称" }`);
      return;
    }
    const name = item.name;
    if (name !== undefined && typeof name !== 'string') {
      errors.push(`${where}.name：节日名称应为文字`);
      return;
    }
    const label = name?.trim() || undefined;
    if (allowRanges && (item.from !== undefined || item.to !== undefined)) {
      const range = readRange(item.from, item.to, where);
      if (typeof range === 'string') errors.push(range);
      else for (const date of range) entries.push({ date, name: label });
      return;
    }
    const { date } = item;
    if (typeof date !== 'string' || !isIsoDate(date)) {
      errors.push(`${where}.date：缺少或不是有效日期（YYYY-MM-DD）`);
      return;
    }
    entries.push({ date, name: label });
  });
  return entries;
}

function readYear(value: Json, path: string, errors: string[]): YearData | null {
  if (!isRecord(value)) {
    errors.push(`${path || '文件'}：应为对象，包含 year、holidays、makeupWorkdays`);
    return null;
  }
  const prefix = path ? `${path}.` : '';
  const { year } = value;
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    errors.push(`${prefix}year：缺少年份或不是整数，例如 "year": 2027`);
    return null;
  }
  const before = errors.length;
  const holidays = readEntries(value.holidays, `${prefix}holidays`, true, errors);
  const makeup = readEntries(value.makeupWorkdays, `${prefix}makeupWorkdays`, false, errors);
  if (value.holidays === undefined) errors.push(`${prefix}holidays：缺少放假日期列表`);
  if (errors.length > before) return null;
  const names: Record<string, string> = {};
  for (const { date, name } of [...holidays, ...makeup]) if (name) names[date] = name;
  const data: YearData = {
    year,
    holidays: holidays.map((entry) => entry.date),
    makeupWorkdays: makeup.map((entry) => entry.date),
    names,
  };
  for (const problem of validateYearData(data)) errors.push(`${prefix || `${year} 年：`}${problem}`);
  return errors.length > before ? null : normalizeYearData(data);
}

export function parseCalendarJson(text: string): CalendarImportResult {
  let parsed: Json;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`文件不是有效的 JSON：${detail}`] };
  }
  const errors: string[] = [];
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const years: YearData[] = [];
  items.forEach((item, index) => {
    const data = readYear(item, Array.isArray(parsed) ? `[${index}]` : '', errors);
    if (!data) return;
    if (years.some((other) => other.year === data.year)) errors.push(`${data.year} 年在文件中出现了不止一次`);
    else years.push(data);
  });
  if (errors.length > 0) return { ok: false, errors };
  if (years.length === 0) return { ok: false, errors: ['文件中没有任何年份的数据'] };
  return { ok: true, years, warnings: years.flatMap(yearDataWarnings) };
}
