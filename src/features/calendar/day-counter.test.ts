import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createDayCounter } from './day-counter.ts';
import { addDays } from './iso-date.ts';
import { seedYearData } from './seed.ts';
import { createWorkingCalendar } from './working-calendar.ts';

describe('fast working-day counter', () => {
  const years = seedYearData();
  const calendar = createWorkingCalendar(years);
  const count = createDayCounter(years);

  test('agrees with the working calendar on any two dates, across years with and without data', () => {
    const date = fc.integer({ min: 0, max: 12 * 366 }).map((n) => addDays('2017-01-01', n));
    fc.assert(
      fc.property(date, date, (from, to) => {
        assert.equal(count(from, to), calendar.workingDaysBetween(from, to).days);
      }),
      { numRuns: 500 },
    );
  });

  test('National Day 2025: from 09-26 to 10-30 is 20 working days', () => {
    assert.equal(count('2025-09-26', '2025-10-30'), 20);
    assert.equal(count('2025-10-30', '2025-09-26'), -20);
  });
});
