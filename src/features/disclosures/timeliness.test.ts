import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSeedCalendar } from '../calendar/seed.ts';
import { chinaDate, evaluateTimeliness } from './timeliness.ts';

const calendar = createSeedCalendar();

describe('Art. 26: 20 working days to publish', () => {
  test('formed just before National Day 2023: the holiday week does not count, the 调休 weekend does', () => {
    const t = evaluateTimeliness(calendar, '2023-09-27', '2023-10-27');
    assert.equal(t.deadline, '2023-10-31');
    assert.equal(t.isLate, false, 'weekday counting alone would call this late (deadline 10-25)');
    assert.equal(t.workingDaysLeft, 2);
    assert.equal(t.provisional, false);
  });

  test('published a day after the deadline is late', () => {
    const t = evaluateTimeliness(calendar, '2023-09-27', '2023-11-01');
    assert.equal(t.isLate, true);
    assert.equal(t.workingDaysElapsed, 21);
    assert.equal(t.workingDaysLeft, -1);
  });

  test('publishing on the deadline itself is on time', () => {
    const t = evaluateTimeliness(calendar, '2023-09-27', '2023-10-31');
    assert.equal(t.isLate, false);
    assert.equal(t.workingDaysElapsed, 20);
  });

  test('a year without holiday data is marked provisional', () => {
    assert.equal(evaluateTimeliness(calendar, '2030-03-02', '2030-03-20').provisional, true);
  });

  test('an evening publication in UTC counts on the China date', () => {
    assert.equal(chinaDate(new Date('2023-10-31T17:30:00Z')), '2023-11-01');
  });
});
