import type { Kysely, Selectable } from 'kysely';
import { offsetOf, type PageQuery } from '../../core/page.ts';
import { preparedQuery } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import { escapeLike } from '../audit/audit.repo.ts';
import type { Grant } from '../auth/actor.ts';
import type { Role } from '../auth/roles.ts';
import type { AppUserTable } from './user.tables.ts';
import type { UserAccount } from './user.ts';

function toAccount(row: Selectable<AppUserTable>): UserAccount {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    mustChangePassword: row.must_change_password,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
    isActive: row.is_active,
    phone: row.phone,
    email: row.email,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}

export async function findUserByUsername(db: Kysely<DB>, username: string): Promise<UserAccount | undefined> {
  const row = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
  return row && toAccount(row);
}

export async function findUserById(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<UserAccount | undefined> {
  let query = db.selectFrom('app_user').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && toAccount(row);
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  phone?: string | null;
  email?: string | null;
}

export async function insertUser(db: Kysely<DB>, user: NewUser, now: Date): Promise<UserAccount> {
  const row = await db
    .insertInto('app_user')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      must_change_password: true,
      phone: user.phone ?? null,
      email: user.email ?? null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAccount(row);
}

export interface UserRowPatch {
  displayName?: string;
  phone?: string | null;
  email?: string | null;
  isActive?: boolean;
  passwordHash?: string;
  mustChangePassword?: boolean;
  passwordChangedAt?: Date;
  failedAttempts?: number;
  lockedUntil?: Date | null;
  lastLoginAt?: Date;
}

export async function updateUserRow(db: Kysely<DB>, id: number, patch: UserRowPatch, now: Date): Promise<UserAccount> {
  const row = await db
    .updateTable('app_user')
    .set({
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.isActive !== undefined ? { is_active: patch.isActive } : {}),
      ...(patch.passwordHash !== undefined ? { password_hash: patch.passwordHash } : {}),
      ...(patch.mustChangePassword !== undefined ? { must_change_password: patch.mustChangePassword } : {}),
      ...(patch.passwordChangedAt !== undefined ? { password_changed_at: patch.passwordChangedAt } : {}),
      ...(patch.failedAttempts !== undefined ? { failed_attempts: patch.failedAttempts } : {}),
      ...(patch.lockedUntil !== undefined ? { locked_until: patch.lockedUntil } : {}),
      ...(patch.lastLoginAt !== undefined ? { last_login_at: patch.lastLoginAt } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAccount(row);
}

function grantQuery(db: Kysely<DB>) {
  return db
    .selectFrom('role_grant')
    .innerJoin('org', 'org.id', 'role_grant.org_id')
    .select([
      'role_grant.id',
      'role_grant.user_id',
      'role_grant.org_id',
      'role_grant.role',
      'org.code',
      'org.path',
      'org.name',
    ])
    .orderBy('role_grant.id');
}

type GrantRow = { id: number; user_id: number; org_id: number; role: Role; code: string; path: string; name: string };

function toGrant(row: GrantRow): Grant {
  return { id: row.id, orgId: row.org_id, orgCode: row.code, orgPath: row.path, orgName: row.name, role: row.role };
}

// Every signed-in request loads its user's grants: prepared once on PGlite (db/prepared.ts).
const grantsOfUserStatement = preparedQuery<GrantRow>(
  'users_grants_of_user',
  `select g.id, g.user_id, g.org_id, g.role, o.code, o.path, o.name
   from role_grant g join org o on o.id = g.org_id
   where g.user_id = $1 order by g.id`,
  ['int'],
);

export async function findGrantsOfUser(db: Kysely<DB>, userId: number): Promise<Grant[]> {
  return (await grantsOfUserStatement(db as Kysely<never>, userId)).map(toGrant);
}

export async function findGrantsOfUsers(db: Kysely<DB>, userIds: number[]): Promise<Map<number, Grant[]>> {
  const byUser = new Map<number, Grant[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await grantQuery(db).where('role_grant.user_id', 'in', userIds).execute();
  for (const row of rows) byUser.get(row.user_id)?.push(toGrant(row));
  return byUser;
}

export async function findGrantById(db: Kysely<DB>, id: number): Promise<(Grant & { userId: number }) | undefined> {
  const row = await grantQuery(db).where('role_grant.id', '=', id).executeTakeFirst();
  return row && { ...toGrant(row), userId: row.user_id };
}

export async function insertGrant(
  db: Kysely<DB>,
  userId: number,
  orgId: number,
  role: Role,
  now: Date,
): Promise<number> {
  const row = await db
    .insertInto('role_grant')
    .values({ user_id: userId, org_id: orgId, role, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteGrant(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('role_grant').where('id', '=', id).execute();
}

export async function countPlatformAdmins(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('role_grant')
    .innerJoin('app_user', 'app_user.id', 'role_grant.user_id')
    .select((eb) => eb.fn.count<number>('role_grant.user_id').distinct().as('n'))
    .where('role_grant.role', '=', 'platform_admin')
    .where('app_user.is_active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface UserListQuery {
  /** Only users holding a grant under one of these paths (undefined = everyone). */
  paths?: string[];
  /** Only users holding a grant in this org's subtree. */
  orgPath?: string;
  q?: string;
}

export async function findUsers(
  db: Kysely<DB>,
  query: UserListQuery,
  page: PageQuery,
): Promise<{ items: UserAccount[]; total: number }> {
  const { paths, orgPath } = query;
  if (paths && paths.length === 0) return { items: [], total: 0 };
  let base = db.selectFrom('app_user');
  const scopes = [...(paths ? [paths] : []), ...(orgPath ? [[orgPath]] : [])];
  for (const scope of scopes) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_grant')
          .innerJoin('org', 'org.id', 'role_grant.org_id')
          .select(eb.lit(1).as('one'))
          .whereRef('role_grant.user_id', '=', 'app_user.id')
          .where((inner) => inner.or(scope.map((p) => inner('org.path', 'like', `${p}%`)))),
      ),
    );
  }
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    base = base.where((eb) =>
      eb.or([
        eb('username', 'ilike', like),
        eb('display_name', 'ilike', like),
        eb('phone', 'ilike', like),
        eb('email', 'ilike', like),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('id').limit(page.pageSize).offset(offsetOf(page)).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toAccount), total: Number(count.n) };
}

export async function usernameTaken(db: Kysely<DB>, username: string): Promise<boolean> {
  return (await findUserByUsername(db, username)) !== undefined;
}
