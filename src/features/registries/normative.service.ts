// The register of 规章 and 行政规范性文件 with their life cycle (制发, 修订, 废止/失效).
import { notFound } from '../../core/app-error.ts';
import type { Page, PageQuery } from '../../core/page.ts';
import { invalidField } from '../../core/validation.ts';
import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { chinaDate } from '../disclosures/timeliness.ts';
import * as repo from './registries.repo.ts';
import type { NormativeKind } from './registries.tables.ts';
import { lifeCycleProblems, type NormativeDocument } from './registries.ts';
import { editableOrg, readableOrg } from './registry-access.ts';

export interface NormativeInput {
  title: string;
  docNo?: string | null;
  kind: NormativeKind;
  issuedOn: string;
  revisedOn?: string[];
  abolishedOn?: string | null;
  expiredOn?: string | null;
  itemId?: number | null;
}

export type NormativePatch = Partial<NormativeInput>;

export interface NormativeService {
  listNormativeDocuments(
    actor: Actor,
    org: string,
    filters: repo.NormativeFilters,
    page: PageQuery,
  ): Promise<Page<NormativeDocument>>;
  createNormativeDocument(ctx: ActionContext, org: string, input: NormativeInput): Promise<NormativeDocument>;
  updateNormativeDocument(ctx: ActionContext, id: number, patch: NormativePatch): Promise<NormativeDocument>;
  deleteNormativeDocument(ctx: ActionContext, id: number): Promise<void>;
}

function checkLifeCycle(doc: NormativeDocument | NormativeInput): void {
  const problems = lifeCycleProblems({
    issuedOn: doc.issuedOn,
    revisedOn: [...(doc.revisedOn ?? [])].sort(),
    abolishedOn: doc.abolishedOn ?? null,
    expiredOn: doc.expiredOn ?? null,
  });
  if (problems.length > 0) throw invalidField(problems[0][0], problems[0][1]);
}

export function createNormativeService(deps: ServiceDeps): NormativeService {
  const { db, now } = deps;
  const today = () => chinaDate(now());
  const editable = (ctx: ActionContext, orgRef: string | number) => editableOrg(db, ctx, orgRef);
  const readable = (actor: Actor, orgRef: string | number) => readableOrg(db, actor, orgRef);

  return {
    async listNormativeDocuments(actor, orgRef, filters, page) {
      const org = await readable(actor, orgRef);
      const { rows, total } = await repo.findNormativeRows(db, org.id, filters, page);
      return { items: rows.map((r) => repo.toNormative(r, today())), total, page: page.page, pageSize: page.pageSize };
    },

    async createNormativeDocument(ctx, orgRef, input) {
      checkLifeCycle(input);
      const org = await editable(ctx, orgRef);
      return db.transaction().execute(async (trx) => {
        const at = now();
        const row = await trx
          .insertInto('normative_document')
          .values({
            org_id: org.id,
            title: input.title,
            doc_no: input.docNo ?? null,
            kind: input.kind,
            issued_on: input.issuedOn,
            revised_on: [...(input.revisedOn ?? [])].sort(),
            abolished_on: input.abolishedOn ?? null,
            expired_on: input.expiredOn ?? null,
            item_id: input.itemId ?? null,
            created_at: at,
            updated_at: at,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const doc = repo.toNormative(row, today());
        await recordAudit(trx, {
          actor: ctx.actor,
          meta: ctx.meta,
          at,
          orgId: org.id,
          action: 'normative.create',
          targetType: 'normative_document',
          targetId: doc.id,
          after: doc,
        });
        return doc;
      });
    },

    async updateNormativeDocument(ctx, id, patch) {
      const existing = await db.selectFrom('normative_document').selectAll().where('id', '=', id).executeTakeFirst();
      if (!existing) throw notFound('规范性文件记录不存在');
      const org = await editable(ctx, existing.org_id);
      const before = repo.toNormative(existing, today());
      const merged = {
        ...before,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      } as NormativeDocument;
      checkLifeCycle(merged);
      return db.transaction().execute(async (trx) => {
        const at = now();
        const row = await trx
          .updateTable('normative_document')
          .set({
            title: merged.title,
            doc_no: merged.docNo,
            kind: merged.kind,
            issued_on: merged.issuedOn,
            revised_on: [...merged.revisedOn].sort(),
            abolished_on: merged.abolishedOn,
            expired_on: merged.expiredOn,
            item_id: merged.itemId,
            updated_at: at,
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        const doc = repo.toNormative(row, today());
        await recordAudit(trx, {
          actor: ctx.actor,
          meta: ctx.meta,
          at,
          orgId: org.id,
          action: 'normative.update',
          targetType: 'normative_document',
          targetId: id,
          before,
          after: doc,
        });
        return doc;
      });
    },

    async deleteNormativeDocument(ctx, id) {
      const existing = await db.selectFrom('normative_document').selectAll().where('id', '=', id).executeTakeFirst();
      if (!existing) throw notFound('规范性文件记录不存在');
      const org = await editable(ctx, existing.org_id);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('normative_document').where('id', '=', id).execute();
        await recordAudit(trx, {
          actor: ctx.actor,
          meta: ctx.meta,
          at: now(),
          orgId: org.id,
          action: 'normative.delete',
          targetType: 'normative_document',
          targetId: id,
          before: repo.toNormative(existing, today()),
        });
      });
    },
  };
}
