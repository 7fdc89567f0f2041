// Lock state of names that have no account (the same rules as accounts: lockout.ts).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { LOCKOUT_MINUTES, type LockState } from './lockout.ts';

export async function findUnknownLogin(
  db: Kysely<DB>,
  username: string,
  options: { forUpdate?: boolean } = {},
): Promise<LockState | undefined> {
  let query = db
    .selectFrom('unknown_login')
    .select(['failed_attempts', 'locked_until'])
    .where('username', '=', username);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && { failedAttempts: row.failed_attempts, lockedUntil: row.locked_until };
}

/** Writes the state; with `keep`, only creates the row when there is none (so it can be locked). */
export async function saveUnknownLogin(
  db: Kysely<DB>,
  username: string,
  state: LockState,
  at: Date,
  options: { keep?: boolean } = {},
): Promise<void> {
  await db
    .insertInto('unknown_login')
    .values({ username, failed_attempts: state.failedAttempts, locked_until: state.lockedUntil, updated_at: at })
    .onConflict((oc) =>
      options.keep
        ? oc.column('username').doNothing()
        : oc.column('username').doUpdateSet({
            failed_attempts: state.failedAttempts,
            locked_until: state.lockedUntil,
            updated_at: at,
          }),
    )
    .execute();
}

/** Names quiet for longer than a lock are forgotten, so made-up names do not pile up. */
export async function forgetStaleUnknownLogins(db: Kysely<DB>, at: Date): Promise<void> {
  const before = new Date(at.getTime() - 2 * LOCKOUT_MINUTES * 60_000);
  await db.deleteFrom('unknown_login').where('updated_at', '<', before).execute();
}
