import { createHash, randomBytes } from 'node:crypto';

/** A session lasts at most this long, however active. */
export const SESSION_MAX_HOURS = 12;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const TOUCH_INTERVAL_MS = 60_000;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The stored id is a hash of the cookie's token: reading the table does not yield usable sessions. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

export function isSessionExpired(session: SessionTimes, now: Date, idleMinutes: number): boolean {
  if (session.expiresAt.getTime() <= now.getTime()) return true;
  return now.getTime() - session.lastSeenAt.getTime() > idleMinutes * 60_000;
}

export function needsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
