// YearData ⇄ rows of the `calendar_day` table (one row per special day), so the database
// store and the seed agree on the mapping. A year counts as loaded when it has any row.
import { yearOf } from './iso-date.ts';
import { normalizeYearData, type YearData } from './year-data.ts';

export type CalendarDayKind = 'holiday' | 'makeup_workday';

export interface CalendarDayRow {
  day: string;
  kind: CalendarDayKind;
  name: string | null;
}

export function toCalendarDayRows(data: YearData): CalendarDayRow[] {
  const name = (date: string) => data.names?.[date] ?? null;
  return [
    ...data.holidays.map((day) => ({ day, kind: 'holiday' as const, name: name(day) })),
    ...data.makeupWorkdays.map((day) => ({ day, kind: 'makeup_workday' as const, name: name(day) })),
  ].sort((a, b) => a.day.localeCompare(b.day));
}

export function fromCalendarDayRows(rows: readonly CalendarDayRow[]): YearData[] {
  const years = new Map<number, YearData>();
  for (const row of rows) {
    const year = yearOf(row.day);
    const data = years.get(year) ?? { year, holidays: [], makeupWorkdays: [], names: {} };
    (row.kind === 'holiday' ? data.holidays : data.makeupWorkdays).push(row.day);
    if (row.name && data.names) data.names[row.day] = row.name;
    years.set(year, data);
  }
  return [...years.values()].sort((a, b) => a.year - b.year).map(normalizeYearData);
}
