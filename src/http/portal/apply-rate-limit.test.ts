import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRateLimiter } from './apply-rate-limit.ts';

describe('the per-address limiter', () => {
  test('allows the limit within the window, then refuses until the oldest use leaves it', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 3; i++) {
      assert.equal(limiter.check('a').isLimited, false);
      limiter.hit('a');
      now += 10_000;
    }
    const refused = limiter.check('a');
    assert.equal(refused.isLimited, true);
    assert.equal(refused.retryAfterSeconds, 30, 'first use at t0, now t0+30 s: frees at t0+60 s');
    assert.equal(limiter.check('b').isLimited, false, 'other addresses are counted apart');
    now += 30_001;
    assert.equal(limiter.check('a').isLimited, false);
  });

  test('forgets addresses whose uses have all expired', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 }, () => now);
    limiter.hit('a');
    assert.equal(limiter.check('a').isLimited, true);
    now = 1001;
    assert.equal(limiter.check('a').isLimited, false);
  });
});
