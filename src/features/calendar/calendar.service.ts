// The working-day calendar over the calendar_day table, cached in memory and refreshed on
// import (and every few minutes, so several instances pick up another's import).
import type { Kysely } from 'kysely';
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../db/schema.ts';
import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext } from '../auth/actor.ts';
import { requirePlatformAdmin } from '../auth/authorize.ts';
import { findCalendarRows, replaceCalendarYear } from './calendar.repo.ts';
import { fromCalendarDayRows } from './calendar-rows.ts';
import type { CalendarStore } from './calendar-store.ts';
import { createDayCounter, type DayCounter } from './day-counter.ts';
import { parseCalendarFile } from './import-file.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.ts';
import type { YearData } from './year-data.ts';

const CACHE_MS = 5 * 60_000;

/** The calendar_day table as a CalendarStore (used by the CLI and the service). */
export function createDbCalendarStore(db: Kysely<DB>): CalendarStore {
  return {
    load: async () => fromCalendarDayRows(await findCalendarRows(db)),
    saveYear: (data) => db.transaction().execute((trx) => replaceCalendarYear(trx, data)),
  };
}

export interface CalendarYearSummary {
  year: number;
  holidays: number;
  makeupWorkdays: number;
  data: YearData;
}

export interface ImportCalendarOptions {
  /** Decides the parser (.json / .ics); the content is sniffed when absent. */
  fileName?: string;
  content: string;
  /** Import only this year of the file. */
  year?: number;
}

export interface ImportCalendarResult {
  years: number[];
  /** Years that existed and were replaced as a whole. */
  replaced: number[];
  warnings: string[];
}

export interface CalendarService {
  /** The working calendar as loaded now (cached). */
  getCalendar(): Promise<WorkingCalendar>;
  /** Working days between two dates without walking day by day (lists of many cases). */
  getDayCounter(): Promise<DayCounter>;
  listYears(): Promise<CalendarYearSummary[]>;
  /** Platform administrators: the holiday schedule is national. */
  importCalendar(ctx: ActionContext, options: ImportCalendarOptions): Promise<ImportCalendarResult>;
  /** Forget the cached calendar (after an import by another path, e.g. the CLI). */
  invalidate(): void;
  /** Runs after every import (e.g. to settle provisional due dates of open cases). */
  onImport(listener: (years: number[]) => Promise<unknown>): void;
}

export function createCalendarService(deps: ServiceDeps): CalendarService {
  const { db, now } = deps;
  let cached: { loaded: Promise<{ calendar: WorkingCalendar; counter: DayCounter }>; at: number } | null = null;
  const listeners: ((years: number[]) => Promise<unknown>)[] = [];

  const invalidate = () => {
    cached = null;
  };

  function load() {
    const at = now().getTime();
    if (!cached || at - cached.at > CACHE_MS) {
      const loaded = createDbCalendarStore(db)
        .load()
        .then((years) => ({ calendar: createWorkingCalendar(years), counter: createDayCounter(years) }));
      cached = { loaded, at };
      // A failed load must not stick in the cache.
      loaded.catch(invalidate);
    }
    return cached.loaded;
  }

  return {
    getCalendar: async () => (await load()).calendar,
    getDayCounter: async () => (await load()).counter,

    async listYears() {
      const years = await createDbCalendarStore(db).load();
      return years.map((data) => ({
        year: data.year,
        holidays: data.holidays.length,
        makeupWorkdays: data.makeupWorkdays.length,
        data,
      }));
    },

    async importCalendar({ actor, meta }, options) {
      requirePlatformAdmin(actor);
      const parsed = parseCalendarFile(options.fileName ?? '', options.content);
      if (!parsed.ok) {
        throw new AppError(
          'VALIDATION_FAILED',
          `节假日文件有 ${parsed.errors.length} 处问题，未导入：${parsed.errors.join('；')}`,
          parsed.errors.map((message) => ({ field: 'content', message })),
        );
      }
      const years = options.year === undefined ? parsed.years : parsed.years.filter((y) => y.year === options.year);
      if (years.length === 0) {
        throw new AppError('VALIDATION_FAILED', `文件中没有 ${options.year} 年的数据`, [
          { field: 'year', message: `文件中没有 ${options.year} 年的数据` },
        ]);
      }
      const replaced: number[] = [];
      await db.transaction().execute(async (trx) => {
        const existing = new Set(
          (await trx.selectFrom('calendar_day').select('year').distinct().execute()).map((r) => r.year),
        );
        for (const year of years) {
          if (existing.has(year.year)) replaced.push(year.year);
          await replaceCalendarYear(trx, year);
        }
        await recordAudit(trx, {
          actor,
          meta,
          at: now(),
          orgId: null,
          action: 'calendar.import',
          targetType: 'calendar_year',
          targetId: years.map((y) => y.year).join(','),
          after: years,
        });
      });
      invalidate();
      const imported = years.map((y) => y.year);
      for (const listener of listeners) await listener(imported);
      return { years: imported, replaced, warnings: parsed.warnings };
    },

    invalidate,
    onImport: (listener) => {
      listeners.push(listener);
    },
  };
}
