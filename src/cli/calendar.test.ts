import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CalendarStore } from '../features/calendar/calendar-store.ts';
import { seedYearData } from '../features/calendar/seed.ts';
import type { YearData } from '../features/calendar/year-data.ts';
import { createCalendarCommand } from './calendar.ts';

const BIN = fileURLToPath(new URL('../../bin/gongkai', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real binary; async so the spawned tests below can run side by side. */
function gongkai(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'calendar', ...args],
      { encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('gongkai calendar (spawned)', { concurrency: true }, () => {
  test('add 2025-09-26 20 prints 2025-10-30 and nothing else', async () => {
    const run = await gongkai('add', '2025-09-26', '20');
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '2025-10-30\n', '']);
  });

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

  test('bad input exits 2 with one Chinese line and no stack trace', async () => {
    const run = await gongkai('add', '2025-02-30', '20');
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(run.stderr, /日期「2025-02-30」无效/);
  });

  test('import previews a valid file and refuses a broken one naming the field', async () => {
    const good = join(dir, '2027.json');
    writeFileSync(
      good,
      JSON.stringify({
        year: 2027,
        holidays: [{ from: '2027-02-06', to: '2027-02-12', name: '春节' }],
        makeupWorkdays: ['2027-02-14'],
      }),
    );
    const preview = await gongkai('import', good);
    assert.equal(preview.code, 0);
    assert.match(preview.stdout, /2027 年：放假 7 天，调休上班 1 天/);
    assert.match(preview.stdout, /未保存/);
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
