import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromCalendarDayRows, toCalendarDayRows } from './calendar-rows.ts';
import { seedYearData } from './seed.ts';

test('the seed survives a round trip through calendar_day rows', () => {
  const seed = seedYearData();
  const rows = seed.flatMap(toCalendarDayRows);
  assert.equal(new Set(rows.map((row) => row.day)).size, rows.length);
  assert.deepEqual(
    rows.find((row) => row.day === '2025-09-28'),
    { day: '2025-09-28', kind: 'makeup_workday', name: '国庆节' },
  );
  const back = fromCalendarDayRows(rows);
  assert.deepEqual(
    back.map((year) => [year.year, year.holidays, year.makeupWorkdays, year.names]),
    seed.map((year) => [year.year, [...year.holidays].sort(), [...year.makeupWorkdays].sort(), year.names]),
  );
});
