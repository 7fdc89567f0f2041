import { seedYearData } from './seed.ts';
import type { YearData } from './year-data.ts';

/**
 * Where the holiday schedule lives. The database store (the `calendar_day` table, built by the
 * calendar repository) implements this same interface and replaces the seed store in the
 * composition root; the CLI and services only ever see this interface.
 */
export interface CalendarStore {
  load(): Promise<YearData[]>;
  /** Replaces the whole year (holidays, make-up days and names). */
  saveYear(data: YearData): Promise<void>;
}

/** Raised by a store that cannot save, so callers can show a preview instead. */
export class ReadOnlyCalendarStoreError extends Error {
  constructor() {
    super('当前只有内置的 2019–2026 年节假日数据，尚未连接数据库，不能保存');
  }
}

/** The shipped 2019–2026 seed, read-only: the default until the database store is wired in. */
export function createSeedCalendarStore(): CalendarStore {
  return {
    load: async () => seedYearData(),
    saveYear: async () => {
      throw new ReadOnlyCalendarStoreError();
    },
  };
}
