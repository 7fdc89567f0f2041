import type { Kysely } from 'kysely';
import { preparedQuery } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';

export interface NewSession {
  id: string;
  userId: number;
  csrfToken: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
  expiresAt: Date;
}

export async function insertSession(db: Kysely<DB>, session: NewSession): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      ip: session.ip,
      user_agent: session.userAgent,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
    })
    .execute();
}

export interface SessionWithUser {
  id: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  userId: number;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  isActive: boolean;
}

interface SessionRow {
  id: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: number;
  username: string;
  display_name: string;
  must_change_password: boolean;
  is_active: boolean;
}

// Every signed-in request reads its session: prepared once on PGlite (db/prepared.ts).
const sessionStatement = preparedQuery<SessionRow>(
  'auth_session_with_user',
  `select s.id, s.csrf_token, s.last_seen_at, s.expires_at, u.id as user_id, u.username, u.display_name,
          u.must_change_password, u.is_active
   from user_session s join app_user u on u.id = s.user_id
   where s.id = $1`,
  ['text'],
);

export async function findSessionWithUser(db: Kysely<DB>, id: string): Promise<SessionWithUser | undefined> {
  const [row] = await sessionStatement(db as Kysely<never>, id);
  if (!row) return undefined;
  return {
    id: row.id,
    csrfToken: row.csrf_token,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    mustChangePassword: row.must_change_password,
    isActive: row.is_active,
  };
}

export async function touchSession(db: Kysely<DB>, id: string, at: Date): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', id).execute();
}

/** Ends every session of a user (password reset, deactivation), optionally keeping one. */
export async function deleteUserSessions(db: Kysely<DB>, userId: number, exceptId?: string): Promise<void> {
  let query = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  await query.execute();
}

/** Drops a user's sessions that can no longer be used, so the table does not grow without bound. */
export async function deleteStaleSessions(db: Kysely<DB>, userId: number, now: Date, idleSince: Date): Promise<void> {
  await db
    .deleteFrom('user_session')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleSince)]))
    .execute();
}
