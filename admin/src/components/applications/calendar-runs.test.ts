import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateRuns, describeRun, missingUpcomingYears } from './calendar-runs.ts';

describe('工作日历的显示', () => {
  test('2025 年国庆中秋连休 8 天显示为一段', () => {
    const dates = [
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ];
    const names = Object.fromEntries(dates.map((date) => [date, '国庆节、中秋节']));
    const runs = dateRuns(['2025-01-01', ...dates], { ...names, '2025-01-01': '元旦' });
    assert.deepEqual(runs.map(describeRun), ['2025-01-01 元旦', '2025-10-01 至 10-08 国庆节、中秋节（8 天）']);
  });

  test('跨月的连续日期也算一段', () => {
    assert.equal(dateRuns(['2020-01-31', '2020-02-01', '2020-02-02']).length, 1);
  });

  test('缺少今年或明年的节假日安排时提醒', () => {
    assert.deepEqual(missingUpcomingYears([2019, 2020, 2026], 2026), [2027]);
    assert.deepEqual(missingUpcomingYears([2026, 2027], 2026), []);
  });
});
