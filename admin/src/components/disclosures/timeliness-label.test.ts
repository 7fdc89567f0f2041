import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelinessLabel } from './timeliness-label.ts';

const base = {
  referenceDate: '2023-02-01',
  deadline: '2023-03-01',
  workingDaysElapsed: 0,
  workingDaysLeft: 0,
  isLate: false,
  provisional: false,
  published: false,
};

test('published rows say 逾期公开 or 按时', () => {
  assert.equal(timelinessLabel({ ...base, published: true, isLate: true, workingDaysElapsed: 46 })?.text, '逾期公开');
  assert.match(timelinessLabel({ ...base, published: true, isLate: true, workingDaysElapsed: 46 })?.detail ?? '', /46/);
  assert.equal(timelinessLabel({ ...base, published: true, workingDaysElapsed: 4 })?.text, '按时');
});

test('unpublished rows say 已超期, how many days are left when close, or 未到期', () => {
  assert.equal(timelinessLabel({ ...base, isLate: true })?.tone, 'danger');
  assert.equal(timelinessLabel({ ...base, workingDaysLeft: 3 })?.text, '剩 3 个工作日');
  assert.equal(timelinessLabel({ ...base, workingDaysLeft: 12 })?.text, '未到期');
  assert.equal(timelinessLabel(null), null);
});
