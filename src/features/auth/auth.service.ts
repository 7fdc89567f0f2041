import { AppError } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findGrantsOfUser, findUserById, findUserByUsername, updateUserRow } from '../users/user.repo.ts';
import type { ActionContext, Actor, Grant, RequestMeta } from './actor.ts';
import { afterFailedAttempt, isLocked, minutesLeft } from './lockout.ts';
import { generatePassword, hashPassword, passwordPolicyProblem, verifyPassword } from './password.ts';
import {
  deleteSession,
  deleteStaleSessions,
  deleteUserSessions,
  findSessionWithUser,
  insertSession,
  touchSession,
} from './session.repo.ts';
import {
  isSessionExpired,
  needsTouch,
  newCsrfToken,
  newSessionToken,
  SESSION_MAX_HOURS,
  sessionIdOf,
} from './session.ts';
import { findUnknownLogin, forgetStaleUnknownLogins, saveUnknownLogin } from './unknown-login.repo.ts';

export interface LoginOptions {
  username: string;
  password: string;
  meta: RequestMeta;
  userAgent?: string | null;
}

export interface LoginResult {
  /** Goes into the HttpOnly session cookie; only its hash is stored. */
  token: string;
  actor: Actor;
}

export interface ChangePasswordOptions {
  currentPassword: string;
  newPassword: string;
}

export interface AuthService {
  login(options: LoginOptions): Promise<LoginResult>;
  /** The actor of a live session, or null when the token is unknown, idle too long or past its 12 hours. */
  resolveSession(token: string): Promise<Actor | null>;
  logout(ctx: ActionContext): Promise<void>;
  changePassword(ctx: ActionContext, options: ChangePasswordOptions): Promise<void>;
  /** The actor for a user outside any session (seed, CLI). */
  loadActor(userId: number): Promise<Actor>;
}

/** The org an entry about this user is filed under: the org of their first grant. */
export function auditOrgOf(grants: Grant[]): number | null {
  return grants[0]?.orgId ?? null;
}

export function createAuthService(deps: ServiceDeps): AuthService {
  const { db, config, now } = deps;
  // Unknown names are checked against a throwaway hash so they take as long as known ones.
  let dummyHash: Promise<string> | undefined;
  const idleMinutes = config.sessionIdleMinutes;

  /**
   * A name without an account gets the same answers as a real one, lockout included, so the
   * answers never tell which names exist.
   */
  async function refuseUnknown(username: string, password: string, meta: RequestMeta): Promise<never> {
    const started = now();
    const known = await findUnknownLogin(db, username);
    if (known && isLocked(known, started)) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, {
          actor: null,
          meta,
          at: started,
          orgId: null,
          action: 'auth.login_failed',
          targetType: 'user',
          targetId: null,
          after: { username, reason: 'locked' },
        }),
      );
      throw new AppError(
        'ACCOUNT_LOCKED',
        `连续登录失败次数过多，账户已锁定，请 ${minutesLeft(known.lockedUntil!, started)} 分钟后再试`,
      );
    }
    dummyHash ??= hashPassword(generatePassword());
    await verifyPassword(await dummyHash, password);
    const state = await db.transaction().execute(async (trx) => {
      const at = now();
      await saveUnknownLogin(trx, username, known ?? { failedAttempts: 0, lockedUntil: null }, at, { keep: true });
      const current = (await findUnknownLogin(trx, username, { forUpdate: true })) ?? {
        failedAttempts: 0,
        lockedUntil: null,
      };
      const next = afterFailedAttempt(current, at);
      await saveUnknownLogin(trx, username, next, at);
      await forgetStaleUnknownLogins(trx, at);
      await recordAudit(trx, {
        actor: null,
        meta,
        at,
        orgId: null,
        action: 'auth.login_failed',
        targetType: 'user',
        targetId: null,
        after: { username, reason: 'unknown_user' },
      });
      return next;
    });
    if (state.lockedUntil) throw new AppError('ACCOUNT_LOCKED', '连续 5 次登录失败，账户已锁定 15 分钟');
    throw new AppError('INVALID_CREDENTIALS');
  }

  return {
    async login({ username: rawName, password, meta, userAgent }) {
      const username = rawName.trim().toLowerCase();
      const account = await findUserByUsername(db, username);
      if (!account) return refuseUnknown(username, password, meta);
      const grants = await findGrantsOfUser(db, account.id);
      const who = { userId: account.id, displayName: account.displayName };
      const orgId = auditOrgOf(grants);
      const started = now();
      if (isLocked(account, started)) {
        await db.transaction().execute((trx) =>
          recordAudit(trx, {
            actor: who,
            meta,
            at: started,
            orgId,
            action: 'auth.login_failed',
            targetType: 'user',
            targetId: account.id,
            after: { reason: 'locked' },
          }),
        );
        throw new AppError(
          'ACCOUNT_LOCKED',
          `连续登录失败次数过多，账户已锁定，请 ${minutesLeft(account.lockedUntil!, started)} 分钟后再试`,
        );
      }
      if (!(await verifyPassword(account.passwordHash, password))) {
        const state = await db.transaction().execute(async (trx) => {
          // Re-read under a row lock so concurrent failures are all counted.
          const current = (await findUserById(trx, account.id, { forUpdate: true })) ?? account;
          const next = afterFailedAttempt(current, now());
          await updateUserRow(trx, account.id, next, now());
          await recordAudit(trx, {
            actor: who,
            meta,
            at: now(),
            orgId,
            action: 'auth.login_failed',
            targetType: 'user',
            targetId: account.id,
            after: { reason: 'wrong_password', failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil },
          });
          return next;
        });
        if (state.lockedUntil) throw new AppError('ACCOUNT_LOCKED', '连续 5 次登录失败，账户已锁定 15 分钟');
        throw new AppError('INVALID_CREDENTIALS');
      }
      if (!account.isActive) {
        await db.transaction().execute((trx) =>
          recordAudit(trx, {
            actor: who,
            meta,
            at: now(),
            orgId,
            action: 'auth.login_failed',
            targetType: 'user',
            targetId: account.id,
            after: { reason: 'inactive' },
          }),
        );
        throw new AppError('INVALID_CREDENTIALS', '账户已停用，请联系单位管理员');
      }
      const token = newSessionToken();
      const csrfToken = newCsrfToken();
      const sessionId = sessionIdOf(token);
      await db.transaction().execute(async (trx) => {
        const at = now();
        await updateUserRow(trx, account.id, { failedAttempts: 0, lockedUntil: null, lastLoginAt: at }, at);
        await deleteStaleSessions(trx, account.id, at, new Date(at.getTime() - idleMinutes * 60_000));
        await insertSession(trx, {
          id: sessionId,
          userId: account.id,
          csrfToken,
          ip: meta.ip,
          userAgent: userAgent?.slice(0, 500) ?? null,
          now: at,
          expiresAt: new Date(at.getTime() + SESSION_MAX_HOURS * 3_600_000),
        });
        await recordAudit(trx, {
          actor: who,
          meta,
          at,
          orgId,
          action: 'auth.login',
          targetType: 'user',
          targetId: account.id,
        });
      });
      const actor: Actor = {
        userId: account.id,
        username: account.username,
        displayName: account.displayName,
        mustChangePassword: account.mustChangePassword,
        grants,
        sessionId,
        csrfToken,
      };
      return { token, actor };
    },

    async resolveSession(token) {
      const id = sessionIdOf(token);
      const session = await findSessionWithUser(db, id);
      if (!session) return null;
      const at = now();
      if (!session.isActive || isSessionExpired(session, at, idleMinutes)) {
        await deleteSession(db, id);
        return null;
      }
      if (needsTouch(session, at)) await touchSession(db, id, at);
      const grants = await findGrantsOfUser(db, session.userId);
      return {
        userId: session.userId,
        username: session.username,
        displayName: session.displayName,
        mustChangePassword: session.mustChangePassword,
        grants,
        sessionId: id,
        csrfToken: session.csrfToken,
      };
    },

    async logout({ actor, meta }) {
      await db.transaction().execute(async (trx) => {
        await deleteSession(trx, actor.sessionId);
        await recordAudit(trx, {
          actor,
          meta,
          at: now(),
          orgId: auditOrgOf(actor.grants),
          action: 'auth.logout',
          targetType: 'user',
          targetId: actor.userId,
        });
      });
    },

    async changePassword({ actor, meta }, { currentPassword, newPassword }) {
      const account = await findUserById(db, actor.userId);
      if (!account) throw new AppError('UNAUTHENTICATED');
      if (!(await verifyPassword(account.passwordHash, currentPassword)))
        throw invalidField('currentPassword', '当前密码不正确');
      const problem = passwordPolicyProblem(newPassword);
      if (problem) throw invalidField('newPassword', problem);
      if (newPassword === currentPassword) throw invalidField('newPassword', '新密码不能与当前密码相同');
      if (newPassword.toLowerCase().includes(account.username))
        throw invalidField('newPassword', '新密码不能包含用户名');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        const at = now();
        await updateUserRow(trx, actor.userId, { passwordHash, mustChangePassword: false, passwordChangedAt: at }, at);
        // Other sessions may belong to whoever knew the old password.
        await deleteUserSessions(trx, actor.userId, actor.sessionId);
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: auditOrgOf(actor.grants),
          action: 'auth.change_password',
          targetType: 'user',
          targetId: actor.userId,
          before: { mustChangePassword: account.mustChangePassword },
          after: { mustChangePassword: false },
        });
      });
    },

    async loadActor(userId) {
      const account = await findUserById(db, userId);
      if (!account) throw new AppError('NOT_FOUND', '用户不存在');
      return {
        userId,
        username: account.username,
        displayName: account.displayName,
        mustChangePassword: account.mustChangePassword,
        grants: await findGrantsOfUser(db, userId),
        sessionId: '',
        csrfToken: '',
      };
    },
  };
}
