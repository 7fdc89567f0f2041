// Reading and changing an org's application settings (org administrators).
import { AppError } from '../../core/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/authorize.ts';
import { VIEW_ROLES } from './access.ts';
import { findOpenCaseIds } from './application.repo.ts';
import type { AppContext } from './case-context.ts';
import { casePatternProblems } from './case-number.ts';
import { resolveVisibleOrg } from './org-ref.ts';
import { recomputeCases } from './recompute.ts';
import type { DeadlineSettings } from './rules/deadline-rules.ts';
import { deleteOrgSetting, upsertOrgSetting } from './settings.repo.ts';
import { type ApplicationSettings, loadApplicationSettings, SETTING_KEYS } from './settings.ts';

export interface SettingsPatch {
  caseNumberPattern?: string;
  casePrefix?: string | null;
  deadlines?: Partial<DeadlineSettings>;
  countPendingFromEarlierYears?: boolean;
}

export async function getApplicationSettings(
  ctx: AppContext,
  actor: Actor,
  orgRef: string,
): Promise<ApplicationSettings> {
  const org = await resolveVisibleOrg(ctx.db, actor, orgRef, VIEW_ROLES);
  return loadApplicationSettings(ctx.db, org.id);
}

export async function updateApplicationSettings(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  orgRef: string,
  patch: SettingsPatch,
): Promise<ApplicationSettings> {
  const org = await resolveVisibleOrg(ctx.db, actor, orgRef, VIEW_ROLES);
  requireRole(actor, org.path, ['org_admin']);
  if (patch.caseNumberPattern !== undefined) {
    const problems = casePatternProblems(patch.caseNumberPattern);
    if (problems.length > 0)
      throw new AppError(
        'VALIDATION_FAILED',
        problems.join('；'),
        problems.map((message) => ({ field: 'caseNumberPattern', message })),
      );
  }
  const before = await loadApplicationSettings(ctx.db, org.id);
  await ctx.db.transaction().execute(async (trx) => {
    const at = ctx.now();
    if (patch.caseNumberPattern !== undefined)
      await upsertOrgSetting(trx, org.id, SETTING_KEYS.caseNumberPattern, patch.caseNumberPattern, at);
    if (patch.casePrefix !== undefined) {
      if (patch.casePrefix === null) await deleteOrgSetting(trx, org.id, SETTING_KEYS.casePrefix);
      else await upsertOrgSetting(trx, org.id, SETTING_KEYS.casePrefix, patch.casePrefix, at);
    }
    if (patch.deadlines !== undefined) {
      await upsertOrgSetting(trx, org.id, SETTING_KEYS.deadlines, { ...before.deadlines, ...patch.deadlines }, at);
    }
    if (patch.countPendingFromEarlierYears !== undefined) {
      await upsertOrgSetting(
        trx,
        org.id,
        SETTING_KEYS.countPendingFromEarlierYears,
        patch.countPendingFromEarlierYears,
        at,
      );
    }
    await recordAudit(trx, {
      actor,
      meta,
      at,
      orgId: org.id,
      action: 'application.settings',
      targetType: 'org',
      targetId: org.id,
      before,
      after: patch,
    });
  });
  if (patch.deadlines !== undefined) {
    await recomputeCases(ctx, await findOpenCaseIds(ctx.db, org.id));
  }
  return loadApplicationSettings(ctx.db, org.id);
}
