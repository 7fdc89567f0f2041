import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openTestDatabase, testEngines } from '../db/testing.ts';
import type { CalendarStore } from '../features/calendar/calendar-store.ts';
import { seedYearData } from '../features/calendar/seed.ts';
import type { YearData } from '../features/calendar/year-data.ts';
import { createCalendarCommand, createDatabaseCalendarCommand } from './calendar.ts';

const BIN = fileURLToPath(new URL('../../bin/gongkai', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
const dataDir = join(dir, 'data');
after(() => rmSync(dir, { recursive: true, force: true }));

// The command reads and writes the calendar_day table of the configured database: here an
// embedded database of its own, migrated once (so the 2019–2026 seed is in it).
const env: NodeJS.ProcessEnv = { ...process.env, GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;

/** Runs the real binary (one at a time: the embedded database admits one process). */
function gongkai(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'calendar', ...args],
      { encoding: 'utf8', timeout: 60_000, env },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('gongkai calendar (spawned, over the database)', () => {
  before(async () => {
    // Start from the migrated test template (initdb on disk takes far longer).
    const template = await openTestDatabase('pglite');
    const dump = await template.dumpDataDir!();
    await template.close();
    const database = await openDatabase({ dataDir, loadDataDir: dump });
    await migrateToLatest(database.db);
    await database.close();
  });

  test('add 2025-09-26 20 prints 2025-10-30 and nothing else', async () => {
    const run = await gongkai('add', '2025-09-26', '20');
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '2025-10-30\n', '']);
  });

  test('bad input exits 2 with one Chinese line and no stack trace', async () => {
    const run = await gongkai('add', '2025-02-30', '20');
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(run.stderr, /日期「2025-02-30」无效/);
  });

  test('import saves a valid year into the database and refuses a broken file naming the field', async () => {
    const good = join(dir, '2027.json');
    writeFileSync(
      good,
      JSON.stringify({
        year: 2027,
        holidays: [{ from: '2027-02-06', to: '2027-02-12', name: '春节' }],
        makeupWorkdays: ['2027-02-14'],
      }),
    );
    const saved = await gongkai('import', good);
    assert.equal(saved.code, 0);
    assert.match(saved.stdout, /2027 年：放假 7 天，调休上班 1 天/);
    assert.match(saved.stdout, /已导入 2027 年/);
    // 2027 is loaded now: the same count is no longer provisional.
    const after2027 = await gongkai('add', '2026-12-15', '20');
    assert.deepEqual([after2027.code, after2027.stdout, after2027.stderr], [0, '2027-01-12\n', '']);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"year": 2027, "holidays": ["2027-02-30"]}');
    const refused = await gongkai('import', bad);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /holidays\[0\]：「2027-02-30」不是有效日期/);
  });

  test('--help is in Chinese', async () => {
    const run = await gongkai('--help');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /用法：/);
    assert.match(run.stdout, /调休上班/);
  });
});

describe('calendar command with a writable store (in process)', () => {
  function memoryStore(): CalendarStore & { saved: YearData[] } {
    const saved: YearData[] = [];
    return {
      saved,
      load: async () => [...seedYearData(), ...saved],
      saveYear: async (data) => {
        saved.push(data);
      },
    };
  }

  test('import saves each year through the store, and add then uses it', async () => {
    const store = memoryStore();
    const lines: string[] = [];
    const file = '{"year":2027,"holidays":["2027-01-01"],"makeupWorkdays":[]}';
    const command = createCalendarCommand({
      store,
      read: async () => file,
      out: (text) => lines.push(text),
      err: () => {},
    });
    assert.equal(await command.run(['import', '2027.json']), 0);
    assert.deepEqual(
      store.saved.map((year) => year.year),
      [2027],
    );
    assert.match(lines.at(-1) ?? '', /已导入 2027 年/);
    lines.length = 0;
    assert.equal(await command.run(['add', '2026-12-31', '1', '--json']), 0);
    assert.deepEqual(JSON.parse(lines[0]), { date: '2027-01-04', provisional: false, provisionalYears: [] });
  });

  test('--year keeps only that year of a multi-year file', async () => {
    const store = memoryStore();
    const file = '[{"year":2027,"holidays":["2027-01-01"]},{"year":2028,"holidays":["2028-01-01"]}]';
    const command = createCalendarCommand({ store, read: async () => file, out: () => {}, err: () => {} });
    assert.equal(await command.run(['import', 'years.json', '--year', '2028']), 0);
    assert.deepEqual(
      store.saved.map((year) => year.year),
      [2028],
    );
  });
});

for (const engine of testEngines()) {
  describe(`calendar command over the calendar_day table (in process, ${engine})`, () => {
    let database: Database;
    let refreshed = 0;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    async function gongkai(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      const out: string[] = [];
      const err: string[] = [];
      const command = createDatabaseCalendarCommand({
        open: async () => ({ ...database, close: async () => {} }),
        afterImport: async () => {
          refreshed += 1;
        },
        read: async () => JSON.stringify({ year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [] }),
        out: (text) => out.push(`${text}\n`),
        err: (text) => err.push(`${text}\n`),
      });
      const code = await command.run(args);
      return { code, stdout: out.join(''), stderr: err.join('') };
    }

    test('a provisional result says so on stderr, keeping stdout a bare date', async () => {
      const run = await gongkai('add', '2026-12-15', '20');
      assert.equal(run.code, 0);
      assert.equal(run.stdout, '2027-01-12\n');
      assert.match(run.stderr, /暂定：2027 年的节假日安排尚未录入/);
    });

    test('explain lists the holiday skipped and the make-up days counted, in Chinese', async () => {
      const run = await gongkai('explain', '2025-09-26', '20');
      assert.equal(run.code, 0);
      assert.match(run.stdout, /第 20 个工作日：2025-10-30/);
      assert.match(run.stdout, /2025-10-01（星期三）至2025-10-08（星期三） 国庆节、中秋节放假，8 天，不计/);
      assert.match(run.stdout, /2025-09-28（星期日） 国庆节调休上班，计为工作日/);
      assert.match(run.stdout, /2025-10-11（星期六） 国庆节调休上班，计为工作日/);
    });

    test('import writes calendar_day rows, settles open cases, and the next add is final', async () => {
      const run = await gongkai('import', '2027.json');
      assert.equal(run.code, 0);
      assert.match(run.stdout, /已导入 2027 年/);
      assert.equal(refreshed, 1);
      const rows = await database.db
        .selectFrom('calendar_day')
        .select(['day', 'kind'])
        .where('year', '=', 2027)
        .execute();
      assert.deepEqual(rows, [{ day: '2027-01-01', kind: 'holiday' }]);
      const later = await gongkai('add', '2026-12-31', '1', '--json');
      assert.deepEqual(JSON.parse(later.stdout), { date: '2027-01-04', provisional: false, provisionalYears: [] });
    });
  });
}
