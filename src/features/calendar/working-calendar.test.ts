import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, isIsoDate, weekday } from './iso-date.ts';
import { createSeedCalendar } from './seed.ts';
import { createWorkingCalendar } from './working-calendar.ts';

const calendar = createSeedCalendar();

describe('addWorkingDays', () => {
  test('20 working days after 2025-09-26 is 2025-10-30 (the issue example)', () => {
    assert.deepEqual(calendar.addWorkingDays('2025-09-26', 20), {
      date: '2025-10-30',
      provisional: false,
      provisionalYears: [],
    });
  });

  test('day 1 is the first working day after the date, even when the date is a holiday', () => {
    assert.equal(calendar.addWorkingDays('2025-10-03', 1).date, '2025-10-09');
    assert.equal(calendar.addWorkingDays('2025-09-26', 1).date, '2025-09-28');
    assert.equal(calendar.addWorkingDays('2024-02-09', 1).date, '2024-02-18');
  });

  test('zero working days returns the date itself', () => {
    assert.equal(calendar.addWorkingDays('2025-10-04', 0).date, '2025-10-04');
  });

  test('a plain five-day week: 5 working days after a Monday is the next Monday', () => {
    assert.equal(calendar.addWorkingDays('2025-03-03', 5).date, '2025-03-10');
  });

  test('crossing into a year with no data is computed on weekends and flagged provisional', () => {
    const result = calendar.addWorkingDays('2026-12-15', 20);
    assert.equal(result.provisional, true);
    assert.deepEqual(result.provisionalYears, [2027]);
    // 2027-01-01 is a Friday: without data it counts as a working day.
    assert.equal(result.date, '2027-01-12');
  });

  test('a year before the seed is provisional too', () => {
    const result = calendar.addWorkingDays('2018-12-20', 3);
    assert.deepEqual(result.provisionalYears, [2018]);
  });

  test('refuses negative, fractional or absurd counts and malformed dates with Chinese messages', () => {
    assert.throws(() => calendar.addWorkingDays('2025-01-01', -1), /工作日天数/);
    assert.throws(() => calendar.addWorkingDays('2025-01-01', 1.5), /工作日天数/);
    assert.throws(() => calendar.addWorkingDays('2025-01-01', 1e6), /工作日天数/);
    assert.throws(() => calendar.addWorkingDays('2025-02-29', 1), /不是有效日期/);
    assert.throws(() => calendar.addWorkingDays('2025/01/01', 1), /YYYY-MM-DD/);
  });

  test('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      const results = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((zone) => {
        process.env.TZ = zone;
        return [calendar.addWorkingDays('2025-09-26', 20).date, weekday('2025-03-09')];
      });
      for (const result of results) assert.deepEqual(result, ['2025-10-30', 0]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('explainWorkingDays', () => {
  test('lists the weekend and holidays skipped and the make-up days counted', () => {
    const explanation = calendar.explainWorkingDays('2025-09-26', 20);
    assert.equal(explanation.date, '2025-10-30');
    const skipped = explanation.skipped.map((day) => day.date);
    assert.ok(skipped.includes('2025-09-27'));
    for (let date = '2025-10-01'; date <= '2025-10-08'; date = addDays(date, 1))
      assert.ok(skipped.includes(date), date);
    assert.equal(skipped.includes('2025-10-11'), false);
    assert.deepEqual(
      explanation.makeupWorkdaysCounted.map((day) => [day.date, day.name]),
      [
        ['2025-09-28', '国庆节'],
        ['2025-10-11', '国庆节'],
      ],
    );
    assert.equal(explanation.skipped.find((day) => day.date === '2025-10-01')?.name, '国庆节、中秋节');
    // Every calendar day after the start is either skipped or counted.
    const span = 34; // 2025-09-26 → 2025-10-30
    assert.equal(explanation.skipped.length + explanation.workingDays, span);
  });
});

describe('workingDaysBetween', () => {
  test('counts working days after the first date up to and including the second', () => {
    assert.equal(calendar.workingDaysBetween('2025-09-26', '2025-10-30').days, 20);
    assert.equal(calendar.workingDaysBetween('2025-10-30', '2025-10-30').days, 0);
    assert.equal(calendar.workingDaysBetween('2025-10-30', '2025-09-26').days, -20);
  });

  test('flags a span reaching a year without data', () => {
    const count = calendar.workingDaysBetween('2026-12-30', '2027-01-04');
    assert.deepEqual([count.days, count.provisional, count.provisionalYears], [3, true, [2027]]);
  });
});

describe('createWorkingCalendar', () => {
  test('a loaded year uses its make-up days and holidays; others fall back to weekends', () => {
    const custom = createWorkingCalendar([
      { year: 2030, holidays: ['2030-01-01'], makeupWorkdays: ['2030-01-05'], names: { '2030-01-01': '元旦' } },
    ]);
    assert.deepEqual(custom.describeDay('2030-01-01'), {
      date: '2030-01-01',
      kind: 'holiday',
      isWorkingDay: false,
      name: '元旦',
      provisional: false,
    });
    assert.equal(custom.isWorkingDay('2030-01-05'), true);
    assert.equal(custom.describeDay('2031-01-01').provisional, true);
    assert.equal(custom.isWorkingDay('2031-01-01'), true);
  });

  test('refuses inconsistent data: a date both off and working, a date outside its year, a year given twice', () => {
    assert.throws(
      () => createWorkingCalendar([{ year: 2030, holidays: ['2030-01-05'], makeupWorkdays: ['2030-01-05'] }]),
      /既是放假日期又是调休上班日期/,
    );
    assert.throws(
      () => createWorkingCalendar([{ year: 2030, holidays: ['2029-12-31'], makeupWorkdays: [] }]),
      /不属于 2030 年/,
    );
    const year = { year: 2030, holidays: [], makeupWorkdays: [] };
    assert.throws(() => createWorkingCalendar([year, year]), /重复/);
  });
});

describe('properties over the seeded years', () => {
  const dateArb = fc
    .integer({ min: 0, max: 365 * 8 })
    .map((offset) => addDays('2019-01-01', offset))
    .filter(isIsoDate);

  test('counting back the working days to the result gives n, and the result is a working day', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (date, n) => {
        const result = calendar.addWorkingDays(date, n);
        assert.equal(calendar.isWorkingDay(result.date), true);
        assert.equal(calendar.workingDaysBetween(date, result.date).days, n);
        assert.equal(calendar.workingDaysBetween(date, addDays(result.date, -1)).days, n - 1);
      }),
    );
  });

  test('adding m then n working days equals adding m + n', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (date, m, n) => {
        const stepwise = calendar.addWorkingDays(calendar.addWorkingDays(date, m).date, n).date;
        assert.equal(stepwise, calendar.addWorkingDays(date, m + n).date);
      }),
    );
  });
});
