// 依申请公开 at scale: 100,000 cases in one org (bulk-inserted generated data), then the
// officer's queue and the dashboard (p50/p95, target p95 < 100 ms) and the table-三 figures for
// a year (target < 1 s), beside a trivial `select 1` measured in the same run.
// PGlite always; PostgreSQL too when DATABASE_URL is set (a database of its own, dropped after).
//   node --import tsx bench/applications.bench.ts        (BENCH_CASES=… to change the size)
import os from 'node:os';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/core/logger.ts';
import type { Engine } from '../src/db/database.ts';
import { openTestDatabase, testEngines } from '../src/db/testing.ts';
import { chinaDate } from '../src/features/applications/china-date.ts';
import {
  caseRow,
  generateSummaries,
  insertCaseRows,
  randomSource,
} from '../src/features/applications/generate-cases.ts';
import type { Actor } from '../src/features/auth/actor.ts';
import { addDays } from '../src/features/calendar/iso-date.ts';
import { seedPlatform } from '../src/features/demo/seed-platform.ts';
import { createServices } from '../src/services.ts';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const FIGURE_RUNS = Number(process.env.BENCH_FIGURE_RUNS ?? 10);
const BATCH = 1000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Stats {
  p50: number;
  p95: number;
  max: number;
  /** Mean CPU time of this process per call: for PGlite (in process) a figure a busy machine distorts less. */
  cpu: number;
}

async function measure(runs: number, work: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < Math.min(5, runs); i++) await work();
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? 0,
    cpu: (used.user + used.system) / 1000 / runs,
  };
}

const ms = (n: number) => `${n.toFixed(2).padStart(8)} ms`;

async function benchEngine(engine: Engine): Promise<boolean> {
  const database = await openTestDatabase(engine);
  try {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', GONGKAI_SEED_DEMO: '0' });
    const services = createServices(database, config, createLogger('silent'));
    const seeded = await seedPlatform(services);
    const orgId = seeded.orgIds['fugou-gxj'];
    const db = database.db;
    const officerRow = await db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'officer')
      .executeTakeFirstOrThrow();
    const approverRow = await db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'approver')
      .executeTakeFirstOrThrow();
    const officer: Actor = await services.auth.loadActor(officerRow.id);
    const calendar = await services.calendar.getCalendar();
    const today = chinaDate(new Date());

    const started = performance.now();
    const random = randomSource(2025);
    const summaries = generateSummaries(random, CASES, addDays(today, -5 * 365), today);
    const context = {
      orgId,
      calendar,
      counters: new Map<number, number>(),
      officerIds: [officerRow.id, approverRow.id, officerRow.id],
      random,
    };
    for (let i = 0; i < summaries.length; i += BATCH) {
      await insertCaseRows(
        db,
        summaries.slice(i, i + BATCH).map((s) => caseRow(context, s)),
        BATCH,
      );
    }
    await sql`analyze application`.execute(db);
    const insertSeconds = (performance.now() - started) / 1000;
    const open = summaries.filter((s) => s.closedOn === null).length;
    const year = Number(today.slice(0, 4)) - 1;

    const baseline = await measure(RUNS, () => sql`select 1`.execute(db));
    const queue = await measure(RUNS, () => services.applications.getMyQueue(officer, { page: 1, pageSize: 20 }));
    const dashboard = await measure(RUNS, () => services.applications.getDashboard(officer));
    const list = await measure(RUNS, () =>
      services.applications.listApplications(officer, { orgId }, { page: 1, pageSize: 20 }),
    );
    const figures = await measure(FIGURE_RUNS, () =>
      services.applications.computeApplicationsFigures(officer, 'fugou-gxj', year),
    );
    const recount = await measure(Math.max(3, Math.floor(FIGURE_RUNS / 3)), () =>
      services.applications.recountApplicationsFigures(officer, 'fugou-gxj', year),
    );
    const table = await services.applications.computeApplicationsFigures(officer, 'fugou-gxj', year);
    const queueSize = (await services.applications.getMyQueue(officer, { page: 1, pageSize: 1 })).total;

    console.log(
      `\n[${engine}] ${CASES.toLocaleString()} cases in one org (${open.toLocaleString()} open; the officer's queue ${queueSize}), inserted in ${insertSeconds.toFixed(1)} s`,
    );
    const isInProcess = engine === 'pglite';
    const cpuHead = isInProcess ? 'cpu/call'.padStart(11) : '';
    console.log(
      `  ${'call'.padEnd(34)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}${cpuHead}   p50 ÷ select 1`,
    );
    const row = (name: string, s: Stats) => {
      const cpu = isInProcess ? ms(s.cpu) : '';
      console.log(
        `  ${name.padEnd(34)}${ms(s.p50)}${ms(s.p95)}${ms(s.max)}${cpu}   ×${(s.p50 / baseline.p50).toFixed(0)}`,
      );
    };
    row('select 1 (baseline)', baseline);
    row('officer queue (getMyQueue)', queue);
    row('dashboard (getDashboard)', dashboard);
    row('case list, one org (page 1)', list);
    row(`table 三 ${year} (SQL aggregate)`, figures);
    row(`table 三 ${year} (reference recount)`, recount);
    console.log(
      `  table 三 ${year}: received ${table.received.total}, carried over ${table.carriedOver.total}, handled ${table.handledTotal.total}, carried forward ${table.carriedForward.total}`,
    );
    const ok = queue.p95 < 100 && dashboard.p95 < 100 && figures.p95 < 1000;
    console.log(
      `  targets (queue and dashboard p95 < 100 ms, table 三 < 1 s): ${ok ? '达标' : '未达标'}; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
    );
    return ok;
  } finally {
    await database.close();
  }
}

let allOk = true;
for (const engine of testEngines()) allOk = (await benchEngine(engine)) && allOk;
process.exit(allOk ? 0 : 1);
