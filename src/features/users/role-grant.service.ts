import type { Kysely } from 'kysely';
import { conflict, forbidden, notFound } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import { isUniqueViolation } from '../../db/pg-errors.ts';
import type { DB } from '../../db/schema.ts';
import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { ROLE_LABELS, type Role } from '../auth/roles.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import * as repo from './user.repo.ts';
import { type GrantInput, toUserGrant, type UserGrant } from './user.ts';
import { canGrantRole, canSeeUser, isAnyAdmin } from './user-access.ts';

export interface GrantRoleOptions {
  userId: number;
  orgId: number;
  role: Role;
}

/** Inserts grants after checking each org exists and the actor may grant the role there. */
export async function insertCheckedGrants(
  trx: Kysely<DB>,
  actor: Actor | null,
  userId: number,
  grants: GrantInput[],
  now: Date,
): Promise<void> {
  const seen = new Set<string>();
  for (const [index, grant] of grants.entries()) {
    const key = `${grant.orgId}:${grant.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const org = await findOrgById(trx, grant.orgId);
    if (!org) throw invalidField(`grants.${index}.orgId`, '机构不存在');
    if (actor && !canGrantRole(actor, org.path, grant.role)) {
      throw forbidden(`您无权在“${org.name}”授予${ROLE_LABELS[grant.role]}角色`);
    }
    await repo.insertGrant(trx, userId, grant.orgId, grant.role, now);
  }
}

export function createRoleGrantUseCases(deps: ServiceDeps) {
  const { db, now } = deps;
  return {
    async grantRole({ actor, meta }: ActionContext, { userId, orgId, role }: GrantRoleOptions): Promise<UserGrant> {
      if (!isAnyAdmin(actor)) throw forbidden('仅平台管理员或单位管理员可授予角色');
      try {
        return await db.transaction().execute(async (trx) => {
          const org = await findOrgById(trx, orgId);
          if (!org) throw invalidField('orgId', '机构不存在');
          if (!canGrantRole(actor, org.path, role))
            throw forbidden(`您无权在“${org.name}”授予${ROLE_LABELS[role]}角色`);
          const user = await repo.findUserById(trx, userId);
          if (!user) throw invalidField('userId', '用户不存在');
          const existing = await repo.findGrantsOfUser(trx, userId);
          // An org admin may only extend the roles of users already in view (or they could adopt any account).
          if (!canSeeUser(actor, existing)) throw forbidden('您无权管理该用户');
          if (existing.some((g) => g.orgId === orgId && g.role === role))
            throw conflict(`该用户在“${org.name}”已有${ROLE_LABELS[role]}角色`);
          const at = now();
          const id = await repo.insertGrant(trx, userId, orgId, role, at);
          const grant = await repo.findGrantById(trx, id);
          const result = toUserGrant(grant!);
          await recordAudit(trx, {
            actor,
            meta,
            at,
            orgId,
            action: 'role_grant.create',
            targetType: 'role_grant',
            targetId: id,
            after: { ...result, userId },
          });
          return result;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('该用户在此机构已有此角色');
        throw error;
      }
    },

    async revokeRole({ actor, meta }: ActionContext, grantId: number): Promise<void> {
      if (!isAnyAdmin(actor)) throw forbidden('仅平台管理员或单位管理员可撤销角色');
      await db.transaction().execute(async (trx) => {
        const grant = await repo.findGrantById(trx, grantId);
        if (!grant) throw notFound('角色授权不存在');
        if (!canGrantRole(actor, grant.orgPath, grant.role)) throw forbidden('您无权撤销该角色');
        if (grant.role === 'platform_admin' && (await repo.countPlatformAdmins(trx)) <= 1) {
          throw conflict('这是最后一名平台管理员，不能撤销');
        }
        await repo.deleteGrant(trx, grantId);
        await recordAudit(trx, {
          actor,
          meta,
          at: now(),
          orgId: grant.orgId,
          action: 'role_grant.delete',
          targetType: 'role_grant',
          targetId: grantId,
          before: { ...toUserGrant(grant), userId: grant.userId },
        });
      });
    },
  };
}
