/** PostgreSQL error codes both drivers (pg and PGlite) report in `error.code`. */
const UNIQUE_VIOLATION = '23505';

/** True when `error` is a unique-constraint violation (optionally on the named constraint). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown };
  return e.code === UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint);
}
