import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cached } from './directory-cache.ts';

function counter() {
  let calls = 0;
  return {
    load: async () => ++calls,
    calls: () => calls,
  };
}

test('callers within the time limit share one load; after it the data is read again', async () => {
  let clock = 0;
  const source = counter();
  const get = cached(source.load, { ttlMs: 5000, now: () => clock });
  assert.equal(await get(), 1);
  clock = 4999;
  assert.equal(await get(), 1);
  clock = 5000;
  assert.equal(await get(), 2);
  assert.equal(source.calls(), 2);
});

test('concurrent callers wait for the same load', async () => {
  const source = counter();
  const get = cached(source.load, { ttlMs: 1000, now: () => 0 });
  const results = await Promise.all([get(), get(), get()]);
  assert.deepEqual(results, [1, 1, 1]);
  assert.equal(source.calls(), 1);
});

test('a failed load is not kept: the next call tries again', async () => {
  let fail = true;
  const get = cached(
    async () => {
      if (fail) throw new Error('数据库不可用');
      return 'ok';
    },
    { ttlMs: 60_000, now: () => 0 },
  );
  await assert.rejects(get());
  fail = false;
  assert.equal(await get(), 'ok');
});

test('a zero time limit reads every time', async () => {
  const source = counter();
  const get = cached(source.load, { ttlMs: 0, now: () => 0 });
  await get();
  await get();
  assert.equal(source.calls(), 2);
});
