// gongkai calendar add|explain|import — the working-day calendar from the command line.
import { readFile } from 'node:fs/promises';
import type { Database } from '../db/database.ts';
import { createDbCalendarStore } from '../features/calendar/calendar.service.ts';
import { type CalendarStore, ReadOnlyCalendarStoreError } from '../features/calendar/calendar-store.ts';
import {
  describeCountedMakeupDay,
  describeMakeupDay,
  describeRun,
  describeSkippedRun,
  groupDays,
  provisionalNote,
} from '../features/calendar/describe.ts';
import { parseCalendarFile } from '../features/calendar/import-file.ts';
import { formatWithWeekday, isIsoDate } from '../features/calendar/iso-date.ts';
import { createWorkingCalendar, MAX_WORKING_DAYS } from '../features/calendar/working-calendar.ts';
import type { YearData } from '../features/calendar/year-data.ts';
import { CliError, EXIT_OK, EXIT_UNUSABLE } from './cli-error.ts';
import type { CliCommand } from './main.ts';

export const CALENDAR_HELP = `用法：
  gongkai calendar add 日期 天数 [--json]   推算「日期」之后第「天数」个工作日
  gongkai calendar explain 日期 天数        同上，并列出跳过的周末、节假日和计入的调休上班日
  gongkai calendar import 文件 [--year 年份] 校验并导入一年的节假日安排（.json 或 .ics）

说明：
  日期写成 YYYY-MM-DD。第 1 个工作日是「日期」之后的第一个工作日（收到申请当天不算）。
  工作日 = 周一至周五，去掉国务院公布的法定节假日，加上调休上班的周六、周日。
  某年的节假日安排尚未录入时，该年只按周末推算，结果标为“暂定”（提示写在标准错误输出，
  标准输出仍只有日期，便于脚本使用；--json 输出 {"date","provisional","provisionalYears"}）。

导入文件：
  JSON：{ "year": 2027, "holidays": ["2027-01-01", {"date": "…", "name": "元旦"},
          {"from": "2027-02-06", "to": "2027-02-12", "name": "春节"}], "makeupWorkdays": ["…"] }
  .ics：每个事件覆盖 DTSTART 至 DTEND 前一天；标题含“班”为调休上班日，含“休”或“假”为放假日。
  --year 只导入文件中的某一年。

退出码：0 正常，2 输入无法使用。`;

export interface CalendarCommandDeps {
  /** The calendar_day table (createDbCalendarStore); tests pass an in-memory store. */
  store: CalendarStore;
  read?: (path: string) => Promise<string>;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

function readDateAndCount(args: string[], usage: string): { date: string; n: number } {
  const [date, count] = args;
  if (!date || count === undefined) throw new CliError(`缺少参数。用法：${usage}`);
  if (!isIsoDate(date)) throw new CliError(`日期「${date}」无效，应写成 YYYY-MM-DD，例如 2025-09-26`);
  if (!/^\d+$/.test(count) || Number(count) > MAX_WORKING_DAYS) {
    throw new CliError(`天数「${count}」无效，应为 0–${MAX_WORKING_DAYS} 之间的整数`);
  }
  return { date, n: Number(count) };
}

function describeYear(data: YearData): string[] {
  const info = (date: string, kind: 'holiday' | 'makeupWorkday') => ({
    date,
    kind,
    isWorkingDay: kind === 'makeupWorkday',
    name: data.names?.[date],
    provisional: false,
  });
  const lines = [`${data.year} 年：放假 ${data.holidays.length} 天，调休上班 ${data.makeupWorkdays.length} 天`];
  for (const run of groupDays(data.holidays.map((date) => info(date, 'holiday')))) lines.push(`  ${describeRun(run)}`);
  for (const date of data.makeupWorkdays) lines.push(`  ${describeMakeupDay(info(date, 'makeupWorkday'))}`);
  return lines;
}

export function createCalendarCommand(deps: CalendarCommandDeps): CliCommand {
  const out = deps.out ?? ((text: string) => process.stdout.write(`${text}\n`));
  const err = deps.err ?? ((text: string) => process.stderr.write(`${text}\n`));
  const read = deps.read ?? ((path: string) => readFile(path, 'utf8'));
  const loadCalendar = async () => createWorkingCalendar(await deps.store.load());

  async function add(args: string[]): Promise<number> {
    const isJson = args.includes('--json');
    const { date, n } = readDateAndCount(
      args.filter((arg) => arg !== '--json'),
      'gongkai calendar add 日期 天数',
    );
    const result = (await loadCalendar()).addWorkingDays(date, n);
    if (isJson) out(JSON.stringify(result));
    else out(result.date);
    if (result.provisional && !isJson) err(provisionalNote(result.provisionalYears));
    return EXIT_OK;
  }

  async function explain(args: string[]): Promise<number> {
    const { date, n } = readDateAndCount(args, 'gongkai calendar explain 日期 天数');
    const result = (await loadCalendar()).explainWorkingDays(date, n);
    out(
      `${formatWithWeekday(date)}之后第 ${n} 个工作日：${formatWithWeekday(result.date)}${result.provisional ? '（暂定）' : ''}`,
    );
    out('（第 1 个工作日是该日期之后的第一个工作日）');
    const runs = groupDays(result.skipped);
    out(runs.length > 0 ? '跳过的日子：' : '没有跳过任何日子。');
    for (const run of runs) out(`  ${describeSkippedRun(run)}`);
    if (result.makeupWorkdaysCounted.length > 0) {
      out('计入的调休上班日：');
      for (const day of result.makeupWorkdaysCounted) out(`  ${describeCountedMakeupDay(day)}`);
    }
    out(`共 ${result.skipped.length + n} 个自然日：计入 ${n} 个工作日，跳过 ${result.skipped.length} 天。`);
    if (result.provisional) out(provisionalNote(result.provisionalYears));
    return EXIT_OK;
  }

  async function importFile(args: string[]): Promise<number> {
    const yearFlag = args.indexOf('--year');
    const onlyYear = yearFlag === -1 ? null : Number(args[yearFlag + 1]);
    if (onlyYear !== null && !Number.isInteger(onlyYear)) throw new CliError('--year 后应写年份，例如 --year 2027');
    const file = args.find((arg, index) => !arg.startsWith('--') && (yearFlag === -1 || index !== yearFlag + 1));
    if (!file) throw new CliError('缺少文件。用法：gongkai calendar import 文件 [--year 年份]');
    let text: string;
    try {
      text = await read(file);
    } catch {
      throw new CliError(`无法读取文件「${file}」：请检查路径和权限`);
    }
    const parsed = parseCalendarFile(file, text);
    if (!parsed.ok) {
      err(`文件「${file}」有 ${parsed.errors.length} 处问题，未导入：`);
      for (const error of parsed.errors) err(`  ${error}`);
      return EXIT_UNUSABLE;
    }
    const years = onlyYear === null ? parsed.years : parsed.years.filter((year) => year.year === onlyYear);
    if (years.length === 0) throw new CliError(`文件中没有 ${onlyYear} 年的数据`);
    const existing = new Set((await deps.store.load()).map((year) => year.year));
    for (const year of years) {
      for (const line of describeYear(year)) out(line);
      if (existing.has(year.year)) out(`  （将整体替换已有的 ${year.year} 年数据）`);
    }
    for (const warning of parsed.warnings) err(`提醒：${warning}`);
    try {
      for (const year of years) await deps.store.saveYear(year);
    } catch (error) {
      if (!(error instanceof ReadOnlyCalendarStoreError)) throw error;
      out(`以上为预览，未保存：${error.message}。`);
      return EXIT_OK;
    }
    out(`已导入 ${years.map((year) => `${year.year} 年`).join('、')}的节假日安排。`);
    return EXIT_OK;
  }

  return {
    summary: '工作日历：add 推算工作日、explain 说明、import 导入节假日',
    async run(args) {
      const [sub, ...rest] = args;
      if (!sub || sub === '--help' || sub === '-h' || sub === 'help' || rest.includes('--help')) {
        out(CALENDAR_HELP);
        return EXIT_OK;
      }
      if (sub === 'add') return add(rest);
      if (sub === 'explain') return explain(rest);
      if (sub === 'import') return importFile(rest);
      throw new CliError(`未知的子命令「${sub}」。运行 gongkai calendar --help 查看用法。`);
    },
  };
}

export interface DatabaseCalendarCommandDeps extends Omit<CalendarCommandDeps, 'store'> {
  /** Opens the configured database (migrated); closed again after each command. */
  open: () => Promise<Database>;
  /** After an import: settle the provisional due dates of open cases. */
  afterImport?: (database: Database) => Promise<void>;
}

/** The calendar command over the calendar_day table of the configured database. */
export function createDatabaseCalendarCommand(deps: DatabaseCalendarCommandDeps): CliCommand {
  const withStore = (store: CalendarStore) => createCalendarCommand({ ...deps, store });
  return {
    summary: '工作日历：add 推算工作日、explain 说明、import 导入节假日',
    async run(args) {
      const [sub] = args;
      // Opened on first use: help and bad arguments never start the database.
      let database: Database | undefined;
      const open = async () => {
        database ??= await deps.open();
        return createDbCalendarStore(database.db);
      };
      const store: CalendarStore = {
        load: async () => (await open()).load(),
        saveYear: async (data) => (await open()).saveYear(data),
      };
      try {
        const code = await withStore(store).run(args);
        if (sub === 'import' && code === EXIT_OK && database && deps.afterImport) await deps.afterImport(database);
        return code;
      } finally {
        await database?.close();
      }
    },
  };
}

async function refreshProvisionalCases(database: Database): Promise<void> {
  const [{ loadConfig }, { createLogger }, { createServices }] = await Promise.all([
    import('../config.ts'),
    import('../core/logger.ts'),
    import('../services.ts'),
  ]);
  const config = loadConfig();
  const services = createServices(database, config, createLogger('silent'));
  await services.applications.refreshProvisionalCases();
}

export const calendarCommand: CliCommand = createDatabaseCalendarCommand({
  open: async () => {
    const [{ loadConfig }, { openConfiguredDatabase }] = await Promise.all([
      import('../config.ts'),
      import('../main.ts'),
    ]);
    return openConfiguredDatabase(loadConfig());
  },
  afterImport: refreshProvisionalCases,
});
