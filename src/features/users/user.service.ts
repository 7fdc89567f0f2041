import { conflict, forbidden, notFound } from '../../core/app-error.ts';
import type { Page, PageQuery } from '../../core/page.ts';
import { invalidField } from '../../core/validation.ts';
import { isUniqueViolation } from '../../db/pg-errors.ts';
import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { auditOrgOf } from '../auth/auth.service.ts';
import { hasRole, isPlatformAdmin, visibleOrgPaths } from '../auth/authorize.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';
import { deleteUserSessions } from '../auth/session.repo.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import {
  type CreatePlatformAdminOptions,
  type CreatePlatformAdminResult,
  createPlatformAdminUseCase,
} from './platform-admin.ts';
import { createRoleGrantUseCases, type GrantRoleOptions, insertCheckedGrants } from './role-grant.service.ts';
import * as repo from './user.repo.ts';
import { type GrantInput, toUser, USERNAME_PATTERN, type User, type UserGrant } from './user.ts';
import { canManageUser, canSeeUser, isAnyAdmin } from './user-access.ts';

export interface CreateUserOptions {
  username: string;
  displayName: string;
  phone?: string | null;
  email?: string | null;
  grants?: GrantInput[];
}

export interface UserFilters {
  orgId?: number;
  q?: string;
}

export interface UpdateUserOptions {
  id: number;
  patch: { displayName?: string; phone?: string | null; email?: string | null; isActive?: boolean };
}

export interface UserService {
  createUser(ctx: ActionContext, options: CreateUserOptions): Promise<{ user: User; initialPassword: string }>;
  listUsers(actor: Actor, filters: UserFilters, page: PageQuery): Promise<Page<User>>;
  getUser(actor: Actor, id: number): Promise<User>;
  updateUser(ctx: ActionContext, options: UpdateUserOptions): Promise<User>;
  resetPassword(ctx: ActionContext, id: number): Promise<{ initialPassword: string }>;
  unlockUser(ctx: ActionContext, id: number): Promise<void>;
  grantRole(ctx: ActionContext, options: GrantRoleOptions): Promise<UserGrant>;
  revokeRole(ctx: ActionContext, grantId: number): Promise<void>;
  /** Bootstrap (CLI, first start): no actor needed. */
  createPlatformAdmin(options: CreatePlatformAdminOptions): Promise<CreatePlatformAdminResult>;
}

function requireAdmin(actor: Actor): void {
  if (!isAnyAdmin(actor)) throw forbidden('仅平台管理员或单位管理员可管理用户');
}

export function createUserService(deps: ServiceDeps): UserService {
  const { db, now } = deps;

  /** Loads a user the actor may manage, with their grants, inside `trx`. */
  async function loadManaged(trx: typeof db, actor: Actor, id: number) {
    const account = await repo.findUserById(trx, id, { forUpdate: true });
    if (!account) throw notFound('用户不存在');
    const grants = await repo.findGrantsOfUser(trx, id);
    if (!canManageUser(actor, grants)) throw forbidden('您无权管理该用户');
    return { account, grants };
  }

  return {
    ...createRoleGrantUseCases(deps),
    createPlatformAdmin: createPlatformAdminUseCase(deps),

    async createUser({ actor, meta }, options) {
      requireAdmin(actor);
      const username = options.username.trim().toLowerCase();
      if (!USERNAME_PATTERN.test(username))
        throw invalidField('username', '用户名须以字母开头，由 3–32 位小写字母、数字、点、下划线或连字符组成');
      const grants = options.grants ?? [];
      if (!isPlatformAdmin(actor) && grants.length === 0)
        throw invalidField('grants', '请至少为新用户分配一个本单位的角色');
      const initialPassword = generatePassword();
      const passwordHash = await hashPassword(initialPassword);
      try {
        return await db.transaction().execute(async (trx) => {
          if (await repo.usernameTaken(trx, username)) throw conflict(`用户名 ${username} 已被使用`);
          const at = now();
          const account = await repo.insertUser(
            trx,
            { username, displayName: options.displayName, passwordHash, phone: options.phone, email: options.email },
            at,
          );
          await insertCheckedGrants(trx, actor, account.id, grants, at);
          const user = toUser(account, await repo.findGrantsOfUser(trx, account.id), at);
          await recordAudit(trx, {
            actor,
            meta,
            at,
            orgId: user.grants[0]?.orgId ?? null,
            action: 'user.create',
            targetType: 'user',
            targetId: account.id,
            after: user,
          });
          return { user, initialPassword };
        });
      } catch (error) {
        if (isUniqueViolation(error, 'app_user_username_key')) throw conflict(`用户名 ${username} 已被使用`);
        throw error;
      }
    },

    async listUsers(actor, filters, page) {
      requireAdmin(actor);
      let orgPath: string | undefined;
      if (filters.orgId !== undefined) {
        const org = await findOrgById(db, filters.orgId);
        if (!org) throw notFound('机构不存在');
        if (!hasRole(actor, org.path, ['org_admin'])) throw forbidden('您无权查看该机构的用户');
        orgPath = org.path;
      }
      const { items, total } = await repo.findUsers(
        db,
        { paths: visibleOrgPaths(actor, ['org_admin']), orgPath, q: filters.q },
        page,
      );
      const grants = await repo.findGrantsOfUsers(
        db,
        items.map((u) => u.id),
      );
      const at = now();
      return {
        items: items.map((u) => toUser(u, grants.get(u.id) ?? [], at)),
        total,
        page: page.page,
        pageSize: page.pageSize,
      };
    },

    async getUser(actor, id) {
      requireAdmin(actor);
      const account = await repo.findUserById(db, id);
      if (!account) throw notFound('用户不存在');
      const grants = await repo.findGrantsOfUser(db, id);
      if (!canSeeUser(actor, grants)) throw forbidden('您无权查看该用户');
      return toUser(account, grants, now());
    },

    async updateUser({ actor, meta }, { id, patch }) {
      requireAdmin(actor);
      if (patch.isActive === false && id === actor.userId) throw invalidField('isActive', '不能停用自己的账户');
      return db.transaction().execute(async (trx) => {
        const { account, grants } = await loadManaged(trx, actor, id);
        const at = now();
        const updated = await repo.updateUserRow(trx, id, patch, at);
        if (patch.isActive === false) await deleteUserSessions(trx, id);
        const before = toUser(account, grants, at);
        const after = toUser(updated, grants, at);
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: auditOrgOf(grants),
          action: 'user.update',
          targetType: 'user',
          targetId: id,
          before,
          after,
        });
        return after;
      });
    },

    async resetPassword({ actor, meta }, id) {
      requireAdmin(actor);
      const initialPassword = generatePassword();
      const passwordHash = await hashPassword(initialPassword);
      await db.transaction().execute(async (trx) => {
        const { account, grants } = await loadManaged(trx, actor, id);
        const at = now();
        await repo.updateUserRow(
          trx,
          id,
          { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null },
          at,
        );
        await deleteUserSessions(trx, id, id === actor.userId ? actor.sessionId : undefined);
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: auditOrgOf(grants),
          action: 'user.reset_password',
          targetType: 'user',
          targetId: id,
          before: { mustChangePassword: account.mustChangePassword },
          after: { mustChangePassword: true },
        });
      });
      return { initialPassword };
    },

    async unlockUser({ actor, meta }, id) {
      requireAdmin(actor);
      await db.transaction().execute(async (trx) => {
        const { account, grants } = await loadManaged(trx, actor, id);
        const at = now();
        await repo.updateUserRow(trx, id, { failedAttempts: 0, lockedUntil: null }, at);
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: auditOrgOf(grants),
          action: 'user.unlock',
          targetType: 'user',
          targetId: id,
          before: { failedAttempts: account.failedAttempts, lockedUntil: account.lockedUntil },
          after: { failedAttempts: 0, lockedUntil: null },
        });
      });
    },
  };
}
