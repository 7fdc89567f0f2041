import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, daysBetween, formatWithWeekday, isIsoDate, weekday } from './iso-date.ts';

test('only real dates written YYYY-MM-DD are accepted', () => {
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2025-02-29'), false);
  assert.equal(isIsoDate('1900-02-29'), false);
  assert.equal(isIsoDate('2000-02-29'), true);
  assert.equal(isIsoDate('2025-04-31'), false);
  assert.equal(isIsoDate('2025-4-1'), false);
  assert.equal(isIsoDate('2025-04-01T00:00'), false);
});

test('day arithmetic crosses months, leap days and years', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
  assert.equal(addDays('2025-03-01', -1), '2025-02-28');
  assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
});

test('weekdays, with the Chinese name', () => {
  assert.equal(weekday('2025-10-01'), 3);
  assert.equal(weekday('1970-01-01'), 4);
  assert.equal(weekday('1969-12-28'), 0);
  assert.equal(formatWithWeekday('2025-09-28'), '2025-09-28（星期日）');
});
