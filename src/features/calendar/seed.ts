import { SEED_YEARS } from './seed-2019-2026.ts';
import { expandSeedYear } from './seed-format.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.ts';
import type { YearData } from './year-data.ts';

/** The shipped schedules for 2019–2026, as rows for the `calendar_day` table. */
export function seedYearData(): YearData[] {
  return SEED_YEARS.map(expandSeedYear);
}

/** A calendar over the shipped seed only (tests, and the CLI until the database store lands). */
export function createSeedCalendar(): WorkingCalendar {
  return createWorkingCalendar(seedYearData());
}
