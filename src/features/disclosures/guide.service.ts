import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext } from '../auth/actor.ts';
import { toOrg } from '../orgs/org.ts';
import { defaultGuideHtml } from './guide.ts';
import { loadPublishingOrg, requireActsFor } from './org-access.ts';
import { sanitizeHtml } from './sanitize.ts';

export interface Guide {
  orgId: number;
  orgCode: string;
  orgName: string;
  bodyHtml: string;
  /** 信息更新日期 shown on the page. */
  updatedAt: string;
  /** Not edited yet: the text is generated from the org's record. */
  isDefault: boolean;
}

export interface GuideService {
  /** Public. */
  getGuide(orgRef: number | string): Promise<Guide>;
  putGuide(ctx: ActionContext, orgRef: number | string, input: { bodyHtml: string }): Promise<Guide>;
}

export function createGuideService(deps: ServiceDeps): GuideService {
  const { db, now } = deps;
  return {
    async getGuide(orgRef) {
      const org = await loadPublishingOrg(db, orgRef, 'org');
      const row = await db.selectFrom('disclosure_guide').selectAll().where('org_id', '=', org.id).executeTakeFirst();
      const base = { orgId: org.id, orgCode: org.code, orgName: org.name };
      if (!row) return { ...base, bodyHtml: defaultGuideHtml(toOrg(org)), updatedAt: org.updatedAt, isDefault: true };
      return { ...base, bodyHtml: row.body_html, updatedAt: row.updated_at.toISOString(), isDefault: false };
    },

    async putGuide({ actor, meta }, orgRef, input) {
      return db.transaction().execute(async (trx) => {
        const org = await loadPublishingOrg(trx, orgRef, 'org');
        await requireActsFor(trx, actor, org, ['org_admin'], '只有单位管理员可以编辑公开指南');
        const before = await trx
          .selectFrom('disclosure_guide')
          .select(['body_html', 'updated_at'])
          .where('org_id', '=', org.id)
          .executeTakeFirst();
        const at = now();
        const bodyHtml = sanitizeHtml(input.bodyHtml);
        await trx
          .insertInto('disclosure_guide')
          .values({ org_id: org.id, body_html: bodyHtml, updated_at: at, updated_by: actor.userId })
          .onConflict((oc) =>
            oc.column('org_id').doUpdateSet({ body_html: bodyHtml, updated_at: at, updated_by: actor.userId }),
          )
          .execute();
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: org.id,
          action: 'guide.update',
          targetType: 'org',
          targetId: org.id,
          before: before ? { bodyHtml: before.body_html } : null,
          after: { bodyHtml },
        });
        return {
          orgId: org.id,
          orgCode: org.code,
          orgName: org.name,
          bodyHtml,
          updatedAt: at.toISOString(),
          isDefault: false,
        };
      });
    },
  };
}
