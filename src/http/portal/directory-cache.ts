// The org directory changes rarely and every portal page needs it, so it is kept in memory for a
// few seconds: org edits reach the portal within `ttlMs`, and page views cost no database round trip.
export interface CacheOptions {
  ttlMs: number;
  now?: () => number;
}

/** Wraps a loader so that callers within `ttlMs` share one result (and one in-flight load). */
export function cached<T>(load: () => Promise<T>, { ttlMs, now = Date.now }: CacheOptions): () => Promise<T> {
  let value: Promise<T> | undefined;
  let loadedAt = 0;
  return () => {
    if (value && now() - loadedAt < ttlMs) return value;
    loadedAt = now();
    const loading = load();
    value = loading;
    // A failed load is not remembered: the next request tries again.
    loading.catch(() => {
      if (value === loading) value = undefined;
    });
    return loading;
  };
}
