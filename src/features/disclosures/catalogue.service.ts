import type { Kysely } from 'kysely';
import { conflict, notFound } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import { isUniqueViolation } from '../../db/pg-errors.ts';
import type { DB } from '../../db/schema.ts';
import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext } from '../auth/actor.ts';
import * as repo from './catalogue.repo.ts';
import {
  buildColumnTree,
  type ColumnKind,
  type ColumnNode,
  type ColumnRecord,
  defaultCatalogue,
  type UpdateClass,
  wouldCycle,
} from './catalogue.ts';
import { loadPublishingOrg, requireActsFor } from './org-access.ts';

export interface ColumnInput {
  parentId: number | null;
  name: string;
  code: string;
  kind: ColumnKind;
  updateClass: UpdateClass;
  sort?: number;
}

export type ColumnPatch = Partial<ColumnInput>;

export interface CatalogueColumnNode extends ColumnNode {
  /** Items currently published in this column (not counting sub-columns). */
  publishedCount: number;
  children: CatalogueColumnNode[];
}

export interface Catalogue {
  orgId: number;
  orgCode: string;
  orgName: string;
  columns: CatalogueColumnNode[];
}

export interface CatalogueService {
  /** Public: the org's catalogue tree with published counts. */
  getCatalogue(orgRef: number | string): Promise<Catalogue>;
  getColumn(id: number): Promise<ColumnRecord>;
  /** Creates the default tree (Art. 20, and Art. 21 when asked) for an org that has none. */
  initDefaultCatalogue(
    ctx: ActionContext,
    options: { org: number | string; includeArt21: boolean },
  ): Promise<Catalogue>;
  createColumn(ctx: ActionContext, org: number | string, input: ColumnInput): Promise<ColumnRecord>;
  updateColumn(ctx: ActionContext, id: number, patch: ColumnPatch): Promise<ColumnRecord>;
  deleteColumn(ctx: ActionContext, id: number): Promise<void>;
}

const ADMIN = ['org_admin'] as const;

function withCounts(nodes: ColumnNode[], counts: Map<number, number>): CatalogueColumnNode[] {
  return nodes.map((n) => ({ ...n, publishedCount: counts.get(n.id) ?? 0, children: withCounts(n.children, counts) }));
}

function clash(error: unknown): Error | undefined {
  return isUniqueViolation(error) ? conflict('同一单位的栏目代码不能重复') : undefined;
}

async function checkParent(
  db: Kysely<DB>,
  orgId: number,
  parentId: number | null | undefined,
  selfId?: number,
): Promise<void> {
  if (parentId === null || parentId === undefined) return;
  const parent = await repo.findColumnById(db, parentId);
  if (!parent || parent.orgId !== orgId) throw invalidField('parentId', '上级栏目不存在或不属于本单位');
  if (selfId !== undefined && wouldCycle(await repo.findColumns(db, orgId), selfId, parentId)) {
    throw invalidField('parentId', '不能把栏目移到它自己或其下级栏目之下');
  }
}

export function createCatalogueService(deps: ServiceDeps): CatalogueService {
  const { db, now } = deps;

  async function getCatalogue(orgRef: number | string): Promise<Catalogue> {
    const org = await loadPublishingOrg(db, orgRef, 'org');
    const [columns, counts] = await Promise.all([
      repo.findColumns(db, org.id),
      repo.countPublicItemsByColumn(db, org.id),
    ]);
    return {
      orgId: org.id,
      orgCode: org.code,
      orgName: org.name,
      columns: withCounts(buildColumnTree(columns), counts),
    };
  }

  async function loadColumnForAdmin(trx: Kysely<DB>, ctx: ActionContext, id: number) {
    const column = await repo.findColumnById(trx, id);
    if (!column) throw notFound('栏目不存在');
    const org = await loadPublishingOrg(trx, column.orgId);
    await requireActsFor(trx, ctx.actor, org, ADMIN, '只有单位管理员可以维护公开目录');
    return column;
  }

  return {
    getCatalogue,

    async getColumn(id) {
      const column = await repo.findColumnById(db, id);
      if (!column) throw notFound('栏目不存在');
      return column;
    },

    async initDefaultCatalogue({ actor, meta }, options) {
      await db.transaction().execute(async (trx) => {
        const org = await loadPublishingOrg(trx, options.org, 'org');
        await requireActsFor(trx, actor, org, ADMIN, '只有单位管理员可以维护公开目录');
        if ((await repo.findColumns(trx, org.id)).length > 0)
          throw conflict('该单位已有公开目录，不能重复生成默认目录');
        const at = now();
        const created = await repo.insertDefaultColumns(
          trx,
          org.id,
          defaultCatalogue({ includeArt21: options.includeArt21 }),
          at,
        );
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: org.id,
          action: 'catalogue.init',
          targetType: 'org',
          targetId: org.id,
          after: { columns: created.length, includeArt21: options.includeArt21 },
        });
      });
      return getCatalogue(options.org);
    },

    async createColumn({ actor, meta }, orgRef, input) {
      try {
        return await db.transaction().execute(async (trx) => {
          const org = await loadPublishingOrg(trx, orgRef, 'org');
          await requireActsFor(trx, actor, org, ADMIN, '只有单位管理员可以维护公开目录');
          await checkParent(trx, org.id, input.parentId);
          const at = now();
          const created = await repo.insertColumn(trx, org.id, { ...input, sort: input.sort ?? 0 }, at);
          await recordAudit(trx, {
            actor,
            meta,
            at,
            orgId: org.id,
            action: 'catalogue.column_create',
            targetType: 'catalogue_column',
            targetId: created.id,
            after: created,
          });
          return created;
        });
      } catch (error) {
        throw clash(error) ?? error;
      }
    },

    async updateColumn({ actor, meta }, id, patch) {
      try {
        return await db.transaction().execute(async (trx) => {
          const column = await loadColumnForAdmin(trx, { actor, meta }, id);
          await checkParent(trx, column.orgId, patch.parentId, id);
          const at = now();
          const updated = await repo.updateColumnRow(trx, id, patch, at);
          await recordAudit(trx, {
            actor,
            meta,
            at,
            orgId: column.orgId,
            action: 'catalogue.column_update',
            targetType: 'catalogue_column',
            targetId: id,
            before: column,
            after: updated,
          });
          return updated;
        });
      } catch (error) {
        throw clash(error) ?? error;
      }
    },

    async deleteColumn({ actor, meta }, id) {
      await db.transaction().execute(async (trx) => {
        const column = await loadColumnForAdmin(trx, { actor, meta }, id);
        const use = await repo.countColumnUse(trx, id);
        if (use.children > 0) throw conflict('请先删除或移走该栏目的下级栏目');
        if (use.items > 0 || use.published > 0)
          throw conflict('该栏目中已有信息（含历史发布版本），不能删除；可改名或调整排序');
        await repo.deleteColumnRow(trx, id);
        await recordAudit(trx, {
          actor,
          meta,
          at: now(),
          orgId: column.orgId,
          action: 'catalogue.column_delete',
          targetType: 'catalogue_column',
          targetId: id,
          before: column,
        });
      });
    },
  };
}
