// Per-IP limits on the public application form and the status lookup. In memory, so per
// instance: behind several instances each keeps its own count (a client spread over N instances
// gets up to N times the limit), which is enough to stop a script hammering one address.
import type { Context } from 'hono';
import { AppError } from '../../core/app-error.ts';
import type { Services } from '../../services.ts';
import type { AppEnv } from '../app-env.ts';
import { requestMeta } from '../request-meta.ts';

export interface LimitRule {
  limit: number;
  windowMs: number;
}

/** Online applications: 5 accepted submissions per address per 10 minutes. */
export const SUBMIT_RULE: LimitRule = { limit: 5, windowMs: 10 * 60_000 };
/** Status lookups that find nothing: 10 per address per 10 minutes, then every lookup waits. */
export const LOOKUP_FAILURE_RULE: LimitRule = { limit: 10, windowMs: 10 * 60_000 };

const MAX_KEYS = 10_000;

export interface RateLimiter {
  /** Whether `key` has used up its allowance; when it has, how many seconds until a slot frees. */
  check(key: string): { isLimited: boolean; retryAfterSeconds: number };
  /** Counts one use. */
  hit(key: string): void;
}

/** A sliding-window log per key, with the oldest keys dropped beyond 10,000 addresses. */
export function createRateLimiter(rule: LimitRule, now: () => number = Date.now): RateLimiter {
  const hits = new Map<string, number[]>();
  const recent = (key: string): number[] => {
    const since = now() - rule.windowMs;
    const kept = (hits.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) hits.delete(key);
    else hits.set(key, kept);
    return kept;
  };
  return {
    check(key) {
      const kept = recent(key);
      if (kept.length < rule.limit) return { isLimited: false, retryAfterSeconds: 0 };
      const freesAt = kept[kept.length - rule.limit] + rule.windowMs;
      return { isLimited: true, retryAfterSeconds: Math.max(1, Math.ceil((freesAt - now()) / 1000)) };
    },
    hit(key) {
      const kept = recent(key);
      hits.delete(key); // re-insert: Map order is then least-recently-used first
      hits.set(key, [...kept, now()]);
      if (hits.size > MAX_KEYS) hits.delete(hits.keys().next().value as string);
    },
  };
}

export interface ApplyLimiters {
  submit: RateLimiter;
  lookupFailures: RateLimiter;
}

// One set per app (keyed by its services), so test apps never share counts.
const limitersByApp = new WeakMap<Services, ApplyLimiters>();

export function applyLimiters(services: Services): ApplyLimiters {
  let limiters = limitersByApp.get(services);
  if (!limiters) {
    limiters = { submit: createRateLimiter(SUBMIT_RULE), lookupFailures: createRateLimiter(LOOKUP_FAILURE_RULE) };
    limitersByApp.set(services, limiters);
  }
  return limiters;
}

/** The client's address (X-Forwarded-For only when TRUST_PROXY=1). */
export function clientKey(c: Context<AppEnv>, services: Services): string {
  return requestMeta(c, services.config.trustProxy).ip ?? 'unknown';
}

/** The 429 refusal (a Chinese error page), with Retry-After set. */
export function rateLimited(c: Context<AppEnv>, retryAfterSeconds: number, detail: string): AppError {
  c.header('retry-after', String(retryAfterSeconds));
  return new AppError('RATE_LIMITED', `${detail}请在 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试。`);
}
