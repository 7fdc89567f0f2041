// 行政复议 / 行政诉讼 records linked to the case they concern, and table 四 from them.
import { notFound } from '../../core/app-error.ts';
import type { Page, PageQuery } from '../../core/page.ts';
import { invalidField } from '../../core/validation.ts';
import type { ServiceDeps } from '../../services.ts';
import { requireOnCase, VIEW_ROLES, visibleCaseOrgs, WORK_ROLES } from '../applications/access.ts';
import { chinaDate } from '../applications/china-date.ts';
import { resolveVisibleOrg } from '../applications/org-ref.ts';
import { versionConflict } from '../applications/refusal-error.ts';
import { loadApplicationSettings } from '../applications/settings.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import type { OrgRecord } from '../orgs/org.ts';
import * as repo from './review.repo.ts';
import {
  computeTable4,
  REVIEW_RESULT_LABELS,
  REVIEW_ROUTE_LABELS,
  type ReviewCase,
  type ReviewResult,
  type ReviewRoute,
  type Table4,
} from './review.ts';

export interface ReviewInput {
  /** Required unless `applicationId` names the case (whose org is then used). */
  orgId?: number;
  applicationId?: number | null;
  route: ReviewRoute;
  body: string;
  reference?: string | null;
  filedOn: string;
  closedOn?: string | null;
  result?: ReviewResult;
  notes?: string | null;
}

export type ReviewPatch = Partial<Omit<ReviewInput, 'orgId' | 'applicationId'>> & { version: number };

export interface ReviewFilters {
  orgId?: number;
  applicationId?: number;
}

export interface ReviewService {
  listReviews(actor: Actor, filters: ReviewFilters, page: PageQuery): Promise<Page<ReviewCase>>;
  getReview(actor: Actor, id: number): Promise<ReviewCase>;
  createReview(ctx: ActionContext, input: ReviewInput): Promise<ReviewCase>;
  updateReview(ctx: ActionContext, id: number, patch: ReviewPatch): Promise<ReviewCase>;
  deleteReview(ctx: ActionContext, id: number): Promise<void>;
  /** Table 四 of `{org}` (id or code) for `year`; see computeTable4 and the org setting. */
  computeReviewFigures(actor: Actor, orgRef: string, year: number): Promise<Table4>;
}

function toReview(row: repo.ReviewRow): ReviewCase {
  return {
    id: row.id,
    orgId: row.org_id,
    applicationId: row.application_id,
    caseNumber: row.case_number,
    route: row.route,
    routeLabel: REVIEW_ROUTE_LABELS[row.route],
    body: row.body,
    reference: row.reference,
    filedOn: row.filed_on,
    closedOn: row.closed_on,
    result: row.result,
    resultLabel: REVIEW_RESULT_LABELS[row.result],
    notes: row.notes,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function checkDates(filedOn: string, closedOn: string | null, result: ReviewResult, today: string): void {
  if (filedOn > today) throw invalidField('filedOn', `申请或起诉日期 ${filedOn} 晚于今天`);
  if (closedOn !== null && closedOn < filedOn) throw invalidField('closedOn', '审结日期不能早于申请或起诉日期');
  if (closedOn !== null && closedOn > today) throw invalidField('closedOn', `审结日期 ${closedOn} 晚于今天`);
  if (closedOn === null && result !== 'pending') throw invalidField('closedOn', '已有结果的，请填写审结日期');
  if (closedOn !== null && result === 'pending')
    throw invalidField('result', '已审结的，请选择结果（维持、纠正或其他）');
}

const scopeOf = (org: OrgRecord) => ({ orgPath: org.path, sectionPath: null });

export function createReviewService(deps: ServiceDeps): ReviewService {
  const { db, now } = deps;

  async function loadReview(actor: Actor, id: number, roles = VIEW_ROLES, forUpdate = false) {
    const row = await repo.findReviewById(db, id, { forUpdate });
    if (!row) throw notFound('未找到该复议或诉讼记录');
    const org = await findOrgById(db, row.org_id);
    if (!org) throw notFound('未找到该复议或诉讼记录');
    requireOnCase(actor, scopeOf(org), roles, '您无权查看或修改该复议或诉讼记录');
    return { row, org };
  }

  const service: ReviewService = {
    async listReviews(actor, filters, page) {
      const visible = await visibleCaseOrgs(db, actor, VIEW_ROLES);
      const { items, total } = await repo.findReviews(db, { orgIds: visible.orgIds, ...filters }, page);
      return { items: items.map(toReview), total, page: page.page, pageSize: page.pageSize };
    },

    async getReview(actor, id) {
      return toReview((await loadReview(actor, id)).row);
    },

    async createReview({ actor, meta }, input) {
      let orgId = input.orgId;
      if (input.applicationId) {
        const app = await db
          .selectFrom('application')
          .select('org_id')
          .where('id', '=', input.applicationId)
          .executeTakeFirst();
        if (!app) throw invalidField('applicationId', '关联的申请不存在');
        if (orgId !== undefined && orgId !== app.org_id) throw invalidField('orgId', '机构与关联申请的受理机关不一致');
        orgId = app.org_id;
      }
      if (orgId === undefined) throw invalidField('orgId', '请选择被申请复议或被诉的机关，或关联一件申请');
      const org = await findOrgById(db, orgId);
      if (!org) throw invalidField('orgId', '机构不存在');
      requireOnCase(actor, scopeOf(org), WORK_ROLES, '您无权为该机关登记复议或诉讼');
      const result = input.result ?? 'pending';
      const closedOn = input.closedOn ?? null;
      checkDates(input.filedOn, closedOn, result, chinaDate(now()));
      const id = await db.transaction().execute(async (trx) => {
        const at = now();
        const newId = await repo.insertReview(trx, {
          org_id: org.id,
          application_id: input.applicationId ?? null,
          route: input.route,
          body: input.body,
          reference: input.reference ?? null,
          filed_on: input.filedOn,
          closed_on: closedOn,
          result,
          notes: input.notes ?? null,
          created_at: at,
          updated_at: at,
        });
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: org.id,
          action: 'review.create',
          targetType: 'review_case',
          targetId: newId,
          after: input,
        });
        return newId;
      });
      return service.getReview(actor, id);
    },

    async updateReview({ actor, meta }, id, patch) {
      await db.transaction().execute(async (trx) => {
        const row = await repo.findReviewById(trx, id, { forUpdate: true });
        if (!row) throw notFound('未找到该复议或诉讼记录');
        const org = await findOrgById(trx, row.org_id);
        if (!org) throw notFound('未找到该复议或诉讼记录');
        requireOnCase(actor, scopeOf(org), WORK_ROLES, '您无权修改该复议或诉讼记录');
        if (row.version !== patch.version) throw versionConflict(row.version, patch.version);
        const merged = {
          filedOn: patch.filedOn ?? row.filed_on,
          closedOn: patch.closedOn === undefined ? row.closed_on : patch.closedOn,
          result: patch.result ?? row.result,
        };
        checkDates(merged.filedOn, merged.closedOn, merged.result, chinaDate(now()));
        const at = now();
        await repo.updateReviewRow(trx, id, {
          ...(patch.route ? { route: patch.route } : {}),
          ...(patch.body ? { body: patch.body } : {}),
          ...(patch.reference !== undefined ? { reference: patch.reference } : {}),
          ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
          filed_on: merged.filedOn,
          closed_on: merged.closedOn,
          result: merged.result,
          version: row.version + 1,
          updated_at: at,
        });
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: row.org_id,
          action: 'review.update',
          targetType: 'review_case',
          targetId: id,
          before: toReview(row),
          after: patch,
        });
      });
      return service.getReview(actor, id);
    },

    async deleteReview({ actor, meta }, id) {
      const { row } = await loadReview(actor, id, WORK_ROLES);
      await db.transaction().execute(async (trx) => {
        await repo.deleteReviewRow(trx, id);
        await recordAudit(trx, {
          actor,
          meta,
          at: now(),
          orgId: row.org_id,
          action: 'review.delete',
          targetType: 'review_case',
          targetId: id,
          before: toReview(row),
        });
      });
    },

    async computeReviewFigures(actor, orgRef, year) {
      const org = await resolveVisibleOrg(db, actor, orgRef, VIEW_ROLES);
      const [rows, settings] = await Promise.all([
        repo.findReviewSummaries(db, org.id, year),
        loadApplicationSettings(db, org.id),
      ]);
      const reviews = rows.map((r) => ({
        route: r.route,
        filedOn: r.filed_on,
        closedOn: r.closed_on,
        result: r.result,
      }));
      return computeTable4(reviews, year, { countPendingFromEarlierYears: settings.countPendingFromEarlierYears });
    },
  };
  return service;
}
