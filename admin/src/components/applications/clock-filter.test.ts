import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLOCK_FILTER_OPTIONS, clockFilterHref, parseClockFilter } from './clock-filter.ts';

test('every dashboard list has a filter, reachable from the address the dashboard links to', () => {
  for (const { value } of CLOCK_FILTER_OPTIONS) {
    const query = new URL(clockFilterHref(value), 'http://x').searchParams.get('list');
    assert.equal(parseClockFilter(query), value);
  }
  assert.equal(parseClockFilter('late'), undefined);
  assert.equal(parseClockFilter(null), undefined);
});
