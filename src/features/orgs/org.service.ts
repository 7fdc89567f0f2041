import type { Kysely } from 'kysely';
import { type AppError, conflict, forbidden, notFound } from '../../core/app-error.ts';
import type { Page, PageQuery } from '../../core/page.ts';
import { invalidField } from '../../core/validation.ts';
import { isUniqueViolation } from '../../db/pg-errors.ts';
import type { DB } from '../../db/schema.ts';
import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { isPlatformAdmin, requirePlatformAdmin, requireRole, visibleOrgPaths } from '../auth/authorize.ts';
import { ROLES } from '../auth/roles.ts';
import { checkCreditCode } from './credit-code.ts';
import * as repo from './org.repo.ts';
import {
  buildOrgTree,
  isInSubtree,
  type Org,
  type OrgInput,
  type OrgNode,
  type OrgPatch,
  type OrgRecord,
  parentKindProblem,
  toOrg,
} from './org.ts';

export interface OrgFilters {
  parentId?: number;
  q?: string;
}

export interface UpdateOrgOptions {
  id: number;
  patch: OrgPatch;
}

export interface OrgService {
  createOrg(ctx: ActionContext, input: OrgInput): Promise<Org>;
  updateOrg(ctx: ActionContext, options: UpdateOrgOptions): Promise<Org>;
  getOrg(actor: Actor, id: number): Promise<Org>;
  listOrgs(actor: Actor, filters: OrgFilters, page: PageQuery): Promise<Page<Org>>;
  getOrgTree(actor: Actor): Promise<OrgNode[]>;
  /** Public: org data is published on the portal. */
  findOrgByCode(code: string): Promise<Org | undefined>;
  /** Public: the whole tree, for the portal's home page. */
  getPublicOrgTree(): Promise<OrgNode[]>;
}

const ADMIN = ['org_admin'] as const;

function requireSomeOrgAdmin(actor: Actor): void {
  if (!isPlatformAdmin(actor) && !actor.grants.some((g) => g.role === 'org_admin')) {
    throw forbidden('仅平台管理员或单位管理员可管理机构');
  }
}

function requireVisible(actor: Actor, org: OrgRecord): void {
  const paths = visibleOrgPaths(actor, ROLES);
  if (paths && !paths.some((p) => isInSubtree(org.path, p))) throw forbidden('您无权查看该机构');
}

async function checkCreditCodeOf(
  db: Kysely<DB>,
  creditCode: string | null | undefined,
  exceptId?: number,
): Promise<void> {
  if (!creditCode) return;
  const check = checkCreditCode(creditCode);
  if (!check.isValid) throw invalidField('creditCode', check.message ?? '统一社会信用代码无效');
  const clash = await repo.findOrgClash(db, 'credit_code', creditCode, exceptId);
  if (clash) throw conflict(`统一社会信用代码 ${creditCode} 已被机构“${clash.name}”使用`);
}

async function checkCode(db: Kysely<DB>, code: string | undefined, exceptId?: number): Promise<void> {
  if (!code) return;
  const clash = await repo.findOrgClash(db, 'code', code, exceptId);
  if (clash) throw conflict(`机构代码 ${code} 已被机构“${clash.name}”使用`);
}

/** Loads the parent and checks the actor may place an org there; null parent = a root. */
async function loadParent(db: Kysely<DB>, actor: Actor, parentId: number | null): Promise<OrgRecord | null> {
  if (parentId === null) {
    requirePlatformAdmin(actor);
    return null;
  }
  const parent = await repo.findOrgById(db, parentId);
  if (!parent) throw invalidField('parentId', '上级机构不存在');
  requireRole(actor, parent.path, ADMIN);
  return parent;
}

function uniqueClash(error: unknown): AppError | undefined {
  if (isUniqueViolation(error, 'org_code_key')) return conflict('机构代码已被其他机构使用');
  if (isUniqueViolation(error, 'org_credit_code_key')) return conflict('统一社会信用代码已被其他机构使用');
  return undefined;
}

export function createOrgService(deps: ServiceDeps): OrgService {
  const { db, now } = deps;

  return {
    async createOrg({ actor, meta }, input) {
      requireSomeOrgAdmin(actor);
      try {
        return await db.transaction().execute(async (trx) => {
          const parent = await loadParent(trx, actor, input.parentId);
          const kindProblem = parentKindProblem(input.kind, parent?.kind ?? null);
          if (kindProblem) throw invalidField(parent ? 'parentId' : 'kind', kindProblem);
          await checkCode(trx, input.code);
          await checkCreditCodeOf(trx, input.creditCode);
          const at = now();
          const created = toOrg(await repo.insertOrg(trx, input, parent?.path ?? null, at));
          await recordAudit(trx, {
            actor,
            meta,
            at,
            orgId: created.id,
            action: 'org.create',
            targetType: 'org',
            targetId: created.id,
            after: created,
          });
          return created;
        });
      } catch (error) {
        throw uniqueClash(error) ?? error;
      }
    },

    async updateOrg({ actor, meta }, { id, patch }) {
      requireSomeOrgAdmin(actor);
      try {
        return await db.transaction().execute(async (trx) => {
          const org = await repo.findOrgById(trx, id);
          if (!org) throw notFound('机构不存在');
          requireRole(actor, org.path, ADMIN);
          const moving = patch.parentId !== undefined && patch.parentId !== org.parentId;
          const parent = moving
            ? await loadParent(trx, actor, patch.parentId ?? null)
            : org.parentId === null
              ? null
              : ((await repo.findOrgById(trx, org.parentId)) ?? null);
          if (moving && parent && isInSubtree(parent.path, org.path))
            throw invalidField('parentId', '不能把机构移到它自己或其下级机构之下');
          const kind = patch.kind ?? org.kind;
          if (moving || kind !== org.kind) {
            const kindProblem = parentKindProblem(kind, parent?.kind ?? null);
            if (kindProblem) throw invalidField(moving ? 'parentId' : 'kind', kindProblem);
            for (const child of await repo.countChildren(trx, id)) {
              if (parentKindProblem(child.kind as OrgRecord['kind'], kind))
                throw invalidField('kind', '该机构的下级机构类型与新的机构类型不相容');
            }
          }
          await checkCode(trx, patch.code, id);
          await checkCreditCodeOf(trx, patch.creditCode, id);
          const updated = await repo.updateOrgRow(trx, id, patch, now());
          if (moving) await repo.movePaths(trx, org.path, `${parent?.path ?? '/'}${id}/`);
          const after = toOrg(updated);
          await recordAudit(trx, {
            actor,
            meta,
            at: now(),
            orgId: id,
            action: 'org.update',
            targetType: 'org',
            targetId: id,
            before: toOrg(org),
            after,
          });
          return after;
        });
      } catch (error) {
        throw uniqueClash(error) ?? error;
      }
    },

    async getOrg(actor, id) {
      const org = await repo.findOrgById(db, id);
      if (!org) throw notFound('机构不存在');
      requireVisible(actor, org);
      return toOrg(org);
    },

    async listOrgs(actor, filters, page) {
      const { items, total } = await repo.findOrgs(db, { ...filters, paths: visibleOrgPaths(actor, ROLES) }, page);
      return { items: items.map(toOrg), total, page: page.page, pageSize: page.pageSize };
    },

    async getOrgTree(actor) {
      const { items } = await repo.findOrgs(db, { paths: visibleOrgPaths(actor, ROLES) });
      return buildOrgTree(items);
    },

    async findOrgByCode(code) {
      const org = await repo.findOrgByCode(db, code);
      return org && toOrg(org);
    },

    async getPublicOrgTree() {
      const { items } = await repo.findOrgs(db, {});
      return buildOrgTree(items);
    },
  };
}
