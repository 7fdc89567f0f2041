import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countKey, createTtlCache } from './public-portal-list.queries.ts';

test('a column count is reused within its time to live and forgotten after', () => {
  let now = 1_000;
  const cache = createTtlCache<number>(5_000, () => now);
  cache.set(countKey([7]), 40_000);
  now += 4_999;
  assert.equal(cache.get(countKey([7])), 40_000);
  now += 2;
  assert.equal(cache.get(countKey([7])), undefined);
});

test('a single column and a set of columns are counted under different keys', () => {
  const cache = createTtlCache<number>(5_000);
  cache.set(countKey([7]), 3);
  cache.set(countKey([7, 8]), 5);
  assert.equal(cache.get(countKey([7])), 3);
  assert.equal(cache.get(countKey([7, 8])), 5);
});

test('the cache stays bounded when a crawler walks every column', () => {
  const cache = createTtlCache<number>(60_000, Date.now, 100);
  for (let id = 1; id <= 250; id++) cache.set(countKey([id]), id);
  assert.equal(cache.get(countKey([250])), 250);
  assert.equal(cache.get(countKey([1])), undefined);
});
