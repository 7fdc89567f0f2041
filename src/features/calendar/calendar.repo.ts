// The calendar_day table: the only SQL of the working-day calendar.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type CalendarDayRow, toCalendarDayRows } from './calendar-rows.ts';
import type { YearData } from './year-data.ts';

export async function findCalendarRows(db: Kysely<DB>): Promise<CalendarDayRow[]> {
  return db.selectFrom('calendar_day').select(['day', 'kind', 'name']).orderBy('day').execute();
}

/** Replaces one year's rows; run inside a transaction so readers never see half a year. */
export async function replaceCalendarYear(db: Kysely<DB>, data: YearData): Promise<void> {
  await db.deleteFrom('calendar_day').where('year', '=', data.year).execute();
  const rows = toCalendarDayRows(data).map((row) => ({ ...row, year: data.year }));
  if (rows.length > 0) await db.insertInto('calendar_day').values(rows).execute();
}
