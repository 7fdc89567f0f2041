// The .ics import convention (the one chinese-days and most published holiday calendars use):
// - each VEVENT covers DTSTART up to, but not including, DTEND (RFC 5545 all-day events);
//   without DTEND it covers the one day DTSTART;
// - a SUMMARY containing 班 (e.g. 春节(班), 调休上班) marks make-up working days;
//   otherwise a SUMMARY containing 休 or 假 (e.g. 春节(休), 国庆节放假) marks days off;
//   any other event is an error, so a stray calendar is not imported by mistake;
// - the festival name is the SUMMARY without those markers.
// Dates are grouped by year. A year that appears only through a holiday run spilling across
// New Year (e.g. 2022-12-31 in a 2023 calendar) is not imported; it is reported instead.

import type { CalendarImportResult } from './import-result.ts';
import { addDays, isIsoDate, yearOf } from './iso-date.ts';
import { normalizeYearData, validateYearData, type YearData, yearDataWarnings } from './year-data.ts';

interface IcsLine {
  lineNo: number;
  name: string;
  params: string;
  value: string;
}

interface IcsDay {
  date: string;
  kind: 'holiday' | 'makeup';
  name?: string;
  lineNo: number;
}

const LONGEST_EVENT_DAYS = 31;

/** Unfolds continuation lines (RFC 5545 §3.1), keeping the first physical line's number. */
function readLines(text: string): IcsLine[] {
  const lines: IcsLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const last = lines.at(-1);
      if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) {
        last.value += raw.slice(1);
        return;
      }
      if (raw.trim() === '') return;
      const colon = raw.indexOf(':');
      const head = colon === -1 ? raw : raw.slice(0, colon);
      const [name, ...params] = head.split(';');
      lines.push({
        lineNo: index + 1,
        name: name.toUpperCase(),
        params: params.join(';'),
        value: colon === -1 ? '' : raw.slice(colon + 1),
      });
    });
  return lines;
}

/** 20270101 or 20270101T000000(Z) → { date, isMidnight }; null when unreadable. */
function readIcsDate(value: string): { date: string; isMidnight: boolean } | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{6})Z?)?$/.exec(value.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  if (!isIsoDate(date)) return null;
  return { date, isMidnight: match[4] === undefined || match[4] === '000000' };
}

function unescapeText(value: string): string {
  return value
    .replace(/\\([,;\\])/g, '$1')
    .replace(/\\n/gi, ' ')
    .trim();
}

export function festivalName(summary: string): string | undefined {
  const name = summary
    .replace(/[（(][^)）]*[)）]/g, '')
    .replace(/(调休上班|补班|上班|调休|放假|休息|休|班|假)+$/u, '')
    .trim();
  return name || undefined;
}

function readEvent(lines: IcsLine[], beginLine: number, errors: string[]): IcsDay[] {
  const field = (name: string) => lines.find((line) => line.name === name);
  const where = `第 ${beginLine} 行开始的事件`;
  const fail = (message: string): IcsDay[] => {
    errors.push(message);
    return [];
  };
  const start = field('DTSTART');
  if (!start) return fail(`${where}缺少 DTSTART`);
  const from = readIcsDate(start.value);
  if (!from) return fail(`第 ${start.lineNo} 行：DTSTART「${start.value}」不是可识别的日期（应如 20270101）`);
  let lastDay = from.date;
  const end = field('DTEND');
  if (field('DURATION')) return fail(`${where}使用了 DURATION，请改用 DTEND`);
  if (end) {
    const to = readIcsDate(end.value);
    if (!to) return fail(`第 ${end.lineNo} 行：DTEND「${end.value}」不是可识别的日期（应如 20270102）`);
    // DTEND is exclusive for all-day events and for midnight; a later time includes that day.
    lastDay = to.isMidnight ? addDays(to.date, -1) : to.date;
    if (lastDay < from.date) return fail(`第 ${end.lineNo} 行：DTEND 早于或等于 DTSTART`);
    if (addDays(from.date, LONGEST_EVENT_DAYS) <= lastDay) {
      return fail(`${where}跨越超过 ${LONGEST_EVENT_DAYS} 天，请检查日期`);
    }
  }
  const summaryLine = field('SUMMARY');
  const summary = summaryLine ? unescapeText(summaryLine.value) : '';
  const kind = summary.includes('班') ? 'makeup' : /[休假]/u.test(summary) ? 'holiday' : null;
  if (!kind) {
    const lineNo = summaryLine?.lineNo ?? beginLine;
    errors.push(`第 ${lineNo} 行：事件标题「${summary}」中没有“休”“假”（放假）或“班”（调休上班），无法判断`);
    return [];
  }
  const name = festivalName(summary);
  const days: IcsDay[] = [];
  for (let date = from.date; date <= lastDay; date = addDays(date, 1))
    days.push({ date, kind, name, lineNo: start.lineNo });
  return days;
}

function isNewYearSpill(dates: string[]): boolean {
  return dates.every((date) => date.slice(5) >= '12-25' || date.slice(5) <= '01-07');
}

export function parseCalendarIcs(text: string): CalendarImportResult {
  const lines = readLines(text);
  if (!lines.some((line) => line.name === 'BEGIN' && line.value.trim().toUpperCase() === 'VCALENDAR')) {
    return { ok: false, errors: ['文件不是 iCalendar（.ics）格式：缺少 BEGIN:VCALENDAR'] };
  }
  const errors: string[] = [];
  const days: IcsDay[] = [];
  let event: { beginLine: number; lines: IcsLine[] } | null = null;
  for (const line of lines) {
    const value = line.value.trim().toUpperCase();
    if (line.name === 'BEGIN' && value === 'VEVENT') event = { beginLine: line.lineNo, lines: [] };
    else if (line.name === 'END' && value === 'VEVENT' && event) {
      days.push(...readEvent(event.lines, event.beginLine, errors));
      event = null;
    } else if (event) event.lines.push(line);
  }
  if (event) errors.push(`第 ${event.beginLine} 行开始的事件没有 END:VEVENT`);
  if (errors.length === 0 && days.length === 0) errors.push('文件中没有任何事件（VEVENT）');
  if (errors.length > 0) return { ok: false, errors };

  const byYear = new Map<number, IcsDay[]>();
  for (const day of days) byYear.set(yearOf(day.date), [...(byYear.get(yearOf(day.date)) ?? []), day]);
  const largest = Math.max(...[...byYear.values()].map((list) => list.length));
  const warnings: string[] = [];
  const years: YearData[] = [];
  for (const [year, list] of [...byYear].sort(([a], [b]) => a - b)) {
    const dates = list.map((day) => day.date);
    if (byYear.size > 1 && list.length < largest && isNewYearSpill(dates)) {
      warnings.push(
        `${dates.join('、')} 属于 ${year} 年，文件中只有该年跨年假期的零星日期，未导入；如需修改 ${year} 年请单独导入该年`,
      );
      continue;
    }
    const data: YearData = {
      year,
      holidays: list.filter((day) => day.kind === 'holiday').map((day) => day.date),
      makeupWorkdays: list.filter((day) => day.kind === 'makeup').map((day) => day.date),
      names: Object.fromEntries(list.filter((day) => day.name).map((day) => [day.date, day.name as string])),
    };
    const problems = validateYearData({
      ...data,
      holidays: [...new Set(data.holidays)],
      makeupWorkdays: [...new Set(data.makeupWorkdays)],
    });
    for (const problem of problems) {
      const lineNos = [...new Set(list.filter((day) => problem.includes(day.date)).map((day) => day.lineNo))];
      errors.push(lineNos.length > 0 ? `第 ${lineNos.join('、')} 行：${problem}` : problem);
    }
    years.push(normalizeYearData(data));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, years, warnings: [...warnings, ...years.flatMap(yearDataWarnings)] };
}
