import type { CalendarDayKind } from './calendar-rows.ts';

/** One official holiday or 调休 make-up working day; a year is loaded when it has any row. */
export interface CalendarDayTable {
  day: string;
  year: number;
  kind: CalendarDayKind;
  name: string | null;
}

export interface CalendarTables {
  calendar_day: CalendarDayTable;
}
