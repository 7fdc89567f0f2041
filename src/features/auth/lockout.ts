/** Sign-in lockout rules: 5 consecutive failures lock the account for 15 minutes. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failed attempt; an expired lock starts the count afresh. */
export function afterFailedAttempt(state: LockState, now: Date): LockState {
  const lockExpired = state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime();
  const failed = (lockExpired ? 0 : state.failedAttempts) + 1;
  if (failed >= MAX_FAILED_ATTEMPTS) {
    return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { failedAttempts: failed, lockedUntil: null };
}

/** Whole minutes (rounded up) until the lock lifts, for the message. */
export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
